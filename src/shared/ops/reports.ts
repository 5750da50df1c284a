import { z } from 'zod'
import { op } from '../op'
import { AGE_BUCKETS } from '../schemas/claim'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-02')
const cents = z.number().int()

/** Date of service, or the day the visit's first claim went out (date of service if never). */
export const AGED_FROM = ['service', 'billed'] as const
export const AGING_BY = ['payer', 'patient'] as const
export const AGING_BALANCES = ['insurance', 'patient', 'all'] as const

/** Five cells, one per AGE_BUCKETS entry, in cents. */
const Buckets = z.array(cents).length(AGE_BUCKETS.length)

export const AgingInput = z.object({
  by: z.enum(AGING_BY).default('payer'),
  asOf: isoDate.optional(),
  agedFrom: z.enum(AGED_FROM).default('service'),
})

export const AgingRow = z.object({
  /** The payer's or the patient's id; null for the row of patient balances in the payer view. */
  id: z.number().int().nullable(),
  label: z.string(),
  /** The patient's account number (patient view). */
  accountNo: z.string().nullable(),
  /** Which balance the row holds: a payer's insurance balance, patient balances, or both. */
  balance: z.enum(AGING_BALANCES),
  buckets: Buckets,
  insuranceCents: cents,
  patientCents: cents,
  totalCents: cents,
})
export type AgingRow = z.infer<typeof AgingRow>

export const AgingReport = z.object({
  asOf: z.string(),
  by: z.enum(AGING_BY),
  agedFrom: z.enum(AGED_FROM),
  buckets: z.array(z.enum(AGE_BUCKETS)),
  rows: z.array(AgingRow),
  totals: z.object({ insurance: Buckets, patient: Buckets, all: Buckets, totalCents: cents }),
  /** Open visits (service dates with a balance) behind the report. */
  openVisits: z.number().int(),
})
export type AgingReport = z.infer<typeof AgingReport>

export const AgingCellInput = z.object({
  asOf: isoDate.optional(),
  agedFrom: z.enum(AGED_FROM).default('service'),
  by: z.enum(AGING_BY),
  /** The row's id (null: the payer view's patient-balance row, or claims not yet billed). */
  id: z.number().int().nullable(),
  /** Which balance of the row: a payer's insurance balance, or the patient balances. */
  balance: z.enum(AGING_BALANCES).default('all'),
  /** Leave out for the row's total. */
  bucket: z.enum(AGE_BUCKETS).optional(),
  limit: z.number().int().min(1).max(2000).default(500),
})

export const AgingClaim = z.object({
  visitId: z.number().int(),
  claimId: z.number().int().nullable(),
  patientControlNumber: z.string().nullable(),
  claimStatus: z.string().nullable(),
  patientId: z.number().int(),
  patientName: z.string(),
  accountNo: z.string(),
  payerName: z.string().nullable(),
  dateOfService: z.string(),
  agedFromDate: z.string(),
  ageDays: z.number().int(),
  insuranceCents: cents,
  patientCents: cents,
})
export type AgingClaim = z.infer<typeof AgingClaim>

export const Period = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'The period must start before it ends', path: ['to'] })

const Ratio = z.object({
  numeratorCents: cents,
  denominatorCents: cents,
  /** Percent with one decimal; null when the denominator is zero. */
  percent: z.number().nullable(),
})

export const KpiFigures = z.object({
  from: z.string(),
  to: z.string(),
  chargesCents: cents,
  contractualCents: cents,
  paymentsCents: cents,
  refundsCents: cents,
  arCents: cents,
  arOver90Cents: cents,
  /** Net A/R ÷ average daily net charges of the 90 days ending with the period. */
  daysInAr: z.number().nullable(),
  arOver90Percent: z.number().nullable(),
  cleanClaims: z.object({ clean: z.number().int(), submitted: z.number().int() }),
  cleanClaimRate: z.number().nullable(),
  firstPass: z.object({
    adjudicated: z.number().int(),
    denied: z.number().int(),
    chargeCents: cents,
    deniedCents: cents,
  }),
  denialRateByCount: z.number().nullable(),
  denialRateByDollars: z.number().nullable(),
  netCollection: Ratio,
  daysToPayment: z.array(
    z.object({
      payerId: z.number().int(),
      payerName: z.string(),
      claims: z.number().int(),
      averageDays: z.number(),
    }),
  ),
})
export type KpiFigures = z.infer<typeof KpiFigures>

export const KpiReport = z.object({
  current: KpiFigures,
  previous: KpiFigures,
  definitions: z.record(z.string(), z.string()),
})
export type KpiReport = z.infer<typeof KpiReport>

const Tally = z.object({ count: z.number().int(), cents })

