/**
 * Writing a batch's 837 so one bad claim does not stop the others: a claim the writer refuses,
 * or that the independent validator finds a problem in, is held back with the reason in words
 * and the file is written again without it. Problems outside any claim (the envelope, the
 * billing provider) still stop the whole batch: they would be wrong for every claim.
 */
import type { BillingProvider, Claim837, Submission } from '../x12/claim837'
import { tokenize } from '../x12/tokenize'
import { validate837, type ValidationError } from '../x12/validate837'
import { write837, X12WriteError } from '../x12/write837'
import { DomainError } from '../errors'
import type { ClaimRecord } from './claim'
import type { HeldBackClaim } from './batch'

export interface BatchEntry {
  claim: ClaimRecord
  model: Claim837
}

export interface CheckedFile {
  content: string
  kept: ClaimRecord[]
  heldBack: HeldBackClaim[]
}

export function writeCheckedFile(
  submission: Submission,
  billing: BillingProvider,
  entries: readonly BatchEntry[],
): CheckedFile {
  let kept = [...entries]
  const heldBack: HeldBackClaim[] = []
  const holdBack = (culprits: ReadonlyMap<number, string>) => {
    for (const [index, reason] of culprits) {
      const { claim } = kept[index]!
      heldBack.push({ claimId: claim.id, patientControlNumber: claim.patientControlNumber, reason })
    }
    kept = kept.filter((_, i) => !culprits.has(i))
  }
  // Each pass holds back at least one claim or ends, so this stops.
  for (;;) {
    if (kept.length === 0) {
      throw new DomainError(
        'conflict',
        `No batch was made: every queued claim failed the 837 check — ${heldBack
          .map((h) => `claim ${h.patientControlNumber}: ${h.reason}`)
          .join('; ')}.`,
      )
    }
    let content: string
    try {
      content = write837(
        submission,
        billing,
        kept.map((e) => e.model),
      )
    } catch (err) {
      if (!(err instanceof X12WriteError) || err.claimNumber < 1) throw writeFailure(err)
      holdBack(new Map([[err.claimNumber - 1, err.message.replace(/^Claim \d+: /, '')]]))
      continue
    }
    const { errors } = validate837(content)
    if (errors.length === 0) return { content, kept: kept.map((e) => e.claim), heldBack }
    holdBack(culpritsOf(content, errors, kept))
  }
}

function writeFailure(err: unknown): unknown {
  if (!(err instanceof X12WriteError)) return err
  return new DomainError('conflict', `${err.message} — fix it; no batch was made.`)
}

/**
 * Which claim each problem lies in. A problem inside a claim (CLM and below) belongs to that
 * claim; one in a subscriber or patient level belongs to the first claim under it (claims of one
 * subscriber share the level, and each pass holds back one more until the file passes). CLMs are
 * told apart by CLM01 in file order. A problem before the first subscriber level (envelope,
 * submitter, billing provider) or in a trailer belongs to no claim and stops the batch.
 */
function culpritsOf(
  content: string,
  errors: readonly ValidationError[],
  kept: readonly BatchEntry[],
): Map<number, string> {
  const segments = tokenize(content).segments
  const levels = segments.filter((s) => s.id === 'HL' && s.elements[3] === '22')
  const seen = new Map<string, number>()
  const claims = segments
    .filter((s) => s.id === 'CLM')
    .map((s) => {
      const pcn = s.elements[1] ?? ''
      const nth = seen.get(pcn) ?? 0
      seen.set(pcn, nth + 1)
      const matching = kept.flatMap((e, i) => (e.claim.patientControlNumber === pcn ? [i] : []))
      return { position: s.position, index: matching[nth] ?? -1 }
    })
  const trailers = new Set(['SE', 'GE', 'IEA'])
  const culprits = new Map<number, string>()
  for (const e of errors) {
    const level = levels.filter((l) => l.position <= e.position).at(-1)
    const inClaim = claims.filter((c) => c.position <= e.position).at(-1)
    const owner =
      inClaim && level && inClaim.position > level.position
        ? inClaim
        : claims.find((c) => c.position > e.position)
    if (!level || !owner || owner.index < 0 || trailers.has(e.segment)) {
      throw new DomainError(
        'conflict',
        `The 837 file failed its check outside any one claim (${e.loop || e.segment}: ${e.message}). No batch was made and nothing was sent.`,
      )
    }
    if (!culprits.has(owner.index)) culprits.set(owner.index, `the 837 check found: ${e.message}`)
  }
  return culprits
}
