import { Table, Text, Title, Tooltip } from '@mantine/core'
import { useCallback } from 'react'
import { cents, formatCents } from '../../../../shared/money'
import type { ClaimAmounts as Amounts } from '../../../../shared/ops/remits'
import { call } from '../../api'
import { useLoad } from '../../useLoad'

const $ = (c: number) => formatCents(cents(c))

/** Per line: paid, adjustments, patient responsibility, balance; denials in red, CARCs explained. */
export function ClaimAmounts({ claimId }: { claimId: number }) {
  const load = useCallback(() => call('claims.amounts', { claimId }), [claimId])
  const amounts = useLoad<Amounts>(load)
  const a = amounts.data
  if (!a) return null
  const denied = (l: Amounts['lines'][number]) =>
    l.insurancePaidCents === 0 && l.adjustments.some((x) => x.group !== 'PR')
  return (
    <section aria-labelledby="amounts-title">
      <Title order={4} id="amounts-title">
        Payments and adjustments
        {a.payerClaimNumber ? ` · payer claim ${a.payerClaimNumber}` : ''}
        {a.crossedOver ? ' · crossed over by the primary payer' : ''}
      </Title>
      <Table striped withTableBorder fz="sm" data-testid="claim-amounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Line</Table.Th>
            <Table.Th>Charge</Table.Th>
            <Table.Th>Paid</Table.Th>
            <Table.Th>Contractual</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>Other</Table.Th>
            <Table.Th>Balance</Table.Th>
            <Table.Th>Reasons (CARC)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {a.lines.map((l) => (
            <Table.Tr key={l.lineNo} c={denied(l) ? 'red.8' : undefined}>
              <Table.Td>
                {l.lineNo} · {[l.code, ...l.modifiers].join(' ')}
              </Table.Td>
              <Table.Td>{$(l.chargeCents)}</Table.Td>
              <Table.Td>{$(l.insurancePaidCents)}</Table.Td>
              <Table.Td>{$(l.contractualCents)}</Table.Td>
              <Table.Td>{$(l.patientResponsibilityCents)}</Table.Td>
              <Table.Td>{$(l.otherAdjustmentCents)}</Table.Td>
              <Table.Td>{$(l.balanceCents)}</Table.Td>
              <Table.Td>
                {l.adjustments.map((x) => (
                  <Tooltip
                    key={`${x.group}-${x.reason}`}
                    label={x.description || 'No description imported'}
                    multiline
                    w={360}
                  >
                    <Text size="sm" span mr={8}>
                      {x.group}-{x.reason} {$(x.amountCents)}
                      {x.group !== 'PR' && denied(l) && x.description ? `: ${x.description}` : ''}
                    </Text>
                  </Tooltip>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr fw={600}>
            <Table.Td>Total</Table.Td>
            <Table.Td>{$(a.chargeCents)}</Table.Td>
            <Table.Td>{$(a.insurancePaidCents)}</Table.Td>
            <Table.Td>{$(a.contractualCents)}</Table.Td>
            <Table.Td>{$(a.patientResponsibilityCents)}</Table.Td>
            <Table.Td>{$(a.otherAdjustmentCents)}</Table.Td>
            <Table.Td>{$(a.balanceCents)}</Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </section>
  )
}
