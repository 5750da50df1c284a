/**
 * The patient ledger as a biller reads it: every line in date order with what it charged, what
 * insurance paid, what was adjusted, what the patient paid, and the running balance; balances
 * split between insurance and patient, and grouped per visit.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import { eraFileWords } from '../remits/ledger'
import type { LedgerKind } from '../store/schema-ledger'
import { allRows, firstRow, storeQuery } from '../store/sync-query'
import { ofPatients } from './ofPatients'

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

/** A visit as the ledger shows it: its date, its doctor and its service lines, parsed once. */
export interface LedgerVisitInfo {
  dateOfService: string
  renderingProviderId: number
  lines: { code?: string; modifiers?: string[] }[]
}

type EntryRow = ReturnType<typeof entryRows>[number]

function entryRows(db: Database.Database, patientIds: number[], visitId?: number) {
  let q = storeQuery
    .selectFrom('ledger_entries as l')
    .leftJoin('payments as p', 'p.id', 'l.payment_id')
    .leftJoin('inbound_files as f', 'f.id', 'p.inbound_file_id')
    .leftJoin('claims as c', 'c.id', 'l.claim_id')
    .selectAll('l')
    .select(['f.id as file_id', 'f.original_name as file_name', 'c.patient_control_number'])
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
    .where((eb) => ofPatients(eb, patientIds))
  if (visitId !== undefined) q = q.where('l.visit_id', '=', visitId)
  // Each patient's lines are picked out in order afterwards (ledgerBook).
  return allRows(db, q.orderBy('l.effective_date').orderBy('l.id'))
}

/** IN lists stay short enough to keep few distinct statements in the prepared cache. */
const BATCH = 500

/**
 * The ledgers of many patients read in a few queries (a statement run reads every account's):
 * each patient's lines, and every visit they touch parsed once.
 */
export function ledgerBook(db: Database.Database, patientIds: readonly number[], visitId?: number) {
  const patients = new Map<number, { account_no: string; first_name: string; last_name: string }>()
  const entries = new Map<number, EntryRow[]>()
  const visits = new Map<number, LedgerVisitInfo>()
  const ids = [...new Set(patientIds)]
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH)
    for (const p of allRows(
      db,
      storeQuery
        .selectFrom('patients')
        .select(['id', 'account_no', 'first_name', 'last_name'])
        .where('id', 'in', chunk),
    ))
      patients.set(p.id, p)
    const visitPatients = new Map<number, number>()
    for (const v of allRows(
      db,
      storeQuery
        .selectFrom('visits')
        .select(['id', 'patient_id', 'date_of_service', 'rendering_provider_id', 'data'])
        .where('patient_id', 'in', chunk),
    )) {
      visitPatients.set(v.id, v.patient_id)
      visits.set(v.id, {
        dateOfService: v.date_of_service,
        renderingProviderId: v.rendering_provider_id,
        lines: visitLines(v.data),
      })
    }
    // A line on a visit is the visit's patient's, as ofPatients reads it.
    for (const r of entryRows(db, chunk, visitId)) {
      const owner = (r.visit_id !== null && visitPatients.get(r.visit_id)) || r.patient_id
      const list = entries.get(owner)
      if (list) list.push(r)
      else entries.set(owner, [r])
    }
  }
  return {
    visits,
    ledger(patientId: number): PatientLedger {
      const patient = patients.get(patientId)
      if (!patient) throw new DomainError('not_found', `There is no patient #${patientId}.`)
      return buildLedger(patientId, patient, entries.get(patientId) ?? [], visits)
    },
  }
}

export type LedgerBook = ReturnType<typeof ledgerBook>

export function patientLedger(
  db: Database.Database,
  patientId: number,
  visitId?: number,
): PatientLedger {
  return ledgerBook(db, [patientId], visitId).ledger(patientId)
}

function buildLedger(
  patientId: number,
  patient: { account_no: string; first_name: string; last_name: string },
  rows: EntryRow[],
  visits: Map<number, LedgerVisitInfo>,
): PatientLedger {
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
      description: [words, sourceWords(r), r.memo].filter((s) => s !== '').join(' — '),
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
  const byVisit = new Map<number, LedgerVisit>()
  for (const l of lines) {
    if (l.visitId === null) continue
    let v = byVisit.get(l.visitId)
    if (!v) {
      v = {
        visitId: l.visitId,
        dateOfService: visits.get(l.visitId)?.dateOfService ?? '',
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
          description: serviceLineWords(visits.get(l.visitId), l.lineNo),
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
  const visitList = [...byVisit.values()].sort(
    (a, b) => a.dateOfService.localeCompare(b.dateOfService) || a.visitId - b.visitId,
  )
  for (const v of visitList) v.lines.sort((a, b) => a.lineNo - b.lineNo)
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
    visits: visitList,
  }
}

/**
 * Where a line came from in words. A line an 835 posted says it by pointing at its payment (and
 * so the file) and its claim; other lines carry their words.
 */
function sourceWords(r: EntryRow): string {
  if (r.source !== '' || r.file_id === null) return r.source
  const file = eraFileWords(r.file_id, r.file_name ?? '')
  return r.patient_control_number ? `${file}, claim ${r.patient_control_number}` : file
}

function visitLines(data: string): LedgerVisitInfo['lines'] {
  try {
    return (JSON.parse(data) as { lines?: LedgerVisitInfo['lines'] }).lines ?? []
  } catch {
    return []
  }
}

function serviceLineWords(visit: LedgerVisitInfo | undefined, lineNo: number): string {
  const line = visit?.lines[lineNo - 1]
  return line ? [line.code ?? '', ...(line.modifiers ?? [])].join(' ').trim() : ''
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
