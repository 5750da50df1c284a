/**
 * Hand-built billing rows written straight into a store (payers, fake patients, visits, claims,
 * their history, payments, 835 answers and ledger lines), for report tests that need exact
 * numbers and for the reports bench that needs half a million claims. Statements are prepared
 * once; callers wrap many writes in one transaction.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClaimStatus } from '../../src/shared/schemas/claim'
import { addToSummaries } from '../../src/main/ledger/summaries'
import type { LedgerKind } from '../../src/main/store/schema-ledger'

const AT = '2026-01-01T12:00:00.000Z'

export interface ClaimRow {
  visitId: number
  patientId: number
  payerId: number
  dateOfService: string
  totalCents: number
  status?: ClaimStatus
  submittedAt?: string | null
  frequency?: '1' | '7' | '8'
  replaces?: number | null
}

export interface EntryRow {
  kind: LedgerKind
  date: string
  patientId: number
  visitId?: number | null
  claimId?: number | null
  paymentId?: number | null
  ins?: number
  pat?: number
  group?: string | null
  reason?: string | null
  by?: string
}

export function ledgerRows(db: Database.Database) {
  const directory = (table: string) =>
    db.prepare(
      `INSERT INTO ${table} (label, data, created_at, updated_at) VALUES (?, '{}', '${AT}', '${AT}')`,
    )
  const provider = Number(directory('providers').run('Rowan Testdoctor MD').lastInsertRowid)
  const location = Number(directory('locations').run('Test Main Office').lastInsertRowid)
  const payerStmt = directory('payers')
  const patientStmt = db.prepare(
    `INSERT INTO patients (account_no, last_name, first_name, dob, data, created_at, updated_at)
     VALUES (?, ?, ?, '1970-01-01', '{}', '${AT}', '${AT}')`,
  )
  const visitStmt = db.prepare(
    `INSERT INTO visits (patient_id, date_of_service, rendering_provider_id, location_id, status,
       total_cents, data, created_at, updated_at)
     VALUES (?, ?, ${provider}, ${location}, ?, ?, '{}', '${AT}', '${AT}')`,
  )
  const claimStmt = db.prepare(
    `INSERT INTO claims (visit_id, patient_id, payer_id, rendering_provider_id, responsibility,
       patient_control_number, frequency, replaces_claim_id, status, date_of_service, total_cents,
       split_part, split_count, submitted_at, created_at, updated_at)
     VALUES (?, ?, ?, ${provider}, 'primary', ?, ?, ?, ?, ?, ?, 1, 1, ?, '${AT}', '${AT}')`,
  )
  const historyStmt = db.prepare(
    `INSERT INTO claim_history (claim_id, at, user, from_status, to_status) VALUES (?, ?, 'test', ?, ?)`,
  )
  const depositStmt = db.prepare(
    `INSERT INTO deposits (deposit_date, bank_reference, created_at, created_by) VALUES (?, ?, '${AT}', 'test')`,
  )
  const paymentStmt = db.prepare(
    `INSERT INTO payments (source, method, received_date, amount_cents, payer_id, patient_id,
       payer_name, reference, deposit_id, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '${AT}', 'test')`,
  )
  const remitStmt = db.prepare(
    `INSERT INTO remit_claims (payment_id, claim_id, status_code, charge_cents, paid_cents,
       patient_responsibility_cents, segment, posted_at, posted_by)
     VALUES (?, ?, '1', ?, ?, 0, 1, '${AT}', 'test')`,
  )
  const entryStmt = db.prepare(
    `INSERT INTO ledger_entries (kind, posted_at, posted_by, effective_date, patient_id, visit_id,
       claim_id, payment_id, insurance_cents, patient_cents, group_code, reason_code)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  let pcn = 0
  const id = (r: Database.RunResult) => Number(r.lastInsertRowid)
  return {
    provider,
    location,
    payer: (label: string) => id(payerStmt.run(label)),
    patient: (lastName: string, firstName: string, accountNo?: string) =>
      id(patientStmt.run(accountNo ?? String(1000 + (pcn += 1)), lastName, firstName)),
    visit: (patientId: number, dateOfService: string, totalCents: number, status = 'billed') =>
      id(visitStmt.run(patientId, dateOfService, status, totalCents)),
    claim: (c: ClaimRow) =>
      id(
        claimStmt.run(
          c.visitId,
          c.patientId,
          c.payerId,
          `T${String((pcn += 1)).padStart(8, '0')}`,
          c.frequency ?? '1',
          c.replaces ?? null,
          c.status ?? 'submitted',
          c.dateOfService,
          c.totalCents,
          c.submittedAt === undefined ? `${c.dateOfService}T15:00:00.000Z` : c.submittedAt,
        ),
      ),
    history: (claimId: number, at: string, from: ClaimStatus | null, to: ClaimStatus) =>
      id(historyStmt.run(claimId, at, from, to)),
    deposit: (date: string, bankReference = '') => id(depositStmt.run(date, bankReference)),
    payment: (p: {
      source: 'insurance' | 'patient'
      method: 'eft' | 'check' | 'cash' | 'card' | 'none' | 'other'
      date: string
      amountCents: number
      payerId?: number | null
      patientId?: number | null
      payerName?: string
      reference?: string
      depositId?: number | null
    }) =>
      id(
        paymentStmt.run(
          p.source,
          p.method,
          p.date,
          p.amountCents,
          p.payerId ?? null,
          p.patientId ?? null,
          p.payerName ?? '',
          p.reference ?? '',
          p.depositId ?? null,
        ),
      ),
    remit: (paymentId: number, claimId: number, chargeCents: number, paidCents: number) =>
      id(remitStmt.run(paymentId, claimId, chargeCents, paidCents)),
    // Written as the app writes lines: with the ledger's running sums.
    entry: (e: EntryRow) => {
      addToSummaries(db, [
        {
          kind: e.kind,
          effective_date: e.date,
          patient_id: e.patientId,
          visit_id: e.visitId ?? null,
          insurance_cents: e.ins ?? 0,
          patient_cents: e.pat ?? 0,
        },
      ])
      return id(
        entryStmt.run(
          e.kind,
          `${e.date}T16:00:00.000Z`,
          e.by ?? 'test',
          e.date,
          e.patientId,
          e.visitId ?? null,
          e.claimId ?? null,
          e.paymentId ?? null,
          e.ins ?? 0,
          e.pat ?? 0,
          e.group ?? null,
          e.reason ?? null,
        ),
      )
    },
  }
}

export type LedgerRows = ReturnType<typeof ledgerRows>
