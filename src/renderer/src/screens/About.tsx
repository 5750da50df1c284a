import { Alert, Code, Stack, Table, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { OpOutput } from '../../../shared/api'
import { call } from '../api'

type Info = OpOutput<'app.info'>

const STORE_TEXT: Record<Info['store'], string> = {
  absent: 'No practice set up in this folder yet',
  closed: 'Encrypted, locked (sign in to open)',
  open: 'Encrypted, open',
}

export function About() {
  const [info, setInfo] = useState<Info | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    call('app.info', {}).then(setInfo, (e: Error) => setError(e.message))
  }, [])

  return (
    <Stack gap="sm" maw={720}>
      <Title order={2}>About ClaimDesk</Title>
      <Text c="dimmed" size="sm">
        A billing office for a small medical practice, kept encrypted on this computer: patient
        registration and insurance, visit coding, claims (sent through a clearinghouse or printed on
        CMS-1500), remittances and payments, claim follow-up, and patient statements. Only sending
        and receiving clearinghouse files needs the network.
      </Text>
      {error && <Alert color="red">{error}</Alert>}
      {info && (
        <Table withTableBorder withColumnBorders={false} data-testid="about-table">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={180}>Version</Table.Th>
              <Table.Td data-testid="app-version">{info.version}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Data folder</Table.Th>
              <Table.Td>
                <Code>{info.dataDir}</Code>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Practice store</Table.Th>
              <Table.Td data-testid="store-status">{STORE_TEXT[info.store]}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
