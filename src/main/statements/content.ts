/**
 * What a patient statement says, read from the ledger: one statement per guarantor (a family's
 * patients grouped), visits with each service in plain words, what insurance paid and still owes,
 * why the patient owes (from the patient-responsibility reason codes), aging and a message by age.
 * Nothing here draws; pdf.ts prints what this returns.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Address } from '../../shared/schemas/address'
import type { Patient } from '../../shared/schemas/patient'
import { ledgerBook, type LedgerBook } from '../ledger/patientLedger'
import { planStanding, type PlanRow } from '../plans/status'
import { getPractice } from '../registration/practice'
import { readSetting } from '../settings'
import { allRows, storeQuery } from '../store/sync-query'

export interface StatementSettings {
  minBalanceCents: number
  skipBilledWithinDays: number
  collectionsAfterStatements: number
  dueInDays: number
  /** Messages printed by the age of the oldest unpaid balance (days past the visit). */
  dunning: { current: string; d30: string; d60: string; d90: string; d120: string }
}

export const STATEMENT_SETTINGS_KEY = 'statements'

export const DEFAULT_STATEMENT_SETTINGS: StatementSettings = {
  minBalanceCents: 500,
  skipBilledWithinDays: 28,
  collectionsAfterStatements: 3,
  dueInDays: 21,
  dunning: {
    current: 'Thank you for choosing our practice. Please pay the amount due by the due date.',
    d30: 'Your balance is past due. Please send your payment today, or call us with any questions.',
    d60: 'Your balance is more than 60 days old. Please pay now or call us to set up a payment plan.',
    d90: 'Your balance is more than 90 days old. Please call us this week to pay or set up a payment plan.',
    d120: 'Your account is more than 120 days old and will be reviewed for collections. Please call us right away.',
  },
}

export function statementSettings(db: Database.Database): StatementSettings {
  const stored = readSetting<Partial<StatementSettings>>(db, STATEMENT_SETTINGS_KEY) ?? {}
  return {
    ...DEFAULT_STATEMENT_SETTINGS,
    ...stored,
    dunning: { ...DEFAULT_STATEMENT_SETTINGS.dunning, ...(stored.dunning ?? {}) },
  }
}

export interface StatementService {
  code: string
  description: string
  chargeCents: number
}

export interface StatementVisit {
  visitId: number
  dateOfService: string
  provider: string
  services: StatementService[]
  chargeCents: number
  insurancePaidCents: number
  adjustmentCents: number
  patientPaidCents: number
  /** Still with insurance: shown as pending, never as owed. */
  insurancePendingCents: number
  /** What the patient owes on this visit. */
  balanceCents: number
}

export interface StatementPatient {
  patientId: number
  accountNo: string
  name: string
  visits: StatementVisit[]
}

export interface WhyYouOwe {
  words: string
  cents: number
}

export interface Aging {
  currentCents: number
  days31to60Cents: number
  days61to90Cents: number
  over90Cents: number
}

export interface StatementContent {
  accountNo: string
  guarantorPatientId: number
  guarantorName: string
  /** Mailing lines for the recipient window. */
  mailTo: string[]
  practice: { name: string; returnLines: string[]; remitLines: string[]; phone: string }
  statementDate: string
  dueDate: string
  patients: StatementPatient[]
  whyYouOwe: WhyYouOwe[]
  aging: Aging
  insurancePendingCents: number
  creditCents: number
  /** The patient balance less credit on account, never below zero. */
  amountDueCents: number
  message: string
  onHold: boolean
  /** True when every visit with a balance still waits for insurance. */
  allPending: boolean
  /** The active payment plan: the amount due is its installment (and missed ones), not the balance. */
  plan?: StatementPlan | null
}

export interface StatementPlan {
  installmentCents: number
  installmentDue: string | null
  missedCents: number
  /** Owed beyond the plan (a balance that came after it started): due as usual. */
  outsideCents: number
  /** The whole balance, which the amount due is not. */
  balanceCents: number
  /** The words on the statement and the coupon. */
  words: string
}

const PR_WORDS: Record<string, string> = {
  '1': 'Deductible: the part of your plan’s yearly deductible not yet met',
  '2': 'Coinsurance: your share (a percentage) of the allowed amount',
  '3': 'Copay: the fixed amount your plan asks you to pay for the visit',
  '26': 'Not covered: the service was before your coverage started',
  '27': 'Not covered: the service was after your coverage ended',
  '31': 'Not covered: your plan could not identify you as its member',
  '35': 'Not covered: you reached your plan’s lifetime benefit maximum',
  '49': 'Not covered by your plan: a routine or preventive service your plan excludes',
  '50': 'Not covered by your plan: your plan does not consider it medically necessary',
  '96': 'Not covered by your plan',
  '119': 'Not covered: you reached your plan’s benefit maximum for this period',
  '204': 'Not covered by your plan: this service is not a benefit of your plan',
  '242': 'Not covered: the provider is not in your plan’s network',
}

