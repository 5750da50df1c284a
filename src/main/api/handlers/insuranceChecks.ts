import {
  checkSummary,
  claimsForCheck,
  listChecks,
  postCheckClaims,
  recordCheck,
} from '../../payments/insuranceCheck'
import type { Office } from '../../office'
import { defineHandlers } from '../router'
import type { Session } from '../session'

function by(office: Office, session: Session) {
  return { user: session.user?.username ?? 'system', at: office.clock().toISOString() }
}

export const insuranceCheckHandlers = defineHandlers({
  'checks.post': ({ paymentId, check, claims }, { office, session }) => {
    const db = office.store.db
    const who = by(office, session)
    return db.transaction(() => {
      const id = paymentId ?? recordCheck(db, check!, who)
      const posted = postCheckClaims(db, id, claims, who)
      return { check: checkSummary(db, id), claims: posted }
    })()
  },
  'checks.get': ({ paymentId }, { office }) => checkSummary(office.store.db, paymentId),
  'checks.list': ({ open }, { office }) => ({ rows: listChecks(office.store.db, open) }),
  'checks.claims': ({ payerId, text }, { office }) => ({
    rows: claimsForCheck(office.store.db, payerId, text),
  }),
})
