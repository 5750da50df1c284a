import { Badge, Table } from '@mantine/core'
import type { PlanView } from '../../../../shared/ops/plans'
import { money, moneyOrBlank } from '../payments/money'
import { shownDate, STATUS_COLORS, STATUS_WORDS } from './planWords'

type Item = { number: number; dueDate: string; amountCents: number } & Partial<
  Pick<PlanView['items'][number], 'paidCents' | 'status'>
>

/** The installments in due order; with payments applied, what each has had and where it stands. */
export function PlanSchedule({ items, label }: { items: Item[]; label: string }) {
  const applied = items.some((i) => i.status !== undefined)
  return (
    <Table withTableBorder striped fz="sm" aria-label={label} maw={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Installment</Table.Th>
          <Table.Th>Due</Table.Th>
          <Table.Th ta="right">Amount</Table.Th>
          {applied && <Table.Th ta="right">Paid</Table.Th>}
          {applied && <Table.Th>Status</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((i) => (
          <Table.Tr key={i.number}>
            <Table.Td>{i.number === 0 ? 'Down payment' : `#${i.number}`}</Table.Td>
            <Table.Td>{shownDate(i.dueDate)}</Table.Td>
            <Table.Td ta="right">{money(i.amountCents)}</Table.Td>
            {applied && <Table.Td ta="right">{moneyOrBlank(i.paidCents ?? 0)}</Table.Td>}
            {applied && i.status && (
              <Table.Td>
                <Badge size="sm" variant="light" color={STATUS_COLORS[i.status]}>
                  {STATUS_WORDS[i.status]}
                </Badge>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
