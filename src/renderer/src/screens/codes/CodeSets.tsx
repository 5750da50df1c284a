import { formatDate } from '../../../../shared/usFormat'
import { Alert, Badge, Stack, Table, Text, Title } from '@mantine/core'
import type { OpOutput } from '../../../../shared/api'
import { call } from '../../api'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { CodeImport } from './CodeImport'

type SetStatus = OpOutput<'codes.versions'>[number]

const loadVersions = () => call('codes.versions', {})

/**
 * What code lists the practice has, valid from when, and how to load the full official sets:
 * the starter lists carry a new practice only until the yearly CMS files are imported.
 */
export function CodeSets() {
  const { session } = useSession()
  const versions = useLoad(loadVersions)
  return (
    <Stack gap="md" maw={1100}>
      <Title order={2}>Code sets</Title>
      <Text size="sm" c="dimmed">
        Every visit is checked against the codes valid on its date of service. ClaimDesk starts with
        short starter lists of common primary-care codes; import the full official lists each year
        (ICD-10-CM every October, HCPCS every quarter) as CMS publishes them. CPT descriptions
        belong to the AMA: import your practice&apos;s licensed CPT list, or keep the CPT codes you
        bill on the fee schedule.
      </Text>
      {versions.error && (
        <Alert color="red" role="alert">
          {versions.error}
        </Alert>
      )}
      {versions.data && <SetTable sets={versions.data} />}
      {may(session, 'codes.manage') && <CodeImport onImported={() => void versions.reload()} />}
    </Stack>
  )
}

function SetTable({ sets }: { sets: SetStatus[] }) {
  return (
    <Table withTableBorder aria-label="Loaded code sets" data-testid="code-sets">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Code set</Table.Th>
          <Table.Th ta="right">Valid today</Table.Th>
          <Table.Th>Loaded lists (newest first)</Table.Th>
          <Table.Th>Where to get the full list</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sets.map((s) => (
          <Table.Tr key={s.set}>
            <Table.Td>{s.label}</Table.Td>
            <Table.Td ta="right">{s.current.toLocaleString('en-US')}</Table.Td>
            <Table.Td>
              {s.versions.length === 0 ? (
                <Badge color="gray" variant="light">
                  none
                </Badge>
              ) : (
                <Stack gap={2}>
                  {s.versions.slice(0, 3).map((v) => (
                    <Text size="xs" key={v.versionId} data-testid="code-version">
                      {v.sourceFile} — from {formatDate(v.effective)},{' '}
                      {v.rows.toLocaleString('en-US')} codes (+{v.added} / −{v.closed}) ·{' '}
                      <Text
                        span
                        size="xs"
                        fw={v.standing === 'Valid today' ? 600 : undefined}
                        c={v.standing === 'Valid today' ? 'teal.8' : 'orange.8'}
                      >
                        {v.standing}
                      </Text>
                    </Text>
                  ))}
                </Stack>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="xs">{s.howToGet}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
