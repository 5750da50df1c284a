import { localIsoDate } from '../../../shared/validators/isoDate'
import {
  acknowledgeWarning,
  batchFile,
  buildClaims,
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
      editClaim(db, claimId, edit, who)
      scrubClaim(db, claimId, who, today(office))
    })()
    return claimDetail(db, claimId)
  },
  'claims.acknowledge': ({ claimId, ruleId }, { office, session }) => {
    const { db } = office.store
    const who = actor(office, session)
    db.transaction(() => {
      acknowledgeWarning(db, claimId, ruleId, who)
      settle(db, readClaim(db, claimId), undefined, who, `Warning ${ruleId} acknowledged`)
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
