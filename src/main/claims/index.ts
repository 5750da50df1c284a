/**
 * The claim domain: claims built from coded visits, the scrubber, the state machine with its
 * history, 837P batches, corrections and voids.
 */
export { buildClaims } from './build'
export { batchFile, listBatches, makeBatch } from './batch'
export { readClearinghouse, writeClearinghouse, DEFAULT_CLEARINGHOUSE } from './clearinghouse'
export { correctClaim, editClaim, voidClaim } from './corrections'
export { acknowledgeAllWarnings, acknowledgeWarning, assertWarningRule } from './findings'
export { allowedActions, assertAllowed, claimActions } from './actions'
export { canTransition, transition, TRANSITIONS, type TransitionNote } from './lifecycle'
export { queueClaims } from './outbox'
export { claimForPrint, type ClaimForPrint } from './print'
export { recordPriorPayment, type PriorPayment } from './priorPayment'
export { claimDetail, claimSummaries, listClaims } from './queries'
export { scrubAll, scrubClaim, settle } from './scrub'
export { storeScrubCodes } from './scrubCodes'
export { RULES } from './scrubber'
export type { Actor, ClaimData, ClaimLine, ClaimRecord } from './claim'
