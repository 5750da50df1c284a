import { localIsoDate } from '../../../shared/validators/isoDate'
import type { FollowUpReason } from '../../../shared/ops/followup'
import type { Actor } from '../../claims/claim'
import { DomainError } from '../../errors'
import {
  billPatient,
  correctAndResend,
  resendAsNew,
  voidFromQueue,
  writeOffItem,
} from '../../followup/actions'
import { appealLetter, defaultParagraph } from '../../followup/appeal'
import { followUpQueue } from '../../followup/queue'
import { addNote, updateItem } from '../../followup/state'
import type { Office } from '../../office'
import { readClaim } from '../../claims/records'
import { defineHandlers } from '../router'
import type { Session } from '../session'

function actor(office: Office, session: Session): Actor {
  return { user: session.user?.username ?? 'system', at: office.clock().toISOString() }
}

const today = (office: Office) => localIsoDate(office.clock())

/** The item as the queue shows it now (done ones included); refuses one not on the queue. */
function item(office: Office, claimId: number, reason: FollowUpReason) {
  const found = followUpQueue(office.store.db, today(office), {
    includeDone: true,
    claimId,
  }).find((i) => i.reason === reason)
  if (!found) {
    readClaim(office.store.db, claimId)
    throw new DomainError(
      'not_found',
      `Claim #${claimId} is not on the follow-up queue for that reason.`,
      'claimId',
    )
  }
  return found
}

export const followupHandlers = defineHandlers({
  'followup.list': ({ includeDone }, { office }) => ({
    items: followUpQueue(office.store.db, today(office), { includeDone }),
    today: today(office),
  }),
  'followup.assign': ({ claimId, reason, owner }, { office, session }) => {
    item(office, claimId, reason)
    updateItem(office.store.db, claimId, reason, { owner }, actor(office, session))
    return { item: item(office, claimId, reason) }
  },
  'followup.setDate': ({ claimId, reason, date }, { office, session }) => {
    item(office, claimId, reason)
    updateItem(office.store.db, claimId, reason, { follow_up_date: date }, actor(office, session))
    return { item: item(office, claimId, reason) }
  },
  'followup.addNote': ({ claimId, reason, note }, { office, session }) => {
    item(office, claimId, reason)
    addNote(office.store.db, claimId, reason, note, actor(office, session))
    return { item: item(office, claimId, reason) }
  },
  'followup.markDone': ({ claimId, reason, done }, { office, session }) => {
    item(office, claimId, reason)
    const status = done ? 'done' : 'open'
    updateItem(office.store.db, claimId, reason, { status }, actor(office, session))
    return { status }
  },
  'followup.correct': ({ claimId, reason, why }, { office, session }) => {
    item(office, claimId, reason)
    const made = correctAndResend(
      office.store.db,
      claimId,
      reason,
      why,
      actor(office, session),
      today(office),
    )
    return {
      newClaimId: made,
      patientControlNumber: readClaim(office.store.db, made).patientControlNumber,
    }
  },
  'followup.void': ({ claimId, reason, why, payerClaimControlNumber }, { office, session }) => {
    item(office, claimId, reason)
    const made = voidFromQueue(
      office.store.db,
      claimId,
      reason,
      why,
      payerClaimControlNumber,
      actor(office, session),
      today(office),
    )
    return {
      claimId: made,
      patientControlNumber: readClaim(office.store.db, made).patientControlNumber,
    }
  },
  'followup.resendAsNew': ({ claimId, reason }, { office, session }) => {
    if (reason !== 'rejection') {
      throw new DomainError(
        'conflict',
        'Only a rejected claim is resent as new: the payer has this one, so correct it (frequency 7) instead.',
      )
    }
    item(office, claimId, reason)
    return resendAsNew(office.store.db, claimId, actor(office, session), today(office))
  },
  'followup.billPatient': ({ claimId, reason, why }, { office, session }) => {
    if (reason !== 'denial') {
      throw new DomainError('conflict', 'Only denied lines are billed to the patient from here.')
    }
    item(office, claimId, reason)
    return {
      movedCents: billPatient(office.store.db, claimId, why, actor(office, session), today(office)),
    }
  },
  'followup.writeOff': ({ claimId, reason, category, why }, { office, session }) => {
    item(office, claimId, reason)
    return {
      writtenOffCents: writeOffItem(
        office.store.db,
        claimId,
        reason,
        category,
        why,
        actor(office, session),
        today(office),
      ),
    }
  },
  'followup.appealLetter': async ({ claimId, reason, paragraph }, { office }) => {
    const found = item(office, claimId, reason)
    const text = paragraph && paragraph.length > 0 ? paragraph : defaultParagraph(found)
    const { fileName, pdf } = await appealLetter(office.store.db, found, text, today(office))
    return { fileName, pdfBase64: pdf.toString('base64'), paragraph: text }
  },
})
