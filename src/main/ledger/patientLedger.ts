/**
 * The patient ledger as a biller reads it: every line in date order with what it charged, what
 * insurance paid, what was adjusted, what the patient paid, and the running balance; balances
 * split between insurance and patient, and grouped per visit.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import type { LedgerKind } from '../store/schema-ledger'
import { allRows, firstRow, storeQuery } from '../store/sync-query'

export interface LedgerLine {
  entryId: number
  kind: LedgerKind
  effectiveDate: string
  postedAt: string
  postedBy: string
  visitId: number | null
  lineNo: number | null
  paymentId: number | null
  claimId: number | null
  description: string
  reasonCode: string | null
  memo: string
  chargeCents: number
  insurancePaidCents: number
  adjustmentCents: number
  patientPaidCents: number
  /** Moves between insurance and patient, or between visits: no money in or out. */
  movedCents: number
  insuranceCents: number
  patientCents: number
  runningInsuranceCents: number
  runningPatientCents: number
  runningBalanceCents: number
  reversesId: number | null
  reversed: boolean
}

export interface LedgerVisitLine {
  lineNo: number
  description: string
  chargeCents: number
  insuranceBalanceCents: number
  patientBalanceCents: number
}

export interface LedgerVisit {
  visitId: number
  dateOfService: string
  chargeCents: number
  insurancePaidCents: number
  adjustmentCents: number
  patientPaidCents: number
  insuranceBalanceCents: number
  patientBalanceCents: number
  lines: LedgerVisitLine[]
}

export interface PatientLedger {
  patientId: number
  accountNo: string
  patientName: string
  insuranceBalanceCents: number
  patientBalanceCents: number
  /** Unapplied credit on the account (positive when the patient has money on account). */
  creditCents: number
  balanceCents: number
  lines: LedgerLine[]
  visits: LedgerVisit[]
}

const KIND_WORDS: Record<LedgerKind, string> = {
  charge: 'Charge',
  insurance_payment: 'Insurance payment',
  contractual: 'Contractual adjustment',
  patient_responsibility: 'Patient responsibility',
  other_adjustment: 'Adjustment',
  patient_payment: 'Patient payment',
  write_off: 'Write-off',
  refund: 'Refund',
  transfer: 'Transfer',
}

/** Minus, without the -0 that JSON and equality checks trip over. */
const minus = (c: number) => (c === 0 ? 0 : -c)

function columns(kind: LedgerKind, ins: number, pat: number) {
  const total = ins + pat
  const zero = {
    chargeCents: 0,
    insurancePaidCents: 0,
    adjustmentCents: 0,
    patientPaidCents: 0,
    movedCents: 0,
  }
  switch (kind) {
    case 'charge':
      return { ...zero, chargeCents: total }
    case 'insurance_payment':
      return { ...zero, insurancePaidCents: minus(total) }
    case 'contractual':
    case 'other_adjustment':
    case 'write_off':
      return { ...zero, adjustmentCents: minus(total) }
    case 'patient_payment':
    case 'refund':
      return { ...zero, patientPaidCents: minus(total) }
    default:
      return { ...zero, movedCents: Math.abs(pat) }
  }
}

