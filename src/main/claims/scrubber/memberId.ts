import { X12_TEXT, x12TextError } from '../../../shared/validators/x12Text'
import { hit, rule } from './rule'

/** 2010BA NM109: the subscriber's member ID from the insurance card, 2–80 characters. */
export const memberId = rule({
  id: 'subscriber.memberId',
  severity: 'error',
  summary: "The subscriber's member ID is present",
  check: ({ claim }) => {
    const id = claim.data.coverage.record.memberId ?? ''
    if (id.trim() === '') {
      return [
        hit(
          'coverage.memberId',
          `The member ID for ${claim.data.payer.record.name} is missing — copy it from the insurance card into the patient's coverage`,
        ),
      ]
    }
    const error = x12TextError(id, X12_TEXT.memberId)
    return error ? [hit('coverage.memberId', `${error} (the patient's coverage)`)] : []
  },
})
