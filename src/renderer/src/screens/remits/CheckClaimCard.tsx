import { formatDate } from '../../../../shared/usFormat'
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import type { CheckClaimChoice } from '../../../../shared/ops/insuranceChecks'
import { CAS_GROUPS } from '../../../../shared/ops/insuranceChecks'
import { parseDollars } from '../../../../shared/money'
import { CodeTypeahead } from '../coding/CodeTypeahead'
import { money } from '../payments/money'

export type CasGroup = (typeof CAS_GROUPS)[number]

export interface AdjustmentRow {
  key: number
  group: CasGroup
  reason: string
  meaning: string
  amount: string
}

export interface LineEntry {
  lineNo: number
  code: string
  modifiers: string[]
  chargeCents: number
  balanceCents: number
  paid: string
  adjustments: AdjustmentRow[]
  remarks: { code: string; meaning: string }[]
}

export interface ClaimEntry {
  choice: CheckClaimChoice
  payerClaimNumber: string
  lines: LineEntry[]
}

/** Typed dollars as cents; blank is zero, anything else unreadable is null. */
export function centsOf(text: string): number | null {
  return text.trim() === '' ? 0 : parseDollars(text)
}

/** What is left for an adjustment to explain: charge − paid − adjustments (0 = balances). */
export function lineGap(line: LineEntry): number | null {
  const paid = centsOf(line.paid)
  if (paid === null) return null
  let adjusted = 0
  for (const a of line.adjustments) {
    const c = centsOf(a.amount)
    if (c === null) return null
    adjusted += c
  }
  return line.chargeCents - paid - adjusted
}

let keys = 0

interface Props {
  entry: ClaimEntry
  index: number
  onChange: (entry: ClaimEntry) => void
  onRemove: () => void
}

