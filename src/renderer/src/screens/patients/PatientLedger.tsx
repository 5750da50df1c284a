import { leaveIfConfirmed } from '../../forms/unsaved'
import { formatDate } from '../../../../shared/usFormat'
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useCallback, useState } from 'react'
import type { PatientLedger as Ledger } from '../../../../shared/ops/payments'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { RefundForm, WriteOffForm } from '../payments/AdjustForms'
import { money, moneyOrBlank } from '../payments/money'
import { PaymentForm } from '../payments/PaymentForm'

interface Props {
  patientId: number
  /** After anything posted, so the header's balance follows. */
  onChanged: () => void
}

type Dialog = 'payment' | 'writeOff' | 'refund' | null

/** Which service a ledger line is for: "DOS 2026-02-20 · 99213", or the account (credit). */
function lineLabel(l: Ledger, visitId: number | null, lineNo: number | null): string {
  if (visitId === null) return 'Account (credit)'
  const visit = l.visits.find((v) => v.visitId === visitId)
  const service = visit?.lines.find((x) => x.lineNo === lineNo)?.description
  return `DOS ${visit?.dateOfService ?? ''}${service ? ` · ${service}` : lineNo ? ` · line ${lineNo}` : ''}`
}

/** The patient's ledger: every line with a running balance, and what is owed per visit. */
export function PatientLedger({ patientId, onChanged }: Props) {
  const { session } = useSession()
  const load = useCallback(() => call('ledger.patient', { patientId }), [patientId])
  const ledger = useLoad<Ledger>(load)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (ledger.error) return <Alert color="red">{ledger.error}</Alert>
  const l = ledger.data
  if (!l) return <Loader size="sm" aria-label="Loading the ledger" />

  const done = (message: string) => {
    setDialog(null)
    setNotice(message)
    setError(null)
    void ledger.reload()
    onChanged()
  }
  const applyCredit = async () => {
    try {
      const r = await call('payments.applyCredit', { patientId })
      done(`Applied ${money(r.appliedCents)} of credit. Credit left: ${money(r.creditCents)}.`)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  const owes = l.visits.some((v) => v.patientBalanceCents > 0)

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Badge size="lg" variant="light" color="blue" data-testid="ledger-insurance-balance">
          Insurance owes {money(l.insuranceBalanceCents)}
        </Badge>
        <Badge
          size="lg"
          variant="light"
          color={l.patientBalanceCents > 0 ? 'orange' : 'teal'}
          data-testid="ledger-patient-balance"
        >
          Patient owes {money(Math.max(0, l.patientBalanceCents + l.creditCents))}
        </Badge>
        {l.creditCents > 0 && (
          <Badge size="lg" variant="light" color="grape" data-testid="ledger-credit">
            Unapplied credit {money(l.creditCents)}
          </Badge>
        )}
        <Text fw={600}>Account balance {money(l.balanceCents)}</Text>
      </Group>
      <Group gap="xs">
        {may(session, 'payments.collect') && (
          <Button size="xs" onClick={() => setDialog('payment')}>
            Take payment
          </Button>
        )}
        {may(session, 'payments.collect') && l.creditCents > 0 && owes && (
          <Button size="xs" variant="default" onClick={() => void applyCredit()}>
            Apply credit to balances
          </Button>
        )}
        {may(session, 'payments.adjust') && owes && (
          <Button size="xs" variant="default" onClick={() => setDialog('writeOff')}>
            Write off
          </Button>
        )}
        {may(session, 'payments.adjust') && l.creditCents > 0 && (
          <Button size="xs" variant="default" onClick={() => setDialog('refund')}>
            Refund credit
          </Button>
        )}
      </Group>
      {notice && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}

      <Title order={4}>By visit</Title>
      {l.visits.length === 0 ? (
        <Text c="dimmed">No visit has been billed yet.</Text>
      ) : (
        <Table withTableBorder striped fz="sm" aria-label="Balances by visit">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date of service</Table.Th>
              <Table.Th>Services</Table.Th>
              <Table.Th ta="right">Charges</Table.Th>
              <Table.Th ta="right">Insurance paid</Table.Th>
              <Table.Th ta="right">Adjustments</Table.Th>
              <Table.Th ta="right">Patient paid</Table.Th>
              <Table.Th ta="right">Insurance owes</Table.Th>
              <Table.Th ta="right">Patient owes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {l.visits.map((v) => (
              <Table.Tr key={v.visitId}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(v.dateOfService)}</Table.Td>
                <Table.Td>{v.lines.map((x) => x.description).join(', ')}</Table.Td>
                <Table.Td ta="right">{money(v.chargeCents)}</Table.Td>
                <Table.Td ta="right">{moneyOrBlank(v.insurancePaidCents)}</Table.Td>
                <Table.Td ta="right">{moneyOrBlank(v.adjustmentCents)}</Table.Td>
                <Table.Td ta="right">{moneyOrBlank(v.patientPaidCents)}</Table.Td>
                <Table.Td ta="right">{money(v.insuranceBalanceCents)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {money(v.patientBalanceCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={4}>Ledger lines</Title>
      <Table withTableBorder striped fz="sm" aria-label="Ledger lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Service</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th ta="right">Charge</Table.Th>
            <Table.Th ta="right">Insurance paid</Table.Th>
            <Table.Th ta="right">Adjustments</Table.Th>
            <Table.Th ta="right">Patient paid</Table.Th>
            <Table.Th ta="right">Insurance balance</Table.Th>
            <Table.Th ta="right">Patient balance</Table.Th>
            <Table.Th ta="right">Balance</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {l.lines.map((x) => (
            <Table.Tr
              key={x.entryId}
              c={x.reversed || x.reversesId !== null ? 'dimmed' : undefined}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(x.effectiveDate)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {lineLabel(l, x.visitId, x.lineNo)}
              </Table.Td>
              <Table.Td>
                {x.description}
                {x.reversed && ' (reversed)'}
              </Table.Td>
              <Table.Td ta="right">{moneyOrBlank(x.chargeCents)}</Table.Td>
              <Table.Td ta="right">{moneyOrBlank(x.insurancePaidCents)}</Table.Td>
              <Table.Td ta="right">{moneyOrBlank(x.adjustmentCents)}</Table.Td>
              <Table.Td ta="right">{moneyOrBlank(x.patientPaidCents)}</Table.Td>
              <Table.Td ta="right">{money(x.runningInsuranceCents)}</Table.Td>
              <Table.Td ta="right">{money(x.runningPatientCents)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {money(x.runningBalanceCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Modal
        opened={dialog === 'payment'}
        onClose={leaveIfConfirmed(() => setDialog(null))}
        title="Take a patient payment"
        size="lg"
      >
        {dialog === 'payment' && (
          <PaymentForm
            patientId={patientId}
            visits={l.visits}
            onCancel={() => setDialog(null)}
            onPosted={(r) =>
              done(
                `Payment #${r.paymentId} posted: ${money(r.appliedCents)} applied${r.creditCents > 0 ? `, ${money(r.creditCents)} on account as credit` : ''}.`,
              )
            }
          />
        )}
      </Modal>
      <Modal
        opened={dialog === 'writeOff'}
        onClose={leaveIfConfirmed(() => setDialog(null))}
        title="Write off a patient balance"
        size="lg"
      >
        {dialog === 'writeOff' && (
          <WriteOffForm
            patientId={patientId}
            visits={l.visits}
            onDone={done}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
      <Modal
        opened={dialog === 'refund'}
        onClose={leaveIfConfirmed(() => setDialog(null))}
        title="Refund credit"
        size="md"
      >
        {dialog === 'refund' && (
          <RefundForm
            patientId={patientId}
            creditCents={l.creditCents}
            onDone={done}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </Stack>
  )
}
