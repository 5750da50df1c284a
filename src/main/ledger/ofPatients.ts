/**
 * Which ledger lines are a patient's: the lines on their visits, found through the visits, and
 * the lines on no visit (credit on the account) that name them. An 835's lines are all on visits,
 * so the ledger keeps no index by patient for them (migration 020).
 */
import type { ExpressionBuilder } from 'kysely'
import type { StoreSchema } from '../store/schema'

type LedgerAs<A extends string> = StoreSchema & { [K in A]: StoreSchema['ledger_entries'] }

/** For queries that read ledger lines as `l`. */
export function ofPatients(
  eb: ExpressionBuilder<LedgerAs<'l'>, 'l'>,
  patientIds: readonly number[],
) {
  const ids = patientIds.length > 0 ? [...patientIds] : [-1]
  return eb.or([
    eb(
      'l.visit_id',
      'in',
      eb.selectFrom('visits').select('visits.id').where('visits.patient_id', 'in', ids),
    ),
    eb.and([eb('l.visit_id', 'is', null), eb('l.patient_id', 'in', ids)]),
  ])
}
