import {
  checkSummary,
  claimsForCheck,
  listChecks,
  postCheckClaims,
  recordCheck,
} from '../../payments/insuranceCheck'
import { voidCheck } from '../../payments/checkVoid'
import type { Office } from '../../office'
import { localIsoDate } from '../../../shared/validators/isoDate'
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
  'checks.void': ({ paymentId, reason }, { office, session }) => {
    const db = office.store.db
    return db.transaction(() => {
      const done = voidCheck(
        db,
        { paymentId, reason, effectiveDate: localIsoDate(office.clock()) },
        by(office, session),
      )
      return { paymentId, reversedLines: done.reversedIds.length, claims: done.claimIds.length }
    })()
  },
  'checks.get': ({ paymentId }, { office }) => checkSummary(office.store.db, paymentId),
  'checks.list': ({ open }, { office }) => ({ rows: listChecks(office.store.db, open) }),
  'checks.claims': ({ payerId, text }, { office }) => ({
    rows: claimsForCheck(office.store.db, payerId, text),
  }),
})
