import { isCalendarDate } from '../../../../shared/validators/isoDate'
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useCallback, useMemo, useState } from 'react'
import type { OpOutput } from '../../../../shared/api'
import { cents, formatCents } from '../../../../shared/money'
import { formatDate, formatDateTime } from '../../../../shared/usFormat'
import { UsDateInput } from '../../components/UsDateInput'
import {
  FOLLOW_UP_REASON_LABELS,
  type FollowUpItem,
  type FollowUpReason,
} from '../../../../shared/ops/followup'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'
import { downloadFile, pdfBlob, PLAINTEXT_NOTE } from '../claims/saveFile'

type Queue = OpOutput<'followup.list'>
type SortKey = 'priority' | 'amountCents' | 'ageDays' | 'timelyFilingDaysLeft'
const $ = (c: number) => formatCents(cents(c))
const keyOf = (i: { claimId: number; reason: string }) => `${i.reason}:${i.claimId}`

/** The follow-up queue: denials, claims without an answer, rejections — worked from one place. */
export function FollowUp() {
  const load = useCallback(() => call('followup.list', {}), [])
  const queue = useLoad<Queue>(load)
  const [sort, setSort] = useState<SortKey>('priority')
  const [owner, setOwner] = useState<string | null>(null)
  const [payer, setPayer] = useState<string | null>(null)
  const [reason, setReason] = useState<string | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const items = useMemo(() => queue.data?.items ?? [], [queue.data])
  const owners = [...new Set(items.map((i) => i.owner ?? '(nobody)'))]
  const payers = [...new Set(items.map((i) => i.payerName))]
  const shown = useMemo(() => {
    const list = items.filter(
      (i) =>
        (!owner || (i.owner ?? '(nobody)') === owner) &&
        (!payer || i.payerName === payer) &&
        (!reason || i.reason === reason),
    )
    return [...list].sort((a, b) =>
      sort === 'timelyFilingDaysLeft' ? a[sort] - b[sort] : b[sort] - a[sort],
    )
  }, [items, owner, payer, reason, sort])
  const current = items.find((i) => keyOf(i) === selected) ?? null

  const th = (label: string, key: SortKey) => (
    <Table.Th>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => setSort(key)}
        aria-label={`Sort by ${label}`}
      >
        {label}
        {sort === key ? (key === 'timelyFilingDaysLeft' ? ' ▲' : ' ▼') : ''}
      </Button>
    </Table.Th>
  )

  return (
    <Stack gap="sm">
      <Title order={2}>Follow-up</Title>
      {queue.error && (
        <Alert color="red" role="alert">
          {queue.error}
        </Alert>
      )}
      {notice && (
        <Alert color="teal" variant="light" role="status" data-testid="followup-notice">
          {notice}
        </Alert>
      )}
      <Group gap="sm" align="end">
        <Select label="Owner" clearable data={owners} value={owner} onChange={setOwner} w={160} />
        <Select label="Payer" clearable data={payers} value={payer} onChange={setPayer} w={220} />
        <Select
          label="Reason"
          clearable
          data={Object.entries(FOLLOW_UP_REASON_LABELS).map(([value, label]) => ({
            value,
            label,
          }))}
          value={reason}
          onChange={setReason}
          w={160}
        />
        <Text size="sm" c="dimmed">
          {shown.length} of {items.length} open
        </Text>
      </Group>
      <Group align="start" gap="md" wrap="nowrap">
        <div style={{ flex: 3, minWidth: 0, overflowX: 'auto' }}>
          {items.length === 0 && !queue.loading ? (
            <Text size="sm" c="dimmed">
              Nothing to follow up: no denials, no late answers, no rejections.
            </Text>
          ) : (
            <Table striped highlightOnHover withTableBorder fz="xs" data-testid="followup-queue">
              <Table.Thead>
                <Table.Tr>
                  {th('Priority', 'priority')}
                  <Table.Th>Claim</Table.Th>
                  <Table.Th>Patient</Table.Th>
                  <Table.Th>Payer</Table.Th>
                  <Table.Th>Reason</Table.Th>
                  {th('Amount', 'amountCents')}
                  {th('Age', 'ageDays')}
                  {th('Filing', 'timelyFilingDaysLeft')}
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Follow up</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((i) => (
                  <Table.Tr
                    key={keyOf(i)}
                    onClick={() => setSelected(keyOf(i))}
                    style={{ cursor: 'pointer' }}
                    bg={keyOf(i) === selected ? 'var(--mantine-color-blue-light)' : undefined}
                    aria-selected={keyOf(i) === selected}
                  >
                    <Table.Td>{i.priority}</Table.Td>
                    <Table.Td>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => setSelected(keyOf(i))}
                      >
                        {i.patientControlNumber}
                      </Button>
                    </Table.Td>
                    <Table.Td>{i.patientName}</Table.Td>
                    <Table.Td>{i.payerName}</Table.Td>
                    <Table.Td>
                      <Text
                        size="xs"
                        fw={600}
                        c={
                          i.reason === 'denial'
                            ? 'red'
                            : i.reason === 'rejection'
                              ? 'orange'
                              : 'dimmed'
                        }
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {i.reason === 'denial' && i.partial
                          ? 'Partly denied'
                          : FOLLOW_UP_REASON_LABELS[i.reason]}
                      </Text>
                    </Table.Td>
                    <Table.Td>{$(i.amountCents)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.ageDays} d</Table.Td>
                    <Table.Td>
                      <FilingLimit item={i} />
                    </Table.Td>
                    <Table.Td>{i.owner ?? '—'}</Table.Td>
                    <Table.Td>{formatDate(i.followUpDate) || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
        {current && (
          <ItemPanel
            key={keyOf(current)}
            item={current}
            onChanged={async (message) => {
              setNotice(message)
              await queue.reload()
            }}
          />
        )}
      </Group>
    </Stack>
  )
}

function FilingLimit({ item }: { item: FollowUpItem }) {
  if (item.timelyFilingWarning === 'passed') {
    return (
      <Badge color="red" variant="filled">
        Passed {-item.timelyFilingDaysLeft} d ago
      </Badge>
    )
  }
  if (item.timelyFilingWarning === 'soon') {
    return (
      <Badge color="yellow" variant="filled">
        {item.timelyFilingDaysLeft} d left
      </Badge>
    )
  }
  return (
    <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
      {item.timelyFilingDaysLeft} d left
    </Text>
  )
}

const WRITE_OFF = [
  { value: 'denial', label: 'Denial' },
  { value: 'small_balance', label: 'Small balance' },
  { value: 'courtesy', label: 'Courtesy' },
  { value: 'bad_debt', label: 'Bad debt' },
  { value: 'hardship', label: 'Hardship' },
]

/** The claim's facts, why it is here in plain words, notes and every action. */
function ItemPanel({
  item,
  onChanged,
}: {
  item: FollowUpItem
  onChanged: (message: string) => Promise<void>
}) {
  const [error, setError] = useState<string | null>(null)
  const [owner, setOwner] = useState(item.owner ?? '')
  const [date, setDate] = useState(item.followUpDate ?? '')
  const [note, setNote] = useState('')
  const [why, setWhy] = useState('')
  const [category, setCategory] = useState<string | null>('denial')
  const [paragraph, setParagraph] = useState('')
  const key = { claimId: item.claimId, reason: item.reason as FollowUpReason }

  async function act(work: () => Promise<string>) {
    setError(null)
    try {
      await onChanged(await work())
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <Paper
      withBorder
      p="sm"
      style={{
        width: 380,
        flexShrink: 0,
        maxHeight: 'calc(100vh - 220px)',
        overflowY: 'auto',
      }}
      data-testid="followup-panel"
    >
      <Stack gap="xs">
        <Title order={4}>
          Claim {item.patientControlNumber} — {FOLLOW_UP_REASON_LABELS[item.reason]}
        </Title>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Text size="sm">
          {item.patientName} (account {item.accountNo}) · {item.payerName} · DOS{' '}
          {formatDate(item.dateOfService)} · {item.claimStatus.replace('_', ' ')}
          {item.payerClaimNumber ? ` · payer claim ${item.payerClaimNumber}` : ''}
        </Text>
        <Text size="sm" fw={500}>
          {item.reasonText}
        </Text>
        {item.lines.map((l) => (
          <div key={l.lineNo}>
            <Text size="sm">
              Line {l.lineNo} {[l.code, ...l.modifiers].join('-')}: billed {$(l.chargeCents)}, paid{' '}
              {$(l.paidCents)}, denied {$(l.deniedCents)}
            </Text>
            {l.reasons.map((r) => (
              <Text size="xs" key={`${r.group}-${r.code}`} pl="md">
                <b>
                  {r.group}-{r.code}
                </b>{' '}
                {r.description}
              </Text>
            ))}
            {l.remarks.map((r) => (
              <Text size="xs" key={r.code} pl="md">
                <b>{r.code}</b> {r.description}
              </Text>
            ))}
          </div>
        ))}
        <Group gap="xs" align="end">
          <TextInput
            label="Owner"
            value={owner}
            onChange={(e) => setOwner(e.currentTarget.value)}
            w={140}
          />
          <Button
            size="xs"
            variant="light"
            onClick={() =>
              act(async () => {
                await call('followup.assign', { ...key, owner: owner.trim() || null })
                return owner.trim() ? `Assigned to ${owner.trim()}.` : 'Nobody owns it now.'
              })
            }
          >
            Assign
          </Button>
          <UsDateInput label="Follow up on" value={date} onChange={setDate} />
          <Button
            size="xs"
            variant="light"
            onClick={() =>
              act(async () => {
                // Main takes ISO and would answer in ISO terms; the box is typed MM/DD/YYYY.
                if (date.trim() && !isCalendarDate(date.trim())) {
                  throw new Error('Write the follow-up date as MM/DD/YYYY, like 03/15/2026.')
                }
                await call('followup.setDate', { ...key, date: date.trim() || null })
                return date.trim()
                  ? `Follow up on ${formatDate(date.trim())}.`
                  : 'Follow-up date cleared.'
              })
            }
          >
            Set date
          </Button>
        </Group>
        <Text size="sm" fw={500}>
          Notes
        </Text>
        {item.notes.length === 0 && (
          <Text size="xs" c="dimmed">
            No notes yet.
          </Text>
        )}
        {item.notes.map((n, i) => (
          <Text size="xs" key={i}>
            {formatDateTime(n.at)} {n.by}: {n.note}
          </Text>
        ))}
        <Group gap="xs" align="end">
          <Textarea
            label="Add a note"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={1}
            style={{ flex: 1 }}
          />
          <Button
            size="xs"
            variant="light"
            onClick={() =>
              act(async () => {
                await call('followup.addNote', { ...key, note })
                setNote('')
                return 'Note added.'
              })
            }
          >
            Add note
          </Button>
        </Group>
        <TextInput
          label="Why (kept with the action)"
          value={why}
          onChange={(e) => setWhy(e.currentTarget.value)}
        />
        <Group gap="xs">
          {item.reason !== 'rejection' && (
            <Button
              size="xs"
              onClick={() =>
                act(async () => {
                  const r = await call('followup.correct', { ...key, why })
                  return `Corrected claim ${r.patientControlNumber} (frequency 7) made: queue it to send.`
                })
              }
            >
              Correct and resend
            </Button>
          )}
          {item.reason === 'rejection' && (
            <Button
              size="xs"
              onClick={() => act(async () => (await call('followup.resendAsNew', key)).message)}
            >
              Resend as new
            </Button>
          )}
          <Button
            size="xs"
            color="red"
            variant="light"
            onClick={() =>
              act(async () => {
                const r = await call('followup.void', { ...key, why })
                return `Claim ${r.patientControlNumber} voids it.`
              })
            }
          >
            Void
          </Button>
          {item.reason === 'denial' && (
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                act(async () => {
                  const r = await call('followup.billPatient', { ...key, why })
                  return `${$(r.movedCents)} is now the patient's to pay.`
                })
              }
            >
              Bill the patient
            </Button>
          )}
        </Group>
        <Group gap="xs" align="end">
          <Select
            label="Write-off category"
            data={WRITE_OFF}
            value={category}
            onChange={setCategory}
            w={170}
          />
          <Button
            size="xs"
            variant="light"
            color="orange"
            onClick={() =>
              act(async () => {
                const r = await call('followup.writeOff', {
                  ...key,
                  category: (category ?? 'denial') as 'denial',
                  why,
                })
                return `Wrote off ${$(r.writtenOffCents)}.`
              })
            }
          >
            Write off
          </Button>
        </Group>
        {item.reason === 'denial' && (
          <>
            <Textarea
              label="Appeal paragraph (blank: the standard one)"
              value={paragraph}
              onChange={(e) => setParagraph(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                onClick={() =>
                  act(async () => {
                    const r = await call('followup.appealLetter', { ...key, paragraph })
                    setParagraph(r.paragraph)
                    downloadFile(r.fileName, pdfBlob(r.pdfBase64))
                    return `Made ${r.fileName}: open it to print. ${PLAINTEXT_NOTE}`
                  })
                }
              >
                Appeal letter (PDF)
              </Button>
            </Group>
          </>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() =>
              act(async () => {
                await call('followup.markDone', { ...key, done: true })
                return 'Marked done.'
              })
            }
          >
            Mark done
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