export const DenialReport = z.object({
  from: z.string(),
  to: z.string(),
  byReason: z.array(Tally.extend({ group: z.string(), code: z.string(), description: z.string() })),
  byPayer: z.array(Tally.extend({ payerId: z.number().int(), payerName: z.string() })),
  byMonth: z.array(Tally.extend({ month: z.string() })),
  total: Tally,
})
export type DenialReport = z.infer<typeof DenialReport>

const Movement = z.object({ chargesCents: cents, paymentsCents: cents, adjustmentsCents: cents })

export const DaySheet = z.object({
  date: z.string(),
  byUser: z.array(Movement.extend({ user: z.string() })),
  totals: Movement,
  deposits: z.array(
    z.object({
      depositId: z.number().int().nullable(),
      depositDate: z.string().nullable(),
      bankReference: z.string(),
      payments: z.array(
        z.object({
          paymentId: z.number().int(),
          source: z.enum(['insurance', 'patient']),
          method: z.string(),
          from: z.string(),
          reference: z.string(),
          amountCents: cents,
          appliedCents: cents,
        }),
      ),
      totalCents: cents,
    }),
  ),
  /** Money received that day: the deposits' totals added up. */
  receivedCents: cents,
  /** Of it, what is applied to visits (it is in `totals.paymentsCents` when posted that day). */
  appliedCents: cents,
  unappliedCents: cents,
})
export type DaySheet = z.infer<typeof DaySheet>

export const ClaimsActivity = z.object({
  from: z.string(),
  to: z.string(),
  weeks: z.array(
    z.object({
      /** The Monday starting the week. */
      week: z.string(),
      submitted: z.number().int(),
      accepted: z.number().int(),
      rejected: z.number().int(),
      paid: z.number().int(),
      paidCents: cents,
    }),
  ),
  unbilled: z.array(
    z.object({
      visitId: z.number().int(),
      patientName: z.string(),
      accountNo: z.string(),
      dateOfService: z.string(),
      status: z.enum(['draft', 'coded']),
      ageDays: z.number().int(),
      totalCents: cents,
    }),
  ),
  unbilledDays: z.number().int(),
})
export type ClaimsActivity = z.infer<typeof ClaimsActivity>

export const CollectionsTrend = z.array(
  z.object({ month: z.string(), chargesCents: cents, paymentsCents: cents }),
)

export const REPORT_NAMES = ['aging', 'kpis', 'denials', 'daysheet', 'activity'] as const

/** Which report to export, with its period, as-of date or day. */
export const ExportInput = z.object({
  report: z.enum(REPORT_NAMES),
  aging: AgingInput.optional(),
  period: z.object({ from: isoDate, to: isoDate }).optional(),
  date: isoDate.optional(),
})

export const reportOps = {
  'reports.aging': op({
    summary: 'A/R aging by payer or by patient, insurance and patient balances by age',
    input: AgingInput,
    output: AgingReport,
    access: 'reports.read',
    audit: 'list-read',
  }),
  'reports.aging.claims': op({
    summary: 'The open visits and their claims behind one aging cell',
    input: AgingCellInput,
    output: z.object({ rows: z.array(AgingClaim), count: z.number().int() }),
    access: 'reports.read',
    audit: 'list-read',
  }),
  'reports.kpis': op({
    summary: 'The billing office KPIs for a period, with the period before it beside them',
    input: Period,
    output: KpiReport,
    access: 'reports.read',
  }),
  'reports.denials': op({
    summary: 'Denials by reason code, by payer and by month',
    input: Period,
    output: DenialReport,
    access: 'reports.read',
  }),
  'reports.daysheet': op({
    summary: 'One day: charges, payments and adjustments by user, payments by deposit',
    input: z.object({ date: isoDate }),
    output: DaySheet,
    access: 'reports.read',
  }),
  'reports.activity': op({
    summary: 'Claims submitted, accepted, rejected and paid by week; visits not yet billed',
    input: z.object({
      from: isoDate,
      to: isoDate,
      unbilledDays: z.number().int().min(0).max(365).default(3),
    }),
    output: ClaimsActivity,
    access: 'reports.read',
  }),
  'reports.collections': op({
    summary: 'Charges and payments by month, for the collections trend',
    input: Period,
    output: CollectionsTrend,
    access: 'reports.read',
  }),
  'reports.csv': op({
    summary: 'A report as CSV text, safe to open in a spreadsheet',
    input: ExportInput,
    output: z.object({ fileName: z.string(), csv: z.string() }),
    access: 'reports.read',
    audit: 'export',
  }),
  'reports.pdf': op({
    summary: 'A report as print-ready PDF: practice header, period, page numbers',
    input: ExportInput,
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    access: 'reports.read',
    audit: 'export',
  }),
}
