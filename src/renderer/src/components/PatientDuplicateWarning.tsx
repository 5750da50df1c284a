import { formatDate } from '../../../shared/usFormat'
import { Alert, Anchor, Button, Group, Table, Text } from '@mantine/core'
import { useEffect, useRef } from 'react'
import type { DuplicateMatch } from '../../../shared/ops/patients'

interface Props {
  duplicates: DuplicateMatch[]
  busy: boolean
  onCreateAnyway: () => void
}

/**
 * Main's warning that the person may already be on file: two charts for one person split their
 * claims and balances, so the biller opens the existing chart or says this is someone else.
 */
export function PatientDuplicateWarning({ duplicates, busy, onCreateAnyway }: Props) {
  // The person pressed Register with the cursor still in a field: bring the warning to them, in
  // view and focused, so Tab goes straight to the existing account or to "Create anyway".
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'center' })
    box.current?.focus({ preventScroll: true })
  }, [duplicates])
  return (
    <Alert
      ref={box}
      tabIndex={-1}
      color="yellow"
      variant="light"
      role="alert"
      title="This may be a patient already on file"
      data-testid="duplicate-warning"
    >
      <Table withRowBorders={false} striped={false} highlightOnHover={false} fz="sm" mb="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Account</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th w={110}>Date of birth</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {duplicates.map((d) => (
            <Table.Tr key={d.patientId}>
              <Table.Td ff="monospace">
                <Anchor
                  href={`#/patients/${d.patientId}`}
                  aria-label={`Open account ${d.accountNo}`}
                >
                  {d.accountNo}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {d.lastName}, {d.firstName}
                {d.middleName ? ` ${d.middleName}` : ''}
              </Table.Td>
              <Table.Td>{formatDate(d.dob)}</Table.Td>
              <Table.Td>{d.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group gap="xs">
        <Text size="sm" mr="auto">
          Open the existing patient instead, or create a new one if this is someone else.
        </Text>
        <Button color="yellow" variant="filled" loading={busy} onClick={onCreateAnyway}>
          Create anyway
        </Button>
      </Group>
    </Alert>
  )
}