/** One claim of the EOB: per line the paid amount, the CAS adjustments and the remarks. */
export function CheckClaimCard({ entry, index, onChange, onRemove }: Props) {
  const { choice } = entry
  const setLine = (i: number, line: LineEntry) =>
    onChange({ ...entry, lines: entry.lines.map((l, j) => (j === i ? line : l)) })
  return (
    <Card withBorder padding="sm" data-testid={`check-claim-${choice.patientControlNumber}`}>
      <Group justify="space-between" mb={6}>
        <Group gap="sm">
          <Text fw={600}>{choice.patientName}</Text>
          <Text size="sm" c="dimmed">
            Claim {choice.patientControlNumber} · account {choice.accountNo} · DOS{' '}
            {formatDate(choice.dateOfService)}
          </Text>
        </Group>
        <Group gap="xs">
          <TextInput
            size="xs"
            w={190}
            aria-label={`Payer claim number for ${choice.patientControlNumber}`}
            placeholder="Payer claim no. (ICN)"
            value={entry.payerClaimNumber}
            onChange={(e) => onChange({ ...entry, payerClaimNumber: e.currentTarget.value })}
          />
          <Button size="xs" variant="subtle" color="gray" onClick={onRemove}>
            Remove
          </Button>
        </Group>
      </Group>
      <Table fz="sm" verticalSpacing={4} withRowBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>Line</Table.Th>
            <Table.Th w={110}>Code</Table.Th>
            <Table.Th w={90}>Charge</Table.Th>
            <Table.Th w={90}>Ins. owes</Table.Th>
            <Table.Th w={110}>Paid</Table.Th>
            <Table.Th>Adjustments (group · CARC · amount) and remarks (RARC)</Table.Th>
            <Table.Th w={120}>Balances?</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entry.lines.map((line, i) => (
            <LineRow
              key={line.lineNo}
              id={`c${index}-l${line.lineNo}`}
              line={line}
              onChange={(l) => setLine(i, l)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  )
}

function LineRow({
  id,
  line,
  onChange,
}: {
  id: string
  line: LineEntry
  onChange: (line: LineEntry) => void
}) {
  const gap = lineGap(line)
  const setAdj = (key: number, patch: Partial<AdjustmentRow>) =>
    onChange({
      ...line,
      adjustments: line.adjustments.map((a) => (a.key === key ? { ...a, ...patch } : a)),
    })
  const addAdjustment = () =>
    onChange({
      ...line,
      adjustments: [
        ...line.adjustments,
        {
          key: ++keys,
          group: 'CO',
          reason: '',
          meaning: '',
          // What is left to explain, so the usual case is one pick away.
          amount: gap && gap > 0 ? money(gap).replace('$', '') : '',
        },
      ],
    })
  return (
    <Table.Tr>
      <Table.Td>{line.lineNo}</Table.Td>
      <Table.Td className="mono">
        {line.code}
        {line.modifiers.length ? `-${line.modifiers.join('-')}` : ''}
      </Table.Td>
      <Table.Td>{money(line.chargeCents)}</Table.Td>
      <Table.Td>{money(line.balanceCents)}</Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={`Line ${line.lineNo} paid`}
          data-testid={`${id}-paid`}
          leftSection="$"
          value={line.paid}
          error={centsOf(line.paid) === null ? 'Not an amount' : undefined}
          onChange={(e) => onChange({ ...line, paid: e.currentTarget.value })}
        />
      </Table.Td>
      <Table.Td>
        {line.adjustments.map((a) => (
          <Group key={a.key} gap={6} wrap="nowrap" mb={4}>
            <Select
              size="xs"
              w={72}
              aria-label={`Line ${line.lineNo} adjustment group`}
              data={[...CAS_GROUPS]}
              value={a.group}
              allowDeselect={false}
              onChange={(g) => setAdj(a.key, { group: (g ?? 'CO') as CasGroup })}
            />
            <div style={{ width: 260 }}>
              <CodeTypeahead
                id={`${id}-carc-${a.key}`}
                label={`Line ${line.lineNo} adjustment reason (CARC)`}
                hideLabel
                placeholder="CARC: code or words"
                sets={['carc']}
                date={undefined}
                shown={a.reason ? `${a.reason} — ${a.meaning}` : ''}
                onPick={(c) => setAdj(a.key, { reason: c.code, meaning: c.description })}
                listWidth={520}
              />
            </div>
            <TextInput
              size="xs"
              w={100}
              leftSection="$"
              aria-label={`Line ${line.lineNo} adjustment amount`}
              data-testid={`${id}-adj-amount`}
              value={a.amount}
              error={centsOf(a.amount) === null ? 'Not an amount' : undefined}
              onChange={(e) => setAdj(a.key, { amount: e.currentTarget.value })}
            />
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label={`Remove adjustment ${a.group}-${a.reason}`}
              onClick={() =>
                onChange({
                  ...line,
                  adjustments: line.adjustments.filter((x) => x.key !== a.key),
                })
              }
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {line.adjustments.some((a) => a.reason) && (
          <Text
            size="xs"
            c="dimmed"
            mb={4}
            lineClamp={2}
            title={line.adjustments
              .filter((a) => a.reason)
              .map((a) => `${a.group}-${a.reason}: ${a.meaning}`)
              .join('\n')}
          >
            {line.adjustments
              .filter((a) => a.reason)
              .map((a) => `${a.group}-${a.reason}: ${a.meaning}`)
              .join(' · ')}
          </Text>
        )}
        <Group gap={6} wrap="nowrap">
          <Button size="compact-xs" variant="light" onClick={addAdjustment}>
            + Adjustment
          </Button>
          <div style={{ width: 220 }}>
            <CodeTypeahead
              id={`${id}-rarc`}
              label={`Line ${line.lineNo} remark (RARC)`}
              hideLabel
              placeholder="+ Remark (RARC)"
              sets={['rarc']}
              date={undefined}
              shown=""
              onPick={(c) =>
                line.remarks.some((r) => r.code === c.code)
                  ? undefined
                  : onChange({
                      ...line,
                      remarks: [...line.remarks, { code: c.code, meaning: c.description }],
                    })
              }
              listWidth={520}
            />
          </div>
          {line.remarks.map((r) => (
            <Badge
              key={r.code}
              variant="outline"
              color="gray"
              title={r.meaning}
              style={{ cursor: 'pointer' }}
              onClick={() =>
                onChange({ ...line, remarks: line.remarks.filter((x) => x.code !== r.code) })
              }
            >
              {r.code} ×
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        {gap === null ? null : gap === 0 ? (
          <Badge color="teal" variant="light">
            Balances
          </Badge>
        ) : (
          <Text size="xs" c="red" data-testid={`${id}-gap`}>
            {money(gap)} {gap > 0 ? 'not explained' : 'too much'}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  )
}