const SELF_PAY = 'Services billed to you directly (no insurance paid on them)'

/** A PR reason code in words a patient understands. */
export function prReasonWords(code: string | null): string {
  if (code === null) return 'Amount your plan says is yours to pay'
  return PR_WORDS[code] ?? `Amount your plan says is yours to pay (reason ${code})`
}

interface PatientRow {
  id: number
  account_no: string
  last_name: string
  first_name: string
  data: string
}

interface Account {
  key: string
  guarantor: { name: string; sortName: string; address: Address; patientId: number }
  patients: PatientRow[]
}

const norm = (s: string | undefined) => (s ?? '').trim().toUpperCase().replace(/\s+/g, ' ')

/** ZIP+4 stored as nine digits prints as 12345-6789. */
export function printedZip(zip: string): string {
  return /^\d{9}$/.test(zip) ? `${zip.slice(0, 5)}-${zip.slice(5)}` : zip
}

/** A phone stored as ten digits prints as (217) 555-0100. */
export function printedPhone(phone: string): string {
  const d = phone.replace(/\D/g, '')
  return d.length === 10 ? `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}` : phone
}

function addressLines(a: Address): string[] {
  const street = [a.street1, a.street2].filter((s) => s && s.trim() !== '').join(', ')
  return [street, `${a.city}, ${a.state} ${printedZip(a.zip)}`]
}

/**
 * Patients grouped by who receives their statements: a patient who is their own guarantor, and
 * every patient naming that same person (same name and address) as guarantor, share one account.
 */
export function guarantorAccounts(db: Database.Database, patientIds?: number[]): Account[] {
  let q = storeQuery
    .selectFrom('patients')
    .select(['id', 'account_no', 'last_name', 'first_name', 'data'])
  if (patientIds) q = q.where('id', 'in', patientIds.length ? patientIds : [-1])
  const rows = allRows(db, q.orderBy('id'))
  const accounts = new Map<string, Account>()
  for (const row of rows) {
    const p = JSON.parse(row.data) as Partial<Patient>
    const g = p.guarantor
    const who =
      g?.kind === 'other'
        ? { last: g.lastName, first: g.firstName, address: g.address }
        : { last: row.last_name, first: row.first_name, address: p.address }
    if (!who.address) continue
    const key = [
      norm(who.last),
      norm(who.first),
      norm(who.address.street1),
      norm(who.address.zip),
    ].join('|')
    let acc = accounts.get(key)
    if (!acc) {
      acc = {
        key,
        guarantor: {
          name: `${who.first} ${who.last}`,
          sortName: `${norm(who.last)} ${norm(who.first)}`,
          address: who.address,
          patientId: row.id,
        },
        patients: [],
      }
      accounts.set(key, acc)
    }
    // The guarantor's own patient record, when there is one, heads the account.
    if (g?.kind !== 'other') acc.guarantor.patientId = row.id
    acc.patients.push(row)
  }
  return [...accounts.values()]
}

/** Days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * When the code tables hold no description (CPT text is licensed and often not imported), the
 * statement still says in plain words what kind of service it was, by the code's range.
 */
const CPT_RANGES: [number, number, string][] = [
  [99202, 99205, 'Office visit, new patient'],
  [99211, 99215, 'Office visit'],
  [99381, 99397, 'Preventive checkup'],
  [99441, 99443, 'Telephone visit'],
  [99281, 99285, 'Emergency department visit'],
  [99221, 99239, 'Hospital visit'],
  [90460, 90474, 'Giving a vaccine'],
  [90476, 90759, 'Vaccine'],
  [36415, 36416, 'Blood draw'],
  [93000, 93010, 'Heart tracing (ECG)'],
  [20600, 20611, 'Joint injection or fluid removal'],
  [80047, 89398, 'Laboratory test'],
  [70010, 79999, 'Imaging (X-ray, scan or ultrasound)'],
  [96360, 96379, 'Injection or infusion'],
  [97010, 97799, 'Physical therapy'],
  [10004, 69990, 'Procedure'],
  [90000, 99999, 'Medical service'],
]

