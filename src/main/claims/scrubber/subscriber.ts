import { ADMINISTRATIVE_SEX_CODES } from '../../../shared/validators/administrativeSex'
import { isCalendarDate } from '../../../shared/validators/isoDate'
import { hit, rule, type RuleHit } from './rule'

/**
 * When the patient is not the subscriber, 2010BA describes the subscriber (name, DMG date of
 * birth and sex, address) and 2000C/2010CA the patient.
 */
export const subscriberDemographics = rule({
  id: 'subscriber.demographics',
  severity: 'error',
  summary: "The subscriber's name, date of birth, sex and address are present when not the patient",
  check: ({ claim }) => {
    const coverage = claim.data.coverage.record
    if (coverage.relationship === 'self') return []
    const s = coverage.subscriber
    const payer = claim.data.payer.record.name
    if (!s) {
      return [
        hit(
          'coverage.subscriber',
          `The ${payer} coverage says the patient is the subscriber's ${coverage.relationship}, but has no subscriber — enter the subscriber's name, date of birth, sex and address`,
        ),
      ]
    }
    const hits: RuleHit[] = []
    if (!s.lastName?.trim() || !s.firstName?.trim()) {
      hits.push(
        hit(
          'coverage.subscriber.lastName',
          "Enter the subscriber's first and last name as on the insurance card",
        ),
      )
    }
    if (!isCalendarDate(s.dob ?? '')) {
      hits.push(
        hit(
          'coverage.subscriber.dob',
          "Enter the subscriber's date of birth as on the insurance card",
        ),
      )
    }
    if (!(ADMINISTRATIVE_SEX_CODES as readonly string[]).includes(s.sex ?? '')) {
      hits.push(hit('coverage.subscriber.sex', "Pick the subscriber's sex: F, M or U"))
    }
    if (!s.address?.street1?.trim() || !s.address.city?.trim() || !s.address.zip?.trim()) {
      hits.push(hit('coverage.subscriber.address', "Enter the subscriber's address"))
    }
    return hits
  },
})

const sameText = (a: string | undefined, b: string | undefined) =>
  (a ?? '').trim().toUpperCase() === (b ?? '').trim().toUpperCase()

/** SBR02 / PAT01 must agree with who the subscriber is. */
export const subscriberRelationship = rule({
  id: 'subscriber.relationship',
  severity: 'error',
  summary: "The patient's relationship to the subscriber agrees with the subscriber's details",
  check: ({ claim }) => {
    const coverage = claim.data.coverage.record
    const s = coverage.subscriber
    if (coverage.relationship === 'self' || !s) return []
    const patient = claim.data.patient.record
    if (
      sameText(s.lastName, patient.lastName) &&
      sameText(s.firstName, patient.firstName) &&
      s.dob === patient.dob
    ) {
      return [
        hit(
          'coverage.relationship',
          `The subscriber has the patient's own name and date of birth, but the relationship is ${coverage.relationship} — pick self if the patient holds the policy`,
        ),
      ]
    }
    if (coverage.relationship === 'child' && s.dob && patient.dob && s.dob >= patient.dob) {
      return [
        hit(
          'coverage.subscriber.dob',
          `The patient is the subscriber's child but was born on or before the subscriber (${s.dob}) — check the relationship and both dates of birth`,
        ),
      ]
    }
    return []
  },
})
