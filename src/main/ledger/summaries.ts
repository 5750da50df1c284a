/**
 * The ledger's running sums (016_ledger_summaries): each visit's balance and each accounting
 * day's totals by kind, brought up to date with every batch of new lines in the same transaction.
 * Lines of one batch are added up here first, so an 835 claim's many lines on one visit cost one
 * write per visit and one per day and kind; a whole 835 can be one batch (`summedOnce`).
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { compiledOnce } from '../store/compiled'
import type { LedgerKind } from '../store/schema-ledger'
import { runQuery, storeQuery } from '../store/sync-query'

/** What the sums need of a ledger line. */
export interface SummedLine {
  kind: LedgerKind
  effective_date: string
  patient_id: number
  visit_id: number | null
  insurance_cents: number
  patient_cents: number
}

const addToVisit = compiledOnce(
  ['visit_id', 'patient_id', 'insurance_cents', 'patient_cents', 'last_date'] as const,
  (v) =>
    storeQuery
      .insertInto('visit_balances')
      .values((eb) => ({
        ...v,
        date_of_service: eb
          .selectFrom('visits')
          .select('date_of_service')
          .where('id', '=', v.visit_id),
      }))
      .onConflict((oc) =>
        oc.column('visit_id').doUpdateSet((eb) => ({
          insurance_cents: eb(
            'visit_balances.insurance_cents',
            '+',
            eb.ref('excluded.insurance_cents'),
          ),
          patient_cents: eb('visit_balances.patient_cents', '+', eb.ref('excluded.patient_cents')),
          last_date: eb.fn('max', ['visit_balances.last_date', 'excluded.last_date']),
        })),
      ),
)

const addToDay = compiledOnce(
  ['effective_date', 'kind', 'on_visit', 'insurance_cents', 'patient_cents'] as const,
  (v) =>
    storeQuery
      .insertInto('ledger_days')
      .values({ ...v })
      .onConflict((oc) =>
        oc.columns(['effective_date', 'kind', 'on_visit']).doUpdateSet((eb) => ({
          insurance_cents: eb(
            'ledger_days.insurance_cents',
            '+',
            eb.ref('excluded.insurance_cents'),
          ),
          patient_cents: eb('ledger_days.patient_cents', '+', eb.ref('excluded.patient_cents')),
        })),
      ),
)

interface Pending {
  visits: Map<number, { patient: number; ins: number; pat: number; last: string }>
  days: Map<string, { line: SummedLine; ins: number; pat: number }>
}

/** The sums being added up in memory for a batch (`summedOnce`), per open database. */
const batches = new WeakMap<Database.Database, Pending>()

/** Adds new ledger lines to the sums. Call in the transaction that wrote them. */
export function addToSummaries(db: Database.Database, lines: readonly SummedLine[]): void {
  const batch = batches.get(db)
  const pending = batch ?? { visits: new Map(), days: new Map() }
  addUp(pending, lines)
  if (!batch) writeSums(db, pending)
}

/**
 * Runs `post` with the sums added up in memory and written once, at its end: a 10,000-claim 835
 * then writes each visit's balance once and each day's totals once, not once per claim (40,000
 * upserts, a tenth of its posting). Only for work that never reads the sums before it ends
 * (they are the reports'); call it inside the posting's transaction, which a failure undoes.
 */
export function summedOnce<T>(db: Database.Database, post: () => T): T {
  if (batches.has(db)) return post()
  const pending: Pending = { visits: new Map(), days: new Map() }
  batches.set(db, pending)
  try {
    const result = post()
    writeSums(db, pending)
    return result
  } finally {
    batches.delete(db)
  }
}

function addUp(pending: Pending, lines: readonly SummedLine[]): void {
  const { visits, days } = pending
  for (const l of lines) {
    if (l.visit_id !== null) {
      const v = visits.get(l.visit_id)
      if (v) {
        v.ins += l.insurance_cents
        v.pat += l.patient_cents
        if (l.effective_date > v.last) v.last = l.effective_date
      } else {
        visits.set(l.visit_id, {
          patient: l.patient_id,
          ins: l.insurance_cents,
          pat: l.patient_cents,
          last: l.effective_date,
        })
      }
    }
    const key = `${l.effective_date}\u0000${l.kind}\u0000${l.visit_id === null ? 0 : 1}`
    const d = days.get(key)
    if (d) {
      d.ins += l.insurance_cents
      d.pat += l.patient_cents
    } else days.set(key, { line: l, ins: l.insurance_cents, pat: l.patient_cents })
  }
}

function writeSums(db: Database.Database, { visits, days }: Pending): void {
  for (const [visitId, v] of visits) {
    addToVisit.run(db, {
      visit_id: visitId,
      patient_id: v.patient,
      insurance_cents: v.ins,
      patient_cents: v.pat,
      last_date: v.last,
    })
  }
  for (const d of days.values()) {
    addToDay.run(db, {
      effective_date: d.line.effective_date,
      kind: d.line.kind,
      on_visit: d.line.visit_id === null ? 0 : 1,
      insurance_cents: d.ins,
      patient_cents: d.pat,
    })
  }
}

/** A visit's patient or date of service changed: its balance row follows. */
export function moveVisitBalance(
  db: Database.Database,
  visitId: number,
  visit: { patient_id: number; date_of_service: string },
): void {
  runQuery(
    db,
    storeQuery
      .updateTable('visit_balances')
      .set({ patient_id: visit.patient_id, date_of_service: visit.date_of_service })
      .where('visit_id', '=', visitId),
  )
}