export function plainServiceWords(code: string): string {
  const n = /^\d{5}$/.test(code) ? Number(code) : NaN
  return CPT_RANGES.find(([lo, hi]) => n >= lo && n <= hi)?.[2] ?? 'Medical service'
}

/** Plain words for procedure codes: the imported code tables, newest description first. */
function serviceDescriber(db: Database.Database): (code: string) => string {
  const cache = new Map<string, string>()
  const stmt = db.prepare<[string], { d: string }>(
    `SELECT coalesce(nullif(long_description, ''), short_description) AS d FROM codes
     WHERE code = ? AND code_set IN ('cpt', 'hcpcs') ORDER BY effective_date DESC LIMIT 1`,
  )
  return (code) => {
    if (!code) return 'Medical service'
    let d = cache.get(code)
    if (d === undefined) {
      d = stmt.get(code)?.d ?? plainServiceWords(code)
      cache.set(code, d)
    }
    return d
  }
}

function providerNames(db: Database.Database): (id: number) => string {
  const names = new Map(
    allRows(db, storeQuery.selectFrom('providers').select(['id', 'label'])).map((r) => [
      r.id,
      r.label,
    ]),
  )
  return (id) => names.get(id) ?? ''
}

function dunningMessage(s: StatementSettings, oldestDays: number): string {
  if (oldestDays >= 120) return s.dunning.d120
  if (oldestDays >= 90) return s.dunning.d90
  if (oldestDays >= 60) return s.dunning.d60
  if (oldestDays >= 30) return s.dunning.d30
  return s.dunning.current
}

export interface ContentContext {
  describe: (code: string) => string
  provider: (id: number) => string
  practice: StatementContent['practice']
  settings: StatementSettings
  /** Active payment plans by account number. */
  plans: Map<string, PlanRow>
}

/** The practice as printed on paper: its name, return and remit-to addresses, billing phone. */
export function printedPractice(db: Database.Database): StatementContent['practice'] {
  const view = getPractice(db)
  const profile = view.profile
  const name = profile?.legalName ?? view.name
  const billing = profile ? addressLines(profile.billingAddress as Address) : []
  const remit = profile?.payToAddress ? addressLines(profile.payToAddress) : billing
  return {
    name,
    returnLines: [name, ...billing],
    remitLines: [name, ...remit],
    phone: profile?.phone ? printedPhone(profile.phone) : '',
  }
}

export function contentContext(db: Database.Database): ContentContext {
  return {
    describe: serviceDescriber(db),
    provider: providerNames(db),
    practice: printedPractice(db),
    settings: statementSettings(db),
    plans: new Map(
      allRows(
        db,
        storeQuery.selectFrom('payment_plans').selectAll().where('ended_at', 'is', null),
      ).map((r) => [r.account_no, r]),
    ),
  }
}

/**
 * With an active plan that is not paid off, what is due now is the next installment plus any
 * missed ones, plus whatever is owed outside the plan; never more than the balance itself.
 */
function planDue(
  db: Database.Database,
  row: PlanRow | undefined,
  patientIds: number[],
  statementDate: string,
  balanceDue: number,
): StatementPlan | null {
  if (!row) return null
  const s = planStanding(db, row, patientIds, statementDate)
  if (s.paidOff) return null
  const installmentCents = s.next?.amountCents ?? 0
  const parts = [
    s.next
      ? `Payment plan: installment of ${dollars(installmentCents)} due ${usDate(s.next.dueDate)}`
      : 'Payment plan: every installment is now due',
  ]
  if (s.missedCents > 0) parts.push(`${dollars(s.missedCents)} missed`)
  if (s.outsideCents > 0) parts.push(`${dollars(s.outsideCents)} not in the plan`)
  return {
    installmentCents,
    installmentDue: s.next?.dueDate ?? null,
    missedCents: s.missedCents,
    outsideCents: Math.min(s.outsideCents, balanceDue),
    balanceCents: balanceDue,
    words: parts.join('; '),
  }
}

