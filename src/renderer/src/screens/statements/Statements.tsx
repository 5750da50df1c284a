import { formatDate } from '../../../../shared/usFormat'
import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import type { OpOutput } from '../../../../shared/api'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { PLAINTEXT_NOTE } from '../claims/saveFile'
import { money } from '../payments/money'
import { downloadPdf, printPdf } from './pdf'

type Preview = OpOutput<'statements.preview'>
type RunStatus = OpOutput<'statements.runStatus'>
type RunOutput = NonNullable<RunStatus['result']>

const POLL_MS = 300

/** Statement run: choose the cycle, preview who gets one with totals, then print one PDF. */
export function Statements() {
  const [minDollars, setMinDollars] = useState<number | string>(5)
  const [fromName, setFromName] = useState('')
  const [toName, setToName] = useState('')
  const [skipDays, setSkipDays] = useState<number | string>(28)
  const [cycleDay, setCycleDay] = useState<number | string>('')
  const [preview, setPreview] = useState<Preview | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [job, setJob] = useState<RunStatus | null>(null)
  const [done, setDone] = useState<RunOutput | null>(null)

  const options = () => ({
    minBalanceCents: Math.round(Number(minDollars || 0) * 100),
    fromName: fromName.trim() || undefined,
    toName: toName.trim() || undefined,
    skipBilledWithinDays: Number(skipDays || 0),
    cycleDay: cycleDay === '' ? undefined : Number(cycleDay),
  })

  const doPreview = async () => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      setPreview(await call('statements.preview', options()))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const finished = (run: RunOutput) => {
    setDone(run)
    setPreview(null)
    if (run.count === 0) return
    void printPdf(run.fileName, run.pdfBase64)
      .then((how) => {
        if (how === 'saved') setNotice(`Pop-ups are blocked: ${run.fileName} was saved instead.`)
      })
      .catch((e: unknown) => setError(messageOf(e)))
  }

  const print = async () => {
    setBusy(true)
    setError(null)
    setNotice(null)
    setDone(null)
    try {
      let status = await call('statements.start', options())
      setJob(status)
      while (status.state === 'running') {
        await new Promise((r) => setTimeout(r, POLL_MS))
        status = await call('statements.runStatus', { jobId: status.jobId })
        setJob(status)
      }
      if (status.state === 'completed' && status.result) finished(status.result)
      else if (status.state === 'cancelled')
        setNotice('The run was cancelled: nothing was printed, archived or marked sent.')
      else setError(status.error ?? 'The run stopped.')
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setJob(null)
      setBusy(false)
    }
  }

  const cancel = async () => {
    if (!job) return
    try {
      await call('statements.cancel', { jobId: job.jobId })
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <Stack gap="md">
      <Title order={2}>Statements</Title>
      <Group align="end">
        <NumberInput
          label="Minimum amount due ($)"
          value={minDollars}
          onChange={setMinDollars}
          min={0}
          decimalScale={2}
          w={170}
        />
        <TextInput
          label="Last names from"
          placeholder="A"
          value={fromName}
          onChange={(e) => setFromName(e.currentTarget.value)}
          w={120}
        />
        <TextInput
          label="to"
          placeholder="Z"
          value={toName}
          onChange={(e) => setToName(e.currentTarget.value)}
          w={120}
        />
        <NumberInput
          label="Skip if billed in the last (days)"
          value={skipDays}
          onChange={setSkipDays}
          min={0}
          max={365}
          w={210}
        />
        <NumberInput
          label="Billing cycle day"
          // The cycle day is the day of the month of the account's oldest visit still owing.
          title="Accounts whose oldest visit still owing fell on this day of the month (29–31 count as 28)"
          placeholder="All"
          value={cycleDay}
          onChange={setCycleDay}
          min={1}
          max={28}
          allowDecimal={false}
          w={140}
        />
        <Button onClick={() => void doPreview()} loading={busy} variant="default">
          Preview
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {job && (
        <Stack gap={6} data-testid="statements-progress">
          <Group justify="space-between">
            <Text>
              Printing statement <b>{job.done.toLocaleString('en-US')}</b> of{' '}
              {job.total.toLocaleString('en-US')}… Nothing is marked sent until the run is done.
            </Text>
            <Button color="red" variant="light" onClick={() => void cancel()}>
              Cancel run
            </Button>
          </Group>
          <Progress
            value={job.total ? (100 * job.done) / job.total : 0}
            size="lg"
            aria-label="Statements printed"
          />
        </Stack>
      )}
      {done && (
        <Alert
          color="teal"
          role="status"
          data-testid="statements-done"
          withCloseButton
          onClose={() => setDone(null)}
        >
          <Stack gap="xs">
            <Text size="sm">
              {done.count > 0 ? (
                <>
                  Printed <b>{done.count}</b> statements ({money(done.totalDueCents)} due) into one
                  PDF. They are archived and marked sent.
                  {done.flaggedForCollections.length > 0 &&
                    ` Flagged for collections review: ${done.flaggedForCollections.join(', ')}.`}
                </>
              ) : (
                'No accounts qualified: nothing printed.'
              )}
            </Text>
            {done.count > 0 && (
              <Group gap="xs">
                <Button size="xs" onClick={() => void printPdf(done.fileName, done.pdfBase64)}>
                  Print again
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => downloadPdf(done.fileName, done.pdfBase64)}
                >
                  Save PDF
                </Button>
                <Text size="xs" c="dimmed">
                  {PLAINTEXT_NOTE}
                </Text>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      {preview && !job && (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text>
              <b>{preview.count}</b> statements dated {formatDate(preview.statementDate)}, total due{' '}
              <b data-testid="statements-total">{money(preview.totalDueCents)}</b>
              {preview.skipped.length > 0 && <> · {preview.skipped.length} skipped</>}
            </Text>
            <Button onClick={() => void print()} loading={busy} disabled={preview.count === 0}>
              Print
            </Button>
          </Group>
          <Table striped withTableBorder data-testid="statements-preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Account</Table.Th>
                <Table.Th>Guarantor</Table.Th>
                <Table.Th>Patients</Table.Th>
                <Table.Th ta="right">Insurance pending</Table.Th>
                <Table.Th ta="right">Amount due</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.statements.map((s) => (
                <Table.Tr key={s.accountNo}>
                  <Table.Td>{s.accountNo}</Table.Td>
                  <Table.Td>{s.guarantor}</Table.Td>
                  <Table.Td>{s.patients}</Table.Td>
                  <Table.Td ta="right">{money(s.insurancePendingCents)}</Table.Td>
                  <Table.Td ta="right">{money(s.amountDueCents)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <b>Total</b>
                </Table.Td>
                <Table.Td ta="right">
                  <b>{money(preview.totalDueCents)}</b>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {preview.skipped.length > 0 && (
            <Stack gap={4}>
              <Text fw={600} size="sm">
                Skipped
              </Text>
              {preview.skipped.map((s) => (
                <Text size="sm" key={`${s.accountNo}-${s.reason}`}>
                  <Badge variant="light" mr="xs">
                    {s.accountNo}
                  </Badge>
                  {s.guarantor}: {s.reason}
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  )
}
