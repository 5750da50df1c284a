import { claimAmounts } from '../../remits/amounts'
import { importEra } from '../../remits/imports'
import { assignUnmatched, listUnmatched } from '../../remits/unmatched'
import type { Office } from '../../office'
import type { Session } from '../session'
import { defineHandlers } from '../router'

function who(office: Office, session: Session) {
  return { user: session.user?.username ?? 'system', at: office.clock().toISOString() }
}

export const remitHandlers = defineHandlers({
  'era.preview': (input, { office, session }) =>
    importEra(office.store.db, input, who(office, session), true),
  'era.import': (input, { office, session }) =>
    importEra(office.store.db, input, who(office, session), false),
  'remits.unmatched': (_input, { office }) => ({ rows: listUnmatched(office.store.db) }),
  'remits.assign': ({ unmatchedId, claimId }, { office, session }) =>
    assignUnmatched(office.store.db, unmatchedId, claimId, who(office, session)),
  'claims.amounts': ({ claimId }, { office }) => claimAmounts(office.store.db, claimId),
})
