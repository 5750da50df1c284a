import { Badge, Group, Stack, Text, Title } from '@mantine/core'
import { useCallback } from 'react'
import type { PatientDetail } from '../../../../shared/ops/patients'
import type { PatientLedger } from '../../../../shared/ops/payments'
import { formatDate } from '../../../../shared/usFormat'
import { coverageCovers } from '../../../../shared/validators/coveragePeriod'
import { localIsoDate } from '../../../../shared/validators/isoDate'
import { call } from '../../api'
import { personName } from '../../components/PatientDemographicsView'
import { useLoad } from '../../useLoad'
import { money } from '../payments/money'
import { PatientBalanceBadge } from './PatientBalanceBadge'

interface Props {
  detail: PatientDetail
  /** Balances and plan are shown only to those who may read payments. */
  canSeeMoney: boolean
}

/**
 * The chart's header, whatever tab is open: who the patient is, who pays (primary and secondary
 * insurance in force today), what the account owes split patient / insurance, and what needs
 * attention before taking a payment or a call — a plan behind, statements on hold, credit on file.
 */
export function PatientHeader({ detail: d, canSeeMoney }: Props) {
  const today = localIsoDate(new Date())
  const inForce = d.coverages.filter((c) => coverageCovers(c.coverage, today))
  const primary = inForce.find((c) => c.coverage.order === 'primary')
  const secondary = inForce.find((c) => c.coverage.order === 'secondary')
  const endedOnly = !primary && d.coverages.some((c) => c.coverage.order === 'primary')

  return (
    <Stack gap={4} data-testid="patient-header">
      <Group gap="sm" align="baseline">
        <Title order={2} data-testid="patient-name">
          {personName(d.patient)}
        </Title>
        <Text c="dimmed" size="sm">
          Account <span data-testid="account-no">{d.accountNo}</span> · DOB{' '}
          {formatDate(d.patient.dob)} · {d.patient.sex}
        </Text>
      </Group>
      <Group gap="xs" data-testid="patient-header-facts">
        {primary ? (
          <Badge variant="light" title="Primary insurance in force today">
            {primary.payerName}
            {primary.coverage.memberId && ` · ${primary.coverage.memberId}`}
          </Badge>
        ) : (
          <Badge variant="light" color="gray">
            Self-pay
          </Badge>
        )}
        {secondary && (
          <Badge variant="outline" title="Secondary insurance in force today">
            2nd: {secondary.payerName}
          </Badge>
        )}
        {endedOnly && (
          <Badge color="red" variant="filled" data-testid="alert-coverage-ended">
            Primary coverage ended
          </Badge>
        )}
        {d.patient.statementPreference === 'hold' && (
          <Badge color="orange" variant="filled" data-testid="alert-statements-hold">
            Statements on hold
          </Badge>
        )}
        {canSeeMoney && <MoneyFacts patientId={d.patientId} accountNo={d.accountNo} />}
      </Group>
    </Stack>
  )
}

/** Balances, credit and payment plan: read from the ledger and the plan, as their tabs do. */
function MoneyFacts({ patientId, accountNo }: { patientId: number; accountNo: string }) {
  const loadLedger = useCallback(() => call('ledger.patient', { patientId }), [patientId])
  const ledger = useLoad<PatientLedger>(loadLedger).data
  const loadPlan = useCallback(() => call('plans.show', { accountNo }), [accountNo])
  const plan = useLoad(loadPlan).data?.active
  return (
    <>
      {ledger && <PatientBalanceBadge ledger={ledger} />}
      {ledger && (
        <Badge variant="light" color="blue" data-testid="insurance-balance">
          Insurance {money(ledger.insuranceBalanceCents)}
        </Badge>
      )}
      {/* Credit held while the patient still owes: it should be applied to what is owed. */}
      {ledger && ledger.creditCents > 0 && ledger.patientBalanceCents >= 0 && (
        <Badge color="grape" variant="filled" data-testid="alert-credit">
          Unapplied credit {money(ledger.creditCents)}
        </Badge>
      )}
      {plan &&
        (plan.behind ? (
          <Badge color="red" variant="filled" data-testid="alert-plan-behind">
            Payment plan behind
          </Badge>
        ) : (
          <Badge color="blue" variant="outline" data-testid="patient-plan">
            On a payment plan
          </Badge>
        ))}
    </>
  )
}
