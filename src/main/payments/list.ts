/** Payments as a list: who paid, how, how much went to visits, how much is still credit. */
import type Database from 'better-sqlite3-multiple-ciphers'
import { allRows, storeQuery } from '../store/sync-query'

export interface PaymentFilter {
  patientId?: number | undefined
  from?: string | undefined
  to?: string | undefined
  depositId?: number | undefined
  undeposited?: boolean | undefined
  includeVoided?: boolean | undefined
  limit?: number | undefined
}

export interface PaymentRow {
  paymentId: number
  source: 'insurance' | 'patient'
  receivedDate: string
  patientId: number | null
  patientName: string
  accountNo: string
  payerName: string
  method: string
  reference: string
  cardLast4: string | null
  amountCents: number
  appliedCents: number
  creditCents: number
  refundedCents: number
  depositId: number | null
  recordedBy: string
  recordedAt: string
  memo: string
  /**
   * May be voided here: a patient payment or an insurance check typed from a paper EOB (an 835's
   * payment is the payer's to reverse), not voided yet and not yet on a deposit.
   */
  voidable: boolean
  voided: boolean
  voidedAt: string | null
  voidedBy: string | null
  voidReason: string | null
}

export function listPayments(db: Database.Database, f: PaymentFilter): PaymentRow[] {
  let q = storeQuery
    .selectFrom('payments as p')
    .leftJoin('patients as pt', 'pt.id', 'p.patient_id')
    .select((eb) => [
      'p.id',
      'p.source',
      'p.received_date',
      'p.patient_id',
      'pt.first_name',
      'pt.last_name',
      'pt.account_no',
      'p.payer_name',
      'p.method',
      'p.reference',
      'p.card_last4',
      'p.amount_cents',
      'p.deposit_id',
      'p.recorded_by',
      'p.recorded_at',
      'p.memo',
      'p.inbound_file_id',
      'p.voided_at',
      'p.voided_by',
      'p.void_reason',
      eb
        .selectFrom('ledger_entries as l')
        .select((s) => s.fn.coalesce(s.fn.sum<number>('l.patient_cents'), s.lit(0)).as('v'))
        .whereRef('l.payment_id', '=', 'p.id')
        .where('l.visit_id', 'is', null)
        .as('account_net'),
      eb
        .selectFrom('ledger_entries as l')
        .select((s) => s.fn.coalesce(s.fn.sum<number>('l.patient_cents'), s.lit(0)).as('v'))
        .whereRef('l.payment_id', '=', 'p.id')
        .where('l.visit_id', 'is not', null)
        .as('visit_net'),
      eb
        .selectFrom('ledger_entries as l')
        .select((s) => s.fn.coalesce(s.fn.sum<number>('l.patient_cents'), s.lit(0)).as('v'))
        .whereRef('l.payment_id', '=', 'p.id')
        .where('l.kind', '=', 'refund')
        .as('refunded'),
    ])
  if (f.patientId !== undefined) q = q.where('p.patient_id', '=', f.patientId)
  if (f.from !== undefined) q = q.where('p.received_date', '>=', f.from)
  if (f.to !== undefined) q = q.where('p.received_date', '<=', f.to)
  if (f.depositId !== undefined) q = q.where('p.deposit_id', '=', f.depositId)
  if (f.undeposited) {
    q = q
      .where('p.deposit_id', 'is', null)
      .where('p.method', 'in', ['cash', 'check', 'card', 'other'])
  }
  if (!f.includeVoided) q = q.where('p.voided_at', 'is', null)
  const rows = allRows(
    db,
    q
      .orderBy('p.received_date', 'desc')
      .orderBy('p.id', 'desc')
      .limit(f.limit ?? 500),
  )
  return rows.map((r) => {
    const refunded = r.refunded ?? 0
    return {
      paymentId: r.id,
      source: r.source,
      receivedDate: r.received_date,
      patientId: r.patient_id,
      patientName: r.last_name ? `${r.last_name}, ${r.first_name}` : '',
      accountNo: r.account_no ?? '',
      payerName: r.payer_name,
      method: r.method,
      reference: r.reference,
      cardLast4: r.card_last4,
      amountCents: r.amount_cents,
      appliedCents: r.source === 'patient' ? 0 - (r.visit_net ?? 0) || 0 : 0,
      // The account-level lines net of refunds: what is still unapplied credit.
      creditCents: r.source === 'patient' ? 0 - (r.account_net ?? 0) || 0 : 0,
      refundedCents: refunded,
      depositId: r.deposit_id,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at,
      memo: r.memo,
      voidable:
        r.voided_at === null &&
        r.deposit_id === null &&
        (r.source === 'patient' || r.inbound_file_id === null),
      voided: r.voided_at !== null,
      voidedAt: r.voided_at,
      voidedBy: r.voided_by,
      voidReason: r.void_reason,
    }
  })
}
