import { z } from 'zod'
import { op } from '../op'
import { centsAmount, optionalCentsAmount } from '../validators/cents'
import { optionalIsoDate } from '../validators/isoDate'
import { recordId } from '../validators/recordId'

export const PATIENT_PAYMENT_METHODS = ['cash', 'check', 'card'] as const
export const PAYMENT_METHOD_LABELS: Record<string, string> = {
  cash: 'Cash',
  check: 'Check',
  card: 'Card',
  eft: 'EFT',
  none: 'No payment',
  other: 'Other',
}
export const WRITE_OFF_CATEGORIES = ['small_balance', 'courtesy', 'bad_debt', 'hardship'] as const
export const WRITE_OFF_CATEGORY_LABELS: Record<(typeof WRITE_OFF_CATEGORIES)[number], string> = {
  small_balance: 'Small balance',
  courtesy: 'Courtesy',
  bad_debt: 'Bad debt',
  hardship: 'Hardship',
}

export const CARD_LAST4_MESSAGE =
  'Enter only the last 4 digits of the card: ClaimDesk never keeps a card number.'

const reason = z
  .string({ error: () => 'Say why, in a few words: the ledger keeps it' })
  .trim()
  .min(3, { error: 'Say why, in a few words: the ledger keeps it' })
  .max(500)

const method = z.enum(PATIENT_PAYMENT_METHODS, { error: () => 'Pick cash, check or card' })
const checkNumber = z.string().trim().max(30).optional()
const cardLast4 = z
  .string()
  .trim()
  .regex(/^\d{4}$/, { error: CARD_LAST4_MESSAGE })
  .optional()
const lineNo = z.number().int().min(1).optional()

export const ChosenVisit = z.object({
  visitId: recordId('visit'),
  lineNo,
  amountCents: centsAmount('Amount for the visit', 1),
})

const Allocation = z.object({
  visitId: z.number().int(),
  lineNo: z.number().int(),
  cents: z.number().int(),
})

export const PaymentRow = z.object({
  paymentId: z.number().int(),
  source: z.enum(['insurance', 'patient']),
  receivedDate: z.string(),
  patientId: z.number().int().nullable(),
  patientName: z.string(),
  accountNo: z.string(),
  payerName: z.string(),
  method: z.string(),
  reference: z.string(),
  cardLast4: z.string().nullable(),
  amountCents: z.number().int(),
  appliedCents: z.number().int(),
  creditCents: z.number().int(),
  refundedCents: z.number().int(),
  depositId: z.number().int().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  memo: z.string(),
  voidable: z.boolean(),
  voided: z.boolean(),
  voidedAt: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
})
export type PaymentRow = z.infer<typeof PaymentRow>

const DepositTotals = {
  cashCents: z.number().int(),
  checkCents: z.number().int(),
  cardCents: z.number().int(),
  otherCents: z.number().int(),
  totalCents: z.number().int(),
  count: z.number().int(),
  checkCount: z.number().int(),
}

export const DepositSummary = z.object({
  depositId: z.number().int(),
  depositDate: z.string(),
  bankReference: z.string(),
  memo: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  ...DepositTotals,
})
export type DepositSummary = z.infer<typeof DepositSummary>
export const DepositDetail = DepositSummary.extend({ payments: z.array(PaymentRow) })
export type DepositDetail = z.infer<typeof DepositDetail>

const LEDGER_KINDS = [
  'charge',
  'insurance_payment',
  'contractual',
  'patient_responsibility',
  'other_adjustment',
  'patient_payment',
  'write_off',
  'refund',
  'transfer',
] as const

