import { formatDate } from '../../../../shared/usFormat'
import { Button, Stack, Table, TextInput } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { PatientSummary } from '../../../../shared/ops/patients'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'

interface Props {
  onPick: (patient: PatientSummary) => void
}

/** Find the patient who is paying: name, date of birth or account number. */
export function PatientPicker({ onPick }: Props) {
  const [text, setText] = useState('')
  const [rows, setRows] = useState<PatientSummary[]>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (text.trim().length < 2) return
    let live = true
    call('patients.search', { text, limit: 10 }).then(
      (found) => live && (setRows(found), setError(null)),
      (e: unknown) => live && setError(messageOf(e)),
    )
    return () => {
      live = false
    }
  }, [text])
  const shown = text.trim().length < 2 ? [] : rows
  return (
    <Stack gap="xs">
      <TextInput
        label="Patient"
        placeholder="Name (last, first), date of birth or account number"
        value={text}
        error={error}
        onChange={(e) => setText(e.currentTarget.value)}
        data-autofocus
      />
      {shown.length > 0 && (
        <Table highlightOnHover withTableBorder>
          <Table.Tbody>
            {shown.map((p) => (
              <Table.Tr key={p.patientId}>
                <Table.Td>
                  {p.lastName}, {p.firstName}
                </Table.Td>
                <Table.Td>{formatDate(p.dob)}</Table.Td>
                <Table.Td>Account {p.accountNo}</Table.Td>
                <Table.Td>{p.primaryPayer ?? 'Self-pay'}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="light" onClick={() => onPick(p)}>
                    Choose
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
