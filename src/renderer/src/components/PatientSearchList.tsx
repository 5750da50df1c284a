import { formatDate } from '../../../shared/usFormat'
import { Text } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { PatientSummary } from '../../../shared/ops/patients'
import { formatPhone } from './PatientDemographicsView'
import './PatientSearchList.css'

const ROW_HEIGHT = 25
const COLUMNS = '90px minmax(180px, 2fr) 100px 130px minmax(140px, 1.5fr) minmax(120px, 1fr)'

interface Props {
  id: string
  results: PatientSummary[]
  active: number
  onActive: (index: number) => void
  onOpen: (patient: PatientSummary) => void
}

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`
}

/**
 * The finder's results as a listbox driven from the search box (arrow keys move, Enter opens);
 * only the rows in view are in the DOM, so a long list scrolls as fast as a short one.
 */
export function PatientSearchList({ id, results, active, onActive, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read, not memoized
  const virtual = useVirtualizer({
    count: results.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  })

  useEffect(() => {
    if (active >= 0 && active < results.length) virtual.scrollToIndex(active, { align: 'auto' })
  }, [active, results.length, virtual])

  return (
    <div className="patient-list">
      <div className="patient-list-row patient-list-head" style={{ gridTemplateColumns: COLUMNS }}>
        <span>Account</span>
        <span>Name</span>
        <span>DOB</span>
        <span>Phone</span>
        <span>Primary payer</span>
        <span>Member ID</span>
      </div>
      <div
        ref={scroller}
        id={id}
        role="listbox"
        aria-label="Patients found"
        className="patient-list-scroll"
        tabIndex={-1}
      >
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const p = results[item.index]!
            const selected = item.index === active
            return (
              <div
                key={p.patientId}
                id={optionId(id, item.index)}
                role="option"
                aria-selected={selected}
                className="patient-list-row"
                data-active={selected || undefined}
                data-odd={item.index % 2 === 1 || undefined}
                style={{
                  gridTemplateColumns: COLUMNS,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
                onMouseMove={() => !selected && onActive(item.index)}
                onClick={() => onOpen(p)}
              >
                <span className="mono">{p.accountNo}</span>
                <span>
                  {p.lastName}, {p.firstName}
                  {p.middleName ? ` ${p.middleName}` : ''}
                </span>
                <span>{formatDate(p.dob)}</span>
                <span>{formatPhone(p.phone)}</span>
                <span>
                  {p.primaryPayer ?? (
                    <Text span c="dimmed" size="sm">
                      Self-pay
                    </Text>
                  )}
                </span>
                <span className="mono">{p.memberId ?? ''}</span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
