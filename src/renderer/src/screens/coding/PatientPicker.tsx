import { formatDate } from '../../../../shared/usFormat'
import { Text } from '@mantine/core'
import type { ReactNode, Ref } from 'react'
import type { PatientSummary } from '../../../../shared/ops/patients'
import { call } from '../../api'
import { personName } from '../../components/PatientDemographicsView'
import { Typeahead } from './Typeahead'

interface Props {
  /** The chosen patient as the box shows it when not typing. */
  shown: string
  onPick: (patient: PatientSummary) => void
  error?: ReactNode
  inputRef?: Ref<HTMLInputElement>
  disabled?: boolean
}

const search = (text: string) => call('patients.search', { text, limit: 20 })

export function patientLabel(p: Pick<PatientSummary, 'lastName' | 'firstName' | 'dob'>): string {
  return `${personName(p)} · DOB ${formatDate(p.dob)}`
}

/** Whose visit: a type-ahead over `patients.search` (name prefix "smi, jo", DOB, account…). */
export function PatientPicker({ shown, onPick, error, inputRef, disabled }: Props) {
  return (
    <Typeahead<PatientSummary>
      id="visit-patient"
      field="patientId"
      label="Patient"
      placeholder="Name, DOB, account or member ID"
      shown={shown}
      search={search}
      searchKey="patients"
      optionKey={(p) => String(p.patientId)}
      renderOption={(p) => (
        <>
          <span className="typeahead-text">
            {personName(p)}{' '}
            <Text span size="xs" c="dimmed">
              DOB {formatDate(p.dob)} · Acct {p.accountNo}
            </Text>
          </span>
          <Text span size="xs" c="dimmed">
            {p.primaryPayer ?? 'Self-pay'}
          </Text>
        </>
      )}
      onPick={onPick}
      nothingFound="No patient matches — register them under Patients first."
      error={error}
      inputRef={inputRef}
      disabled={disabled}
      style={{ width: 300 }}
      listWidth={460}
    />
  )
}
