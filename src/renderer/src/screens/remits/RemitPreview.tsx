import { formatDate } from '../../../../shared/usFormat'
import { Badge, Stack, Table, Text, Title } from '@mantine/core'
import { cents, formatCents } from '../../../../shared/money'
import type { EraResult } from '../../../../shared/ops/remits'

const $ = (c: number) => formatCents(cents(c))

/** What an 835 posts (or would post), per payment, claim and line. */
export function RemitPreview({ result }: { result: EraResult }) {
  return (
    <Stack gap="sm" data-testid="remit-preview">
      {result.transactions.map((tx) => (
        <section key={`${tx.controlNumber}-${tx.traceNumber}`}>
          <Title order={4}>
            {tx.payerName || 'Payer'} · {tx.method} {tx.traceNumber} · {formatDate(tx.paymentDate)}{' '}
            · {$(tx.paymentCents)}
          </Title>
          <Table striped withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Claim / line</Table.Th>
                <Table.Th>Charge</Table.Th>
                <Table.Th>Paid</Table.Th>
                <Table.Th>Contractual</Table.Th>
                <Table.Th>Patient</Table.Th>
                <Table.Th>Other</Table.Th>
                <Table.Th>CARCs / notes</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tx.claims.flatMap((c, ci) => [
                <Table.Tr key={`c${ci}`}>
                  <Table.Td>
                    <strong>{c.patientControlNumber}</strong>{' '}
                    <Badge
                      size="sm"
                      color={
                        c.action === 'unmatched'
                          ? 'orange'
                          : c.outcome === 'denied'
                            ? 'red'
                            : c.action === 'reversed'
                              ? 'grape'
                              : 'teal'
                      }
                    >
                      {c.action === 'unmatched'
                        ? 'unmatched'
                        : c.action === 'reversed'
                          ? 'reversal'
                          : `${c.status ?? ''}${c.outcome ? ` · ${c.outcome}` : ''}`}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{$(c.chargeCents)}</Table.Td>
                  <Table.Td>{$(c.paidCents)}</Table.Td>
                  <Table.Td />
                  <Table.Td>{$(c.patientResponsibilityCents)}</Table.Td>
                  <Table.Td />
                  <Table.Td>{c.notes.join('; ')}</Table.Td>
                </Table.Tr>,
                ...c.lines.map((l, li) => (
                  <Table.Tr key={`c${ci}l${li}`}>
                    <Table.Td pl="lg">
                      {l.claimLineNo ?? '?'} · {[l.code, ...l.modifiers].join(' ')}
                    </Table.Td>
                    <Table.Td>{$(l.chargeCents)}</Table.Td>
                    <Table.Td c={l.paidCents === 0 ? 'red.8' : undefined}>
                      {$(l.paidCents)}
                    </Table.Td>
                    <Table.Td>{$(l.contractualCents)}</Table.Td>
                    <Table.Td>{$(l.patientResponsibilityCents)}</Table.Td>
                    <Table.Td>{$(l.otherAdjustmentCents)}</Table.Td>
                    <Table.Td>
                      {[l.carcs.join(' '), l.remarks.join(' '), l.note].filter(Boolean).join(' — ')}
                    </Table.Td>
                  </Table.Tr>
                )),
              ])}
            </Table.Tbody>
          </Table>
          {tx.providerAdjustments.length > 0 && (
            <Text size="sm" mt={4}>
              Provider adjustments (PLB):{' '}
              {tx.providerAdjustments
                .map((a) => `${a.reason} ${a.reference} ${$(a.amountCents)}`)
                .join('; ')}
            </Text>
          )}
        </section>
      ))}
      {result.problems.length > 0 && (
        <Text size="sm" c="dimmed">
          Skipped: {result.problems.map((p) => `segment ${p.segment}: ${p.message}`).join('; ')}
        </Text>
      )}
    </Stack>
  )
}
