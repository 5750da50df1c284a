import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useCallback, useState } from 'react'
import { formatDate } from '../../../../shared/usFormat'
import type { PatientSummary } from '../../../../shared/ops/patients'
import type { LedgerVisit, PaymentRow } from '../../../../shared/ops/payments'
import { PAYMENT_METHOD_LABELS } from '../../../../shared/ops/payments'
import { localIsoDate } from '../../../../shared/validators/isoDate'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { patientHref } from '../patients/patientRoute'
import { Deposits } from './Deposits'
import { money } from './money'
import { PatientPicker } from './PatientPicker'
import { PaymentForm } from './PaymentForm'
import { VoidDialog, type Voidable } from './VoidDialog'

/** The front desk's cash drawer: take payments, see today's, void mistakes, make the deposit. */
export function Payments() {
  const { session } = useSession()
  const [version, setVersion] = useState(0)
  const [notice, setNotice] = useState<string | null>(null)
  const [voiding, setVoiding] = useState<Voidable | null>(null)
  const changed = (message: string) => {
    setNotice(message)
    setVersion((n) => n + 1)
  }
  return (
    <Stack gap="md" maw={1250}>
      <Title order={2}>Payments</Title>
      {notice && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          data-testid="payments-notice"
          withCloseButton
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      {may(session, 'payments.collect') && <TakePayment onPosted={changed} />}
      <TodaysPayments
        key={`today-${version}`}
        canVoid={may(session, 'payments.adjust')}
        onVoid={setVoiding}
      />
      <Deposits
        canDeposit={may(session, 'payments.collect')}
        version={version}
        onDeposited={() => setVersion((n) => n + 1)}
      />
      <VoidDialog
        payment={voiding}
        onClose={() => setVoiding(null)}
        onVoided={(m) => {
          setVoiding(null)
          changed(m)
        }}
      />
    </Stack>
  )
}

function TakePayment({ onPosted }: { onPosted: (message: string) => void }) {
  const [patient, setPatient] = useState<PatientSummary | null>(null)
  const [visits, setVisits] = useState<LedgerVisit[] | null>(null)
  const [owes, setOwes] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const pick = async (p: PatientSummary) => {
    try {
      const l = await call('ledger.patient', { patientId: p.patientId })
      setPatient(p)
      setVisits(l.visits)
      setOwes(l.patientBalanceCents)
      setError(null)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3}>Take a patient payment</Title>
        {error && <Alert color="red">{error}</Alert>}
        {patient && visits ? (
          <>
            <Group gap="sm">
              <Text fw={600} data-testid="paying-patient">
                {patient.lastName}, {patient.firstName}
              </Text>
              <Text c="dimmed">Account {patient.accountNo}</Text>
              <Badge variant="light" color={owes > 0 ? 'orange' : 'teal'}>
                {owes < 0 ? `Credit ${money(-owes)}` : `Patient owes ${money(owes)}`}
              </Badge>
              <Anchor
                size="sm"
                href={patientHref({
                  kind: 'detail',
                  patientId: patient.patientId,
                  place: { tab: 'ledger', order: null, focus: null },
                })}
              >
                Open ledger
              </Anchor>
              <Button size="compact-xs" variant="subtle" onClick={() => setPatient(null)}>
                Another patient
              </Button>
            </Group>
            <PaymentForm
              key={patient.patientId}
              patientId={patient.patientId}
              visits={visits}
              onCancel={() => setPatient(null)}
              onPosted={(r) => {
                setPatient(null)
                onPosted(
                  `Payment #${r.paymentId} posted for ${patient.lastName}, ${patient.firstName}: ${money(r.appliedCents)} applied${r.creditCents > 0 ? `, ${money(r.creditCents)} on account as credit` : ''}. Patient now owes ${money(Math.max(0, r.patientBalanceCents))}.`,
                )
              }}
            />
          </>
        ) : (
          <PatientPicker onPick={(p) => void pick(p)} />
        )}
      </Stack>
    </Card>
  )
}

function how(p: PaymentRow): string {
  if (p.method === 'check') return `Check ${p.reference}`
  if (p.method === 'card') return `Card …${p.cardLast4 ?? ''}`
  return PAYMENT_METHOD_LABELS[p.method] ?? p.method
}

function TodaysPayments({
  canVoid,
  onVoid,
}: {
  canVoid: boolean
  onVoid: (payment: Voidable) => void
}) {
  const today = localIsoDate(new Date())
  const load = useCallback(
    () => call('payments.list', { from: today, to: today, includeVoided: true }),
    [today],
  )
  const list = useLoad(load)
  const rows = list.data?.rows ?? []
  return (
    <Stack gap="sm">
      <Title order={3}>Today’s payments ({formatDate(today)})</Title>
      {list.error && <Alert color="red">{list.error}</Alert>}
      {rows.length === 0 ? (
        <Text c="dimmed">No payments received today.</Text>
      ) : (
        <Table withTableBorder striped fz="sm" aria-label="Today’s payments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>Patient / payer</Table.Th>
              <Table.Th>Method</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th ta="right">Applied</Table.Th>
              <Table.Th ta="right">Credit</Table.Th>
              <Table.Th>Deposit</Table.Th>
              <Table.Th>Taken by</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.paymentId} c={p.voided ? 'dimmed' : undefined}>
                <Table.Td>{p.paymentId}</Table.Td>
                <Table.Td>
                  {p.source === 'patient' ? `${p.patientName} (${p.accountNo})` : p.payerName}
                </Table.Td>
                <Table.Td>{how(p)}</Table.Td>
                <Table.Td ta="right" td={p.voided ? 'line-through' : undefined}>
                  {money(p.amountCents)}
                </Table.Td>
                <Table.Td ta="right">{money(p.appliedCents)}</Table.Td>
                <Table.Td ta="right">{money(p.creditCents)}</Table.Td>
                <Table.Td>
                  {p.voided ? (
                    <Badge color="red" variant="light" title={p.voidReason ?? ''}>
                      Void
                    </Badge>
                  ) : p.depositId !== null ? (
                    `#${p.depositId}`
                  ) : (
                    'Not yet'
                  )}
                </Table.Td>
                <Table.Td>{p.recordedBy}</Table.Td>
                <Table.Td>
                  {canVoid && p.voidable && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Void payment #${p.paymentId}`}
                      onClick={() =>
                        onVoid({
                          paymentId: p.paymentId,
                          source: p.source,
                          ...(p.source === 'insurance'
                            ? { label: `check ${p.reference} from ${p.payerName}` }
                            : {}),
                        })
                      }
                    >
                      Void
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
