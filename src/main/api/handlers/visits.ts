import { localIsoDate } from '../../../shared/validators/isoDate'
import type { Office } from '../../office'
import { storeCodeBook } from '../../visits/codebook'
import { codingProblems } from '../../visits/coding'
import { listFavorites, removeFavorite, saveFavorite } from '../../visits/favorites'
import {
  getVisit,
  listVisits,
  saveVisit,
  setVisitStatus,
  unsentClaimsOf,
  visitStatus,
} from '../../visits/records'
import { scrubClaim } from '../../claims'
import { DomainError } from '../../errors'
import { defineHandlers } from '../router'

const stamp = (office: Office) => office.clock().toISOString()

export const visitHandlers = defineHandlers({
  'visits.list': (filter, { office }) => listVisits(office.store.db, filter),
  'visits.get': ({ visitId }, { office }) => getVisit(office.store.db, visitId),
  'visits.save': ({ visitId, visit }, { office, session }) => {
    const { db } = office.store
    const id = db.transaction(() => saveVisit(db, visitId, visit, stamp(office)))()
    // A header fixed on a billed visit reaches its unsent claims at once.
    for (const claimId of unsentClaimsOf(db, id)) {
      scrubClaim(
        db,
        claimId,
        { user: session.user!.username, at: stamp(office) },
        localIsoDate(office.clock()),
      )
    }
    return getVisit(db, id)
  },
  'visits.markCoded': ({ visitId }, { office }) => {
    const { db } = office.store
    const detail = getVisit(db, visitId)
    if (detail.status === 'billed')
      throw new DomainError('conflict', 'This visit is already on a claim.')
    const problems = codingProblems(detail.visit, storeCodeBook(db), localIsoDate(office.clock()))
    if (problems.length === 0) setVisitStatus(db, visitId, 'coded', stamp(office))
    return { coded: problems.length === 0, problems, detail: getVisit(db, visitId) }
  },
  'visits.reopen': ({ visitId }, { office }) => {
    const { db } = office.store
    if (visitStatus(db, visitId) === 'billed') {
      throw new DomainError(
        'conflict',
        'This visit is already on a claim; correct the claim instead.',
      )
    }
    setVisitStatus(db, visitId, 'draft', stamp(office))
    return getVisit(db, visitId)
  },
  'favorites.list': (_input, { office }) =>
    listFavorites(office.store.db, localIsoDate(office.clock())),
  'favorites.save': ({ set, code, label }, { office }) => {
    saveFavorite(office.store.db, set, code, label)
    return {}
  },
  'favorites.remove': ({ set, code }, { office }) => {
    removeFavorite(office.store.db, set, code)
    return {}
  },
})
