import { formatDate } from '../../../shared/usFormat'
import { Alert, Stack, Table, Text, Title } from '@mantine/core'
import type { OpOutput } from '../../../shared/api'

export type ImportAnswer = OpOutput<'patients.import'>

/** What main found in the file: every problem by row and column, and the first rows as read. */
export function PatientImportReport({ answer }: { answer: ImportAnswer }) {
  const problemCount = answer.problems.length + answer.moreProblems
  return (
    <Stack gap="sm">
      {problemCount > 0 ? (
        <Alert color="red" variant="light" role="alert" data-testid="import-problems-summary">
          {problemCount} {problemCount === 1 ? 'problem' : 'problems'} in the file: nothing can be
          imported until every row is right. Fix them in the file (or the column mapping) and choose
          it again.
        </Alert>
      ) : (
        <Alert color="teal" variant="light" role="status">
          Every row checks out: {answer.rowCount} {answer.rowCount === 1 ? 'patient' : 'patients'}{' '}
          ready to import.
        </Alert>
      )}
      {answer.problems.length > 0 && (
        <>
          <Title order={4}>Problems</Title>
          <Table aria-label="Problems" data-testid="import-problems">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>Row</Table.Th>
                <Table.Th w={180}>Column</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answer.problems.map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{p.row}</Table.Td>
                  <Table.Td ff="monospace">{p.field ?? '—'}</Table.Td>
                  <Table.Td>{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {answer.moreProblems > 0 && (
            <Text size="sm" c="red">
              …and {answer.moreProblems} more not shown.
            </Text>
          )}
        </>
      )}
      {answer.preview.length > 0 && (
        <>
          <Title order={4}>
            First rows as they will be saved
            {answer.preview.length < answer.rowCount ? ` (${answer.preview.length} shown)` : ''}
          </Title>
          <Table aria-label="Preview" data-testid="import-preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>Row</Table.Th>
                <Table.Th>Name</Table.Th>
                <Table.Th w={120}>Date of birth</Table.Th>
                <Table.Th>Primary payer</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answer.preview.map((r) => (
                <Table.Tr key={r.row}>
                  <Table.Td>{r.row}</Table.Td>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{formatDate(r.dob)}</Table.Td>
                  <Table.Td>{r.payer ?? 'Self-pay'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  )
}
