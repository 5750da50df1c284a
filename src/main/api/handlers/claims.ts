import { localIsoDate } from '../../../shared/validators/isoDate'
import {
  acknowledgeAllWarnings,
  acknowledgeWarning,
  assertAllowed,
  assertWarningRule,
  batchFile,
  buildClaims,
  claimActions,
  claimDetail,
  claimSummaries,
  correctClaim,
  editClaim,
  listBatches,
  listClaims,
  makeBatch,
  queueClaims,
  readClearinghouse,
  scrubAll,
  scrubClaim,
  settle,
  voidClaim,
  writeClearinghouse,
  type Actor,
} from '../../claims'
import { readClaim } from '../../claims/records'
import type { Office } from '../../office'
import type { Session } from '../session'
import { printCms1500 } from '../../claims/cms1500'
import { defineHandlers } from '../router'

function actor(office: Office, session: Session): Actor {
  return { user: session.user?.username ?? 'system', at: office.clock().toISOString() }
}

const today = (office: Office) => localIsoDate(office.clock())

export const claimHandlers = defineHandlers({
  'claims.create': ({ visitId }, { office, session }) => {
    const { db } = office.store
    const who = actor(office, session)
    const built = db.transaction(() => {
      const made = buildClaims(db, visitId, who)
      for (const id of made.claimIds) scrubClaim(db, id, who, today(office))
      return made
    })()
    return {
      visitId,
      patientId: built.patientId,
      claims: claimSummaries(db, built.claimIds),
      message: built.message,
    }
  },
  'claims.scrub': ({ claimId }, { office, session }) => {
    const { db } = office.store
    scrubClaim(db, claimId, actor(office, session), today(office))
    return claimDetail(db, claimId)
  },
  'claims.scrubAll': ({ all }, { office, session }) =>
    scrubAll(office.store.db, all, actor(office, session), today(office)),
  'claims.list': (filter, { office }) => listClaims(office.store.db, filter, today(office)),
  'claims.get': ({ claimId }, { office }) => claimDetail(office.store.db, claimId),
  'claims.edit': ({ claimId, ...edit }, { office, session }) => {
    const { db } = office.store
    const who = actor(office, session)
    db.transaction(() => {
      assertAllowed(db, claimId, 'edit')
      editClaim(db, claimId, edit, who)
      scrubClaim(db, claimId, who, today(office))
    })()
    return claimDetail(db, claimId)
  },
  'claims.acknowledge': ({ claimId, ruleId, field }, { office, session }) => {
    const { db } = office.store
    const who = actor(office, session)
    db.transaction(() => {
      assertWarningRule(ruleId)
      assertAllowed(db, claimId, 'acknowledge')
      acknowledgeWarning(db, claimId, ruleId, who, field)
      settle(db, readClaim(db, claimId), undefined, who, `Warning ${ruleId} acknowledged`)
    })()
    return claimDetail(db, claimId)
  },
  'claims.acknowledgeAll': ({ claimId }, { office, session }) => {
    const { db } = office.store
    const who = actor(office, session)
    db.transaction(() => {
      assertAllowed(db, claimId, 'acknowledge')
      const n = acknowledgeAllWarnings(db, claimId, who)
      settle(db, readClaim(db, claimId), undefined, who, `${n} warnings acknowledged`)
    })()
    return claimDetail(db, claimId)
  },
  'claims.queue': ({ claimIds }, { office, session }) =>
    queueClaims(office.store.db, claimIds, actor(office, session), today(office)),
  'claims.batch': ({ usage }, { office, session }) =>
    makeBatch(office.store.db, actor(office, session), usage),
  'claims.batchFile': ({ batchId }, { office }) => batchFile(office.store.db, batchId),
  'claims.batches': ({ limit }, { office }) => listBatches(office.store.db, limit),
  'claims.correct': ({ claimId, reason, payerClaimControlNumber }, { office, session }) => {
    const { db } = office.store
    const who = actor(office, session)
    const id = db.transaction(() => {
      assertAllowed(db, claimId, 'correct')
      const made = correctClaim(db, claimId, reason, payerClaimControlNumber, who)
      scrubClaim(db, made, who, today(office))
      return made
    })()
    return claimDetail(db, id)
  },
  'claims.void': ({ claimId, reason, payerClaimControlNumber }, { office, session }) => {
    const { db } = office.store
    const who = actor(office, session)
    const id = db.transaction(() => {
      // One operation for both: a void to the payer, or a withdrawal of one it never had.
      const actions = claimActions(db, claimId)
      if (!actions.includes('withdraw')) assertAllowed(db, claimId, 'void')
      const made = voidClaim(db, claimId, reason, payerClaimControlNumber, who)
      if (made !== claimId) scrubClaim(db, made, who, today(office))
      return made
    })()
    return claimDetail(db, id)
  },
  'claims.cms1500': async (request, { office }) => {
    const { fileName, pdf } = await printCms1500(office.store.db, request, today(office))
    return { fileName, pdfBase64: pdf.toString('base64') }
  },
  'claims.settings.get': (_input, { office }) => readClearinghouse(office.store.db),
  'claims.settings.update': (changes, { office }) => writeClearinghouse(office.store.db, changes),
})