export function patientLedger(
  db: Database.Database,
  patientId: number,
  visitId?: number,
): PatientLedger {
  const patient = firstRow(
    db,
    storeQuery
      .selectFrom('patients')
      .select(['account_no', 'first_name', 'last_name'])
      .where('id', '=', patientId),
  )
  if (!patient) throw new DomainError('not_found', `There is no patient #${patientId}.`)
  let q = storeQuery
    .selectFrom('ledger_entries as l')
    .selectAll('l')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('ledger_entries as r')
            .select('r.id')
            .whereRef('r.reverses_id', '=', 'l.id'),
        )
        .as('was_reversed'),
    )
    .where('l.patient_id', '=', patientId)
  if (visitId !== undefined) q = q.where('l.visit_id', '=', visitId)
  const rows = allRows(db, q.orderBy('l.effective_date').orderBy('l.id'))
  let runIns = 0
  let runPat = 0
  const lines: LedgerLine[] = rows.map((r) => {
    runIns += r.insurance_cents
    runPat += r.patient_cents
    const words = r.reverses_id !== null ? `Reversal of line #${r.reverses_id}` : KIND_WORDS[r.kind]
    return {
      entryId: r.id,
      kind: r.kind,
      effectiveDate: r.effective_date,
      postedAt: r.posted_at,
      postedBy: r.posted_by,
      visitId: r.visit_id,
      lineNo: r.line_no,
      paymentId: r.payment_id,
      claimId: r.claim_id,
      description: [words, r.source, r.memo].filter((s) => s !== '').join(' — '),
      reasonCode: r.reason_code,
      memo: r.memo,
      ...columns(r.kind, r.insurance_cents, r.patient_cents),
      insuranceCents: r.insurance_cents,
      patientCents: r.patient_cents,
      runningInsuranceCents: runIns,
      runningPatientCents: runPat,
      runningBalanceCents: runIns + runPat,
      reversesId: r.reverses_id,
      reversed: Boolean(r.was_reversed),
    }
  })
  const dates = new Map(
    allRows(
      db,
      storeQuery
        .selectFrom('visits')
        .select(['id', 'date_of_service', 'data'])
        .where('patient_id', '=', patientId),
    ).map((v) => [v.id, v]),
  )
  const byVisit = new Map<number, LedgerVisit>()
  for (const l of lines) {
    if (l.visitId === null) continue
    let v = byVisit.get(l.visitId)
    if (!v) {
      v = {
        visitId: l.visitId,
        dateOfService: dates.get(l.visitId)?.date_of_service ?? '',
        chargeCents: 0,
        insurancePaidCents: 0,
        adjustmentCents: 0,
        patientPaidCents: 0,
        insuranceBalanceCents: 0,
        patientBalanceCents: 0,
        lines: [],
      }
      byVisit.set(l.visitId, v)
    }
    v.chargeCents += l.chargeCents
    v.insurancePaidCents += l.insurancePaidCents
    v.adjustmentCents += l.adjustmentCents
    v.patientPaidCents += l.patientPaidCents
    v.insuranceBalanceCents += l.insuranceCents
    v.patientBalanceCents += l.patientCents
    if (l.lineNo !== null) {
      let line = v.lines.find((x) => x.lineNo === l.lineNo)
      if (!line) {
        line = {
          lineNo: l.lineNo,
          description: serviceLineWords(dates.get(l.visitId)?.data, l.lineNo),
          chargeCents: 0,
          insuranceBalanceCents: 0,
          patientBalanceCents: 0,
        }
        v.lines.push(line)
      }
      line.chargeCents += l.chargeCents
      line.insuranceBalanceCents += l.insuranceCents
      line.patientBalanceCents += l.patientCents
    }
  }
  const visits = [...byVisit.values()].sort(
    (a, b) => a.dateOfService.localeCompare(b.dateOfService) || a.visitId - b.visitId,
  )
  for (const v of visits) v.lines.sort((a, b) => a.lineNo - b.lineNo)
  const credit = minus(
    lines.filter((l) => l.visitId === null).reduce((s, l) => s + l.patientCents, 0),
  )
  return {
    patientId,
    accountNo: patient.account_no,
    patientName: `${patient.last_name}, ${patient.first_name}`,
    insuranceBalanceCents: runIns,
    patientBalanceCents: runPat,
    creditCents: credit,
    balanceCents: runIns + runPat,
    lines,
    visits,
  }
}

function serviceLineWords(data: string | undefined, lineNo: number): string {
  if (!data) return ''
  try {
    const visit = JSON.parse(data) as { lines?: { code?: string; modifiers?: string[] }[] }
    const line = visit.lines?.[lineNo - 1]
    return line ? [line.code ?? '', ...(line.modifiers ?? [])].join(' ').trim() : ''
  } catch {
    return ''
  }
}

/** A patient found by account number, as printed on statements. */
export function patientByAccount(db: Database.Database, accountNo: string): number {
  const row = firstRow(
    db,
    storeQuery.selectFrom('patients').select('id').where('account_no', '=', accountNo.trim()),
  )
  if (!row) throw new DomainError('not_found', `There is no patient with account ${accountNo}.`)
  return row.id
}