export const LedgerLine = z.object({
  entryId: z.number().int(),
  kind: z.enum(LEDGER_KINDS),
  effectiveDate: z.string(),
  postedAt: z.string(),
  postedBy: z.string(),
  visitId: z.number().int().nullable(),
  lineNo: z.number().int().nullable(),
  paymentId: z.number().int().nullable(),
  claimId: z.number().int().nullable(),
  description: z.string(),
  reasonCode: z.string().nullable(),
  memo: z.string(),
  chargeCents: z.number().int(),
  insurancePaidCents: z.number().int(),
  adjustmentCents: z.number().int(),
  patientPaidCents: z.number().int(),
  movedCents: z.number().int(),
  insuranceCents: z.number().int(),
  patientCents: z.number().int(),
  runningInsuranceCents: z.number().int(),
  runningPatientCents: z.number().int(),
  runningBalanceCents: z.number().int(),
  reversesId: z.number().int().nullable(),
  reversed: z.boolean(),
})
export type LedgerLine = z.infer<typeof LedgerLine>

export const LedgerVisit = z.object({
  visitId: z.number().int(),
  dateOfService: z.string(),
  chargeCents: z.number().int(),
  insurancePaidCents: z.number().int(),
  adjustmentCents: z.number().int(),
  patientPaidCents: z.number().int(),
  insuranceBalanceCents: z.number().int(),
  patientBalanceCents: z.number().int(),
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      description: z.string(),
      chargeCents: z.number().int(),
      insuranceBalanceCents: z.number().int(),
      patientBalanceCents: z.number().int(),
    }),
  ),
})
export type LedgerVisit = z.infer<typeof LedgerVisit>

export const PatientLedger = z.object({
  patientId: z.number().int(),
  accountNo: z.string(),
  patientName: z.string(),
  insuranceBalanceCents: z.number().int(),
  patientBalanceCents: z.number().int(),
  creditCents: z.number().int(),
  balanceCents: z.number().int(),
  lines: z.array(LedgerLine),
  visits: z.array(LedgerVisit),
})
export type PatientLedger = z.infer<typeof PatientLedger>

const PatientId = z.object({ patientId: recordId('patient') })
const Posted = z.object({
  patientId: z.number().int(),
  /** What the patient owes after the posting (negative: credit). */
  patientBalanceCents: z.number().int(),
  creditCents: z.number().int(),
})

