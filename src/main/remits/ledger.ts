/**
 * What an 835 answer means for the ledger, line by line: the payment lowers what insurance
 * owes; a CO adjustment is the contractual write-down; a PR adjustment moves the amount from
 * insurance to the patient, keeping its CARC (1 deductible, 2 coinsurance, 3 copay) for the
 * statement; OA, PI and CR are other adjustments. Amounts are posted as the payer sent them,
 * negative ones included — never flipped, never balanced by an invented line.
 */
import type { LedgerEntryInput } from '../ledger/entries'
import type { LedgerKind } from '../store/schema-ledger'
import type { RemitAdjustment } from '../x12/read835'

/** An 835 file in words, as ledger lines and claim history name it: "835 file #12 (remit.835)". */
export function eraFileWords(fileId: number | null, fileName: string): string {
  return `835 file #${fileId ?? '?'} (${fileName})`
}

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