/** The statement for one guarantor account as of `statementDate`. */
export function statementContent(
  db: Database.Database,
  account: Account,
  statementDate: string,
  ctx: ContentContext = contentContext(db),
  book: LedgerBook = ledgerBook(
    db,
    account.patients.map((p) => p.id),
  ),
): StatementContent {
  const why = new Map<string, number>()
  const aging: Aging = { currentCents: 0, days31to60Cents: 0, days61to90Cents: 0, over90Cents: 0 }
  let pending = 0
  let credit = 0
  let oldest = 0
  let onHold = false
  let visitsWithBalance = 0
  let visitsAllPending = 0
  const patients: StatementPatient[] = []
  for (const row of account.patients) {
    const data = JSON.parse(row.data) as Partial<Patient>
    if (data.statementPreference === 'hold') onHold = true
    const ledger = book.ledger(row.id)
    credit += ledger.creditCents
    const owedVisits = new Set<number>()
    const visits: StatementVisit[] = []
    for (const v of ledger.visits) {
      if (v.patientBalanceCents === 0 && v.insuranceBalanceCents === 0) continue
      const vr = book.visits.get(v.visitId)
      const codes = vr?.lines ?? []
      visits.push({
        visitId: v.visitId,
        dateOfService: v.dateOfService,
        provider: vr ? ctx.provider(vr.renderingProviderId) : '',
        services: v.lines.map((l) => {
          const code = codes[l.lineNo - 1]?.code ?? ''
          return { code, description: ctx.describe(code), chargeCents: l.chargeCents }
        }),
        chargeCents: v.chargeCents,
        insurancePaidCents: v.insurancePaidCents,
        adjustmentCents: v.adjustmentCents,
        patientPaidCents: v.patientPaidCents,
        insurancePendingCents: v.insuranceBalanceCents,
        balanceCents: v.patientBalanceCents,
      })
      pending += v.insuranceBalanceCents
      if (v.patientBalanceCents !== 0 || v.insuranceBalanceCents !== 0) {
        visitsWithBalance++
        if (v.insuranceBalanceCents !== 0) visitsAllPending++
      }
      if (v.patientBalanceCents > 0) {
        owedVisits.add(v.visitId)
        const age = daysBetween(v.dateOfService, statementDate)
        oldest = Math.max(oldest, age)
        if (age <= 30) aging.currentCents += v.patientBalanceCents
        else if (age <= 60) aging.days31to60Cents += v.patientBalanceCents
        else if (age <= 90) aging.days61to90Cents += v.patientBalanceCents
        else aging.over90Cents += v.patientBalanceCents
      }
    }
    for (const l of ledger.lines) {
      if (l.visitId === null || !owedVisits.has(l.visitId)) continue
      if (l.kind === 'patient_responsibility') {
        const words = prReasonWords(l.reasonCode)
        why.set(words, (why.get(words) ?? 0) + l.patientCents)
      } else if (l.kind === 'charge' && l.patientCents !== 0) {
        why.set(SELF_PAY, (why.get(SELF_PAY) ?? 0) + l.patientCents)
      }
    }
    if (visits.length > 0) {
      patients.push({
        patientId: row.id,
        accountNo: row.account_no,
        name: `${row.first_name} ${row.last_name}`,
        visits,
      })
    }
  }
  const patientBalance =
    aging.currentCents + aging.days31to60Cents + aging.days61to90Cents + aging.over90Cents
  const head =
    account.patients.find((p) => p.id === account.guarantor.patientId) ?? account.patients[0]!
  const balanceDue = Math.max(0, patientBalance - credit)
  const plan = planDue(
    db,
    ctx.plans.get(head.account_no),
    account.patients.map((p) => p.id),
    statementDate,
    balanceDue,
  )
  const planAmount = plan ? plan.installmentCents + plan.missedCents + plan.outsideCents : 0
  const dueDate = addDays(statementDate, ctx.settings.dueInDays)
  return {
    accountNo: head.account_no,
    guarantorPatientId: head.id,
    guarantorName: account.guarantor.name,
    mailTo: [account.guarantor.name.toUpperCase(), ...addressLines(account.guarantor.address)],
    practice: ctx.practice,
    statementDate,
    // On a plan kept up to date, pay by the installment's due date; anything missed is due now.
    dueDate: plan?.installmentDue && plan.missedCents === 0 ? plan.installmentDue : dueDate,
    patients,
    whyYouOwe: [...why.entries()]
      .filter(([, c]) => c > 0)
      .map(([words, cents]) => ({ words, cents }))
      .sort((a, b) => b.cents - a.cents),
    aging,
    insurancePendingCents: pending,
    creditCents: credit,
    amountDueCents: plan ? Math.min(balanceDue, planAmount) : balanceDue,
    message:
      plan && plan.missedCents === 0
        ? 'Thank you for keeping to your payment plan. Please pay the installment by its due date.'
        : dunningMessage(ctx.settings, oldest),
    onHold,
    allPending: visitsWithBalance > 0 && visitsAllPending === visitsWithBalance,
    plan,
  }
}

export function dollars(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}$${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`
}

export function usDate(iso: string): string {
  const [y, m, d] = iso.split('-')
  return `${m}/${d}/${y}`
}