export const paymentOps = {
  'payments.collect': op({
    summary:
      'Take a patient payment (cash, check, card last 4): pays visits oldest first or the chosen ones; the rest stays on the account as credit',
    input: PatientId.extend({
      amountCents: centsAmount('Amount', 1),
      method,
      checkNumber,
      cardLast4,
      receivedDate: optionalIsoDate('Received date'),
      memo: z.string().trim().max(200).optional(),
      apply: z.enum(['oldest', 'visits', 'credit']).default('oldest'),
      visits: z.array(ChosenVisit).max(200).optional(),
      restToCredit: z.boolean().default(false),
    }),
    output: Posted.extend({
      paymentId: z.number().int(),
      appliedCents: z.number().int(),
      allocations: z.array(Allocation),
    }),
    access: 'payments.collect',
    audit: 'patient-write',
  }),
  'payments.list': op({
    summary: 'Payments received, newest first, by patient, dates, deposit or not yet deposited',
    input: z.object({
      patientId: z.number().int().positive().optional(),
      from: optionalIsoDate('From date'),
      to: optionalIsoDate('To date'),
      depositId: z.number().int().positive().optional(),
      undeposited: z.boolean().optional(),
      includeVoided: z.boolean().optional(),
      limit: z.number().int().min(1).max(5000).default(500),
    }),
    output: z.object({ rows: z.array(PaymentRow), totalCents: z.number().int() }),
    access: 'payments.read',
  }),
  'payments.void': op({
    summary:
      'Void a patient payment entered by mistake: its ledger lines are reversed, not deleted',
    input: z.object({ paymentId: recordId('payment'), reason }),
    output: Posted.extend({ paymentId: z.number().int(), reversedLines: z.number().int() }),
    access: 'payments.adjust',
    audit: 'patient-write',
  }),
  'payments.refund': op({
    summary: "Give back the patient's unapplied credit (cash, check or card)",
    input: PatientId.extend({
      amountCents: centsAmount('Refund amount', 1),
      method,
      checkNumber,
      cardLast4,
      date: optionalIsoDate('Refund date'),
      reason,
    }),
    output: Posted.extend({ refundedCents: z.number().int() }),
    access: 'payments.adjust',
    audit: 'patient-write',
  }),
  'payments.writeOff': op({
    summary:
      'Write off what the patient owes on a visit: small balance, courtesy, bad debt, hardship',
    input: PatientId.extend({
      visitId: recordId('visit'),
      lineNo,
      amountCents: optionalCentsAmount('Write-off amount', 1),
      category: z.enum(WRITE_OFF_CATEGORIES, {
        error: () => 'Pick the kind of write-off: small balance, courtesy, bad debt or hardship',
      }),
      reason,
      date: optionalIsoDate('Write-off date'),
    }),
    output: Posted.extend({ writtenOffCents: z.number().int() }),
    access: 'payments.adjust',
    audit: 'patient-write',
  }),
  'payments.transfer': op({
    summary:
      'Move a patient payment between visits (or to credit), or move a balance between insurance and the patient',
    input: z.discriminatedUnion('kind', [
      PatientId.extend({
        kind: z.literal('payment'),
        fromVisitId: recordId('visit'),
        fromLineNo: lineNo,
        toVisitId: recordId('visit').nullable(),
        toLineNo: lineNo,
        amountCents: centsAmount('Amount to move', 1),
        reason,
        date: optionalIsoDate('Transfer date'),
      }),
      PatientId.extend({
        kind: z.literal('responsibility'),
        visitId: recordId('visit'),
        lineNo,
        direction: z.enum(['toPatient', 'toInsurance']),
        amountCents: centsAmount('Amount to move', 1),
        reason,
        date: optionalIsoDate('Transfer date'),
      }),
    ]),
    output: Posted.extend({ lines: z.number().int() }),
    access: 'payments.adjust',
    audit: 'patient-write',
  }),
  'payments.applyCredit': op({
    summary: 'Apply unapplied credit to visit balances, oldest first or to the chosen visits',
    input: PatientId.extend({
      visits: z.array(ChosenVisit).max(200).optional(),
      amountCents: optionalCentsAmount('Amount to apply', 1),
    }),
    output: Posted.extend({ appliedCents: z.number().int() }),
    access: 'payments.collect',
    audit: 'patient-write',
  }),
  'deposits.create': op({
    summary:
      'Make a deposit (bank slip) of payments not yet deposited, with totals by method; all received by the date when none are chosen',
    input: z.object({
      depositDate: optionalIsoDate('Deposit date'),
      paymentIds: z.array(recordId('payment')).max(10_000).optional(),
      bankReference: z.string().trim().max(60).optional(),
      memo: z.string().trim().max(200).optional(),
    }),
    output: DepositDetail,
    access: 'payments.collect',
  }),
  'deposits.list': op({
    summary: 'Deposits, newest first, with their totals by method',
    input: z.object({
      from: optionalIsoDate('From date'),
      to: optionalIsoDate('To date'),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.object({ rows: z.array(DepositSummary) }),
    access: 'payments.read',
  }),
  'deposits.get': op({
    summary: 'One deposit with its payments and totals by method',
    input: z.object({ depositId: recordId('deposit') }),
    output: DepositDetail,
    access: 'payments.read',
  }),
  'ledger.patient': op({
    summary:
      "A patient's ledger: every line with running balance, insurance vs patient balance, and per visit",
    input: z.union([
      PatientId,
      z.object({ accountNo: z.string().trim().min(1, 'Enter the account number').max(30) }),
    ]),
    output: PatientLedger,
    access: 'payments.read',
    audit: 'patient-read',
  }),
  'ledger.visit': op({
    summary: "One visit's ledger lines and balances",
    input: z.object({ visitId: recordId('visit') }),
    output: PatientLedger,
    access: 'payments.read',
    audit: 'patient-read',
  }),
}
