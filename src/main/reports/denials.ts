/**
 * Denials analysis: the payers' denial adjustments (see denialLines.ts) dated in a period,
 * by reason code, by payer and by month. Count is the number of claims a code (or payer, or
 * month) denied something on; dollars are net of denials taken back.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { DenialReport } from '../../shared/ops/reports'
import { codeDescriber } from '../followup/codes'
import { allRows, storeQuery } from '../store/sync-query'
import { isDenialLine } from './denialLines'

const TOP = 20

function denialLines(from: string, to: string) {
  return storeQuery
    .selectFrom('ledger_entries')
    .innerJoin('claims', 'claims.id', 'ledger_entries.claim_id')
    .where('ledger_entries.effective_date', '>=', from)
    .where('ledger_entries.effective_date', '<=', to)
    .where(isDenialLine)
}

export function denialReport(db: Database.Database, from: string, to: string): DenialReport {
  const lines = denialLines(from, to)
  const tally = lines.select((eb) => [
    eb.fn.count<number>('ledger_entries.claim_id').distinct().as('count'),
    eb.fn.sum<number>(eb.neg(eb.ref('ledger_entries.insurance_cents'))).as('cents'),
  ])
  const describe = codeDescriber(db)
  const byReason = allRows(
    db,
    tally
      .select(['ledger_entries.group_code', 'ledger_entries.reason_code'])
      .groupBy(['ledger_entries.group_code', 'ledger_entries.reason_code'])
      .orderBy('cents', 'desc')
      .limit(TOP),
  ).map((r) => ({
    group: r.group_code ?? '',
    code: r.reason_code ?? '',
    description: describe('carc', r.reason_code ?? ''),
    count: r.count,
    cents: r.cents,
  }))
  const byPayer = allRows(
    db,
    tally
      .innerJoin('payers', 'payers.id', 'claims.payer_id')
      .select(['claims.payer_id', 'payers.label'])
      .groupBy(['claims.payer_id', 'payers.label'])
      .orderBy('cents', 'desc')
      .limit(TOP),
  ).map((r) => ({ payerId: r.payer_id, payerName: r.label, count: r.count, cents: r.cents }))
  const byMonth = allRows(
    db,
    tally
      .select((eb) =>
        eb
          .fn<string>('substr', ['ledger_entries.effective_date', eb.lit(1), eb.lit(7)])
          .as('month'),
      )
      .groupBy('month')
      .orderBy('month'),
  ).map((r) => ({ month: r.month, count: r.count, cents: r.cents }))
  const total = allRows(db, tally)[0]
  return {
    from,
    to,
    byReason,
    byPayer,
    byMonth,
    total: { count: total?.count ?? 0, cents: total?.cents ?? 0 },
  }
}
