/**
 * What an 835 answer means for the ledger, line by line: the payment lowers what insurance
 * owes; a CO adjustment is the contractual write-down; a PR adjustment moves the amount from
 * insurance to the patient, keeping its CARC (1 deductible, 2 coinsurance, 3 copay) for the
 * statement; OA, PI and CR are other adjustments. Amounts are posted as the payer sent them,
 * negative ones included — never flipped, never balanced by an invented line.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { entryRow, type LedgerEntryInput, type PostedBy } from '../ledger/entries'
import { storeQuery } from '../store/sync-query'
import { compiledOnce } from './compiled'
import type { LedgerKind } from '../store/schema-ledger'
import type { RemitAdjustment } from '../x12/read835'

export type EntryBase = Omit<
  LedgerEntryInput,
  'kind' | 'insuranceCents' | 'patientCents' | 'groupCode' | 'reasonCode'
>

export function paymentEntry(base: EntryBase, paidCents: number): LedgerEntryInput {
  return { ...base, kind: 'insurance_payment', insuranceCents: -paidCents, patientCents: 0 }
}

export function adjustmentKind(group: RemitAdjustment['group']): LedgerKind {
  return group === 'CO'
    ? 'contractual'
    : group === 'PR'
      ? 'patient_responsibility'
      : 'other_adjustment'
}

export function adjustmentEntry(base: EntryBase, a: RemitAdjustment): LedgerEntryInput {
  const kind = adjustmentKind(a.group)
  return {
    ...base,
    kind,
    insuranceCents: -a.amountCents,
    patientCents: kind === 'patient_responsibility' ? a.amountCents : 0,
    groupCode: a.group,
    reasonCode: a.reason,
  }
}

const COLUMNS = [
  'kind',
  'posted_at',
  'posted_by',
  'effective_date',
  'patient_id',
  'visit_id',
  'line_no',
  'claim_id',
  'claim_line_id',
  'payer_id',
  'payment_id',
  'insurance_cents',
  'patient_cents',
  'group_code',
  'reason_code',
  'remark_codes',
  'reverses_id',
  'source',
  'memo',
] as const

const insertEntry = compiledOnce(COLUMNS, (v) =>
  storeQuery.insertInto('ledger_entries').values({ ...v }),
)

/**
 * The same lines `postEntries` writes (new lines only, whole cents or a failure), through one
 * statement compiled once: an 835 posts tens of thousands of them.
 */
export function writeEntries(
  db: Database.Database,
  entries: readonly LedgerEntryInput[],
  by: PostedBy,
): void {
  for (const e of entries) insertEntry.run(db, entryRow(e, by))
}
