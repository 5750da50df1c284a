import { Alert, Button, Card, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { formatDate } from '../../../../shared/usFormat'
import { useCallback, useState } from 'react'
import type { OpInput } from '../../../../shared/api'
import type {
  CheckClaimChoice,
  InsuranceCheck as Check,
} from '../../../../shared/ops/insuranceChecks'
import { localIsoDate } from '../../../../shared/validators/isoDate'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { useClaimChoices } from '../claims/useClaimChoices'
import { money } from '../payments/money'
import { VoidDialog, type Voidable } from '../payments/VoidDialog'
import { CheckClaimCard, centsOf, type ClaimEntry } from './CheckClaimCard'

type Claims = NonNullable<OpInput<'checks.post'>['claims']>

function entryOf(choice: CheckClaimChoice): ClaimEntry {
  return {
    choice,
    payerClaimNumber: '',
    lines: choice.lines.map((l) => ({ ...l, paid: '', adjustments: [], remarks: [] })),
  }
}

function claimsOf(entries: ClaimEntry[]): Claims {
  return entries.map((e) => ({
    claimId: e.choice.claimId,
    ...(e.payerClaimNumber.trim() ? { payerClaimNumber: e.payerClaimNumber.trim() } : {}),
    lines: e.lines.map((l) => ({
      lineNo: l.lineNo,
      paidCents: centsOf(l.paid) ?? Number.NaN,
      adjustments: l.adjustments.map((a) => ({
        group: a.group,
        reason: a.reason,
        amountCents: centsOf(a.amount) ?? Number.NaN,
      })),
      remarks: l.remarks.map((r) => r.code),
    })),
  }))
}

/**
 * An insurance check or paper EOB: the check, then each claim it pays, line by line, with the
 * same adjustment groups and reason codes an 835 carries. What the EOB does not apply stays on
 * the check as unapplied, to be applied later from the open checks.
 */
export function InsuranceCheck() {
  const payers = useClaimChoices()
  const [open, setOpen] = useState<Check | null>(null)
  const [payerId, setPayerId] = useState<string | null>(null)
  const [checkNumber, setCheckNumber] = useState('')
  const [checkDate, setCheckDate] = useState(localIsoDate(new Date()))
  const [amount, setAmount] = useState('')
  const [search, setSearch] = useState('')
  const [found, setFound] = useState<CheckClaimChoice[] | null>(null)
  const [entries, setEntries] = useState<ClaimEntry[]>([])
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [version, setVersion] = useState(0)
  const [voiding, setVoiding] = useState<Voidable | null>(null)
  const { session } = useSession()
  // Every check entered by hand, fully applied too: a check typed wrong is opened here to void.
  const loadOpen = useCallback(() => call('checks.list', { open: false }), [version]) // eslint-disable-line react-hooks/exhaustive-deps
  const openChecks = useLoad(loadOpen)

  const checkCents = open ? open.amountCents : centsOf(amount)
  const earlier = open ? open.appliedCents : 0
  let thisEob = 0
  for (const e of entries) for (const l of e.lines) thisEob += centsOf(l.paid) ?? 0
  const unapplied = checkCents === null ? null : checkCents - earlier - thisEob
  const payer = open ? String(open.payerId ?? '') : payerId

  async function find() {
    setError(null)
    if (!payer) return setError('Pick the payer first: the EOB pays only its claims.')
    try {
      const r = await call('checks.claims', { payerId: Number(payer), text: search })
      setFound(r.rows)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  function startOver(check: Check | null) {
    setOpen(check)
    setEntries([])
    setFound(null)
    setError(null)
  }

  async function post() {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      const claims = claimsOf(entries)
      const r = await call(
        'checks.post',
        open
          ? { paymentId: open.paymentId, claims }
          : {
              check: {
                payerId: Number(payerId),
                checkNumber,
                checkDate,
                amountCents: centsOf(amount) ?? Number.NaN,
              },
              claims,
            },
      )
      setNotice(
        `Check ${r.check.checkNumber}: posted ${r.claims.length} claim${r.claims.length === 1 ? '' : 's'}. ` +
          `Applied ${money(r.check.appliedCents)} of ${money(r.check.amountCents)}` +
          (r.check.unappliedCents ? `; ${money(r.check.unappliedCents)} is still unapplied.` : '.'),
      )
      startOver(r.check)
      setVersion((n) => n + 1)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const chosen = new Set(entries.map((e) => e.choice.claimId))
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Enter the check as printed, then each claim on the EOB line by line. It posts with the same
        rules as an 835; whatever the check does not apply stays on it as unapplied.
      </Text>
      <Card withBorder padding="sm">
        <Group align="flex-end" gap="sm">
          <Select
            label="Check entered before"
            w={320}
            placeholder="New check"
            clearable
            data={(openChecks.data?.rows ?? []).map((c) => ({
              value: String(c.paymentId),
              label: `${c.payerName} #${c.checkNumber} — ${
                c.unappliedCents ? `${money(c.unappliedCents)} unapplied` : 'fully applied'
              }`,
            }))}
            value={open ? String(open.paymentId) : null}
            onChange={(v) =>
              startOver(openChecks.data?.rows.find((c) => String(c.paymentId) === v) ?? null)
            }
          />
          <Select
            label="Payer"
            w={260}
            searchable
            data={payers.data?.payers ?? []}
            value={payer}
            disabled={open !== null}
            onChange={(v) => {
              setPayerId(v)
              setEntries([])
              setFound(null)
            }}
          />
          <TextInput
            label="Check number"
            w={150}
            value={open ? open.checkNumber : checkNumber}
            disabled={open !== null}
            onChange={(e) => setCheckNumber(e.currentTarget.value)}
          />
          <TextInput
            label="Check date"
            type="date"
            w={150}
            value={open ? open.checkDate : checkDate}
            disabled={open !== null}
            onChange={(e) => setCheckDate(e.currentTarget.value)}
          />
          <TextInput
            label="Check amount"
            leftSection="$"
            w={140}
            value={open ? money(open.amountCents).replace('$', '') : amount}
            disabled={open !== null}
            error={!open && centsOf(amount) === null ? 'Not an amount' : undefined}
            onChange={(e) => setAmount(e.currentTarget.value)}
          />
        </Group>
        <Group gap="xl" mt="sm" data-testid="check-totals">
          <Total label="Check" cents={checkCents} />
          {open && <Total label="Applied before" cents={earlier} />}
          <Total label="This EOB" cents={thisEob} />
          <Total
            label="Unapplied"
            cents={unapplied}
            color={
              unapplied === 0 ? 'teal' : unapplied !== null && unapplied < 0 ? 'red' : 'orange'
            }
            testId="check-unapplied"
          />
        </Group>
      </Card>
      {open && open.claims.length > 0 && (
        <Text size="sm" c="dimmed">
          Already on this check (entered {formatDate(open.checkDate)} by {open.recordedBy}):{' '}
          {open.claims.map((c) => `${c.patientControlNumber} ${money(c.paidCents)}`).join(', ')}
        </Text>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="teal" variant="light" role="status" data-testid="check-notice">
          {notice}
        </Alert>
      )}
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Find claims on the EOB"
          placeholder="Claim number, patient last name or account"
          w={340}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && void find()}
        />
        <Button variant="light" onClick={() => void find()}>
          Find
        </Button>
      </Group>
      {found && (
        <FoundClaims
          rows={found.filter((c) => !chosen.has(c.claimId))}
          onAdd={(c) => setEntries((list) => [...list, entryOf(c)])}
        />
      )}
      {entries.map((e, i) => (
        <CheckClaimCard
          key={e.choice.claimId}
          entry={e}
          index={i}
          onChange={(next) => setEntries((list) => list.map((x, j) => (j === i ? next : x)))}
          onRemove={() => setEntries((list) => list.filter((_, j) => j !== i))}
        />
      ))}
      <Group>
        {(!open || entries.length > 0) && (
          <Button
            onClick={() => void post()}
            loading={busy}
            disabled={!open && (!payerId || !checkNumber.trim())}
            data-testid="check-post"
          >
            {entries.length ? 'Post EOB' : 'Save check'}
          </Button>
        )}
        {open && (
          <Button variant="subtle" color="gray" onClick={() => startOver(null)}>
            New check
          </Button>
        )}
        {open && may(session, 'payments.adjust') && (
          <Button
            variant="subtle"
            color="red"
            onClick={() =>
              setVoiding({
                paymentId: open.paymentId,
                source: 'insurance',
                label: `check ${open.checkNumber} from ${open.payerName}`,
              })
            }
          >
            Void check…
          </Button>
        )}
      </Group>
      <VoidDialog
        payment={voiding}
        onClose={() => setVoiding(null)}
        onVoided={(message) => {
          setVoiding(null)
          startOver(null)
          setNotice(message)
          setVersion((n) => n + 1)
        }}
      />
    </Stack>
  )
}

function Total(props: { label: string; cents: number | null; color?: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={700} c={props.color} data-testid={props.testId}>
        {props.cents === null ? '—' : money(props.cents)}
      </Text>
    </div>
  )
}

function FoundClaims({
  rows,
  onAdd,
}: {
  rows: CheckClaimChoice[]
  onAdd: (c: CheckClaimChoice) => void
}) {
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No other open claim of this payer matches.
      </Text>
    )
  }
  return (
    <Table fz="sm" striped withTableBorder data-testid="check-found">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Claim</Table.Th>
          <Table.Th>Patient</Table.Th>
          <Table.Th>DOS</Table.Th>
          <Table.Th>Lines</Table.Th>
          <Table.Th>Ins. owes</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((c) => (
          <Table.Tr key={c.claimId}>
            <Table.Td className="mono">{c.patientControlNumber}</Table.Td>
            <Table.Td>{c.patientName}</Table.Td>
            <Table.Td>{formatDate(c.dateOfService)}</Table.Td>
            <Table.Td>{c.lines.map((l) => l.code).join(', ')}</Table.Td>
            <Table.Td>{money(c.lines.reduce((s, l) => s + l.balanceCents, 0))}</Table.Td>
            <Table.Td>
              <Button size="compact-xs" onClick={() => onAdd(c)}>
                Add to EOB
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
