import { formatDate } from '../../../shared/usFormat'
import { Checkbox, Text } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { cents, formatCents } from '../../../shared/money'
import type { ClaimSummary } from '../../../shared/schemas/claim'
import { ClaimFindingCount } from './ClaimFindingCount'
import { ClaimStatusBadge } from './ClaimStatusBadge'
import './ClaimTable.css'

const ROW_HEIGHT = 26
const PAGE = 10
const COLUMNS =
  'minmax(112px, 1fr) minmax(120px, 1.5fr) minmax(90px, 1.2fr) minmax(80px, 1fr) 84px 84px 76px 84px 112px 84px 36px'
const PICK_COLUMN = '28px '

interface Props {
  id: string
  label: string
  rows: ClaimSummary[]
  /** The practice's calendar day, for each claim's age. */
  today: string
  active: number
  onActive: (index: number) => void
  onOpen: (claim: ClaimSummary) => void
  /** With a selection, Space and clicks tick claims (the outbox); Enter still opens one. */
  picked?: ReadonlySet<number>
  onPick?: (claim: ClaimSummary) => void
  /** The most the list may take before it scrolls (CSS length). */
  maxHeight?: number | string
  empty?: string
}

export function claimOptionId(listId: string, index: number): string {
  return `${listId}-option-${index}`
}

/** Whole days from the date of service to today (display only). */
export function ageInDays(dateOfService: string, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dateOfService}T00:00:00Z`)
  return Math.max(0, Math.round(ms / 86_400_000))
}

/**
 * Claims as a keyboard listbox: ↑/↓, Page Up/Down, Home/End move, Enter opens (Space ticks, in
 * the outbox); only the rows in view are in the DOM, so thousands scroll as fast as ten.
 */
export function ClaimTable(props: Props) {
  const { id, label, rows, today, active, onActive, onOpen, picked, onPick } = props
  const scroller = useRef<HTMLDivElement>(null)
  const columns = (onPick ? PICK_COLUMN : '') + COLUMNS
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read, not memoized
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  })

  useEffect(() => {
    if (active >= 0 && active < rows.length) virtual.scrollToIndex(active, { align: 'auto' })
  }, [active, rows.length, virtual])

  const move = (to: number) => onActive(Math.max(0, Math.min(rows.length - 1, to)))
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const current = rows[active]
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + PAGE),
      PageUp: () => move(active - PAGE),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => current && onOpen(current),
      ' ': () => current && onPick?.(current),
    }
    const action = keys[e.key]
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return
    e.preventDefault()
    action()
  }

  return (
    <div className="claim-table">
      <div className="claim-table-row claim-table-head" style={{ gridTemplateColumns: columns }}>
        {onPick && <span />}
        <span>Claim no.</span>
        <span>Patient</span>
        <span>Payer</span>
        <span title="The payer's own number for the claim (277CA / 835)">Payer claim #</span>
        <span>DOS</span>
        <span className="num">Charges</span>
        <span className="num">Paid</span>
        <span className="num" title="What insurance still owes on the claim's lines">
          Balance
        </span>
        <span>Status</span>
        <span>Findings</span>
        <span className="num" title="Days since the date of service">
          Age
        </span>
      </div>
      <div
        ref={scroller}
        id={id}
        role="listbox"
        aria-label={label}
        aria-multiselectable={onPick ? true : undefined}
        aria-activedescendant={rows.length > 0 ? claimOptionId(id, active) : undefined}
        className="claim-table-scroll"
        style={{
          // As tall as its rows, up to what the screen holds; a long list scrolls inside.
          height: Math.max(rows.length, 2) * ROW_HEIGHT + 2,
          maxHeight: props.maxHeight ?? 'calc(100vh - 300px)',
          minHeight: 2 * ROW_HEIGHT,
        }}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {rows.length === 0 && (
          <div className="claim-table-empty">{props.empty ?? 'No claims.'}</div>
        )}
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((item) => {
            const c = rows[item.index]!
            const isActive = item.index === active
            const isPicked = picked?.has(c.claimId) ?? false
            return (
              <div
                key={c.claimId}
                id={claimOptionId(id, item.index)}
                role="option"
                aria-selected={onPick ? isPicked : isActive}
                aria-label={`Claim ${c.patientControlNumber} ${c.patientName}`}
                className="claim-table-row"
                data-active={isActive || undefined}
                data-checked={isPicked || undefined}
                data-odd={item.index % 2 === 1 || undefined}
                style={{
                  gridTemplateColumns: columns,
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
                onMouseDown={() => onActive(item.index)}
                onClick={() => (onPick ? onPick(c) : onOpen(c))}
                onDoubleClick={() => onPick && onOpen(c)}
              >
                {onPick && <Checkbox.Indicator size="xs" checked={isPicked} aria-hidden="true" />}
                <span className="mono">{c.patientControlNumber}</span>
                <span title={c.patientName}>{c.patientName}</span>
                <span title={c.payerName}>
                  {c.payerName}
                  {c.responsibility !== 'primary' && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({c.responsibility})
                    </Text>
                  )}
                </span>
                <span className="mono" title={c.payerClaimControlNumber ?? undefined}>
                  {c.payerClaimControlNumber ?? ''}
                </span>
                <span>{formatDate(c.dateOfService)}</span>
                <span className="num">{formatCents(cents(c.totalCents))}</span>
                <span className="num" data-testid="claim-paid">
                  {c.paidCents === 0 ? '' : formatCents(cents(c.paidCents))}
                </span>
                <span className="num" data-testid="claim-balance">
                  {formatCents(cents(c.balanceCents))}
                </span>
                <span>
                  <ClaimStatusBadge status={c.status} outcome={c.outcome} />
                </span>
                <span>
                  <ClaimFindingCount errors={c.errors} warnings={c.warnings} />
                </span>
                <span className="num">{ageInDays(c.dateOfService, today)}</span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
