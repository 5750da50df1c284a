import { ADMINISTRATIVE_SEX_CODES } from '../../../shared/validators/administrativeSex'
import { isCalendarDate } from '../../../shared/validators/isoDate'
import { hit, rule } from './rule'

/** 2010BA/2010CA DMG: date of birth and sex are required for the patient. */
export const patientDob = rule({
  id: 'patient.dob',
  severity: 'error',
  summary: "The patient's date of birth is present and before the date of service",
  check: ({ claim }) => {
    const dob = claim.data.patient.record.dob ?? ''
    if (!isCalendarDate(dob)) {
      return [
        hit(
          'patient.dob',
          "The patient's date of birth is missing or not a date — enter it as on the insurance card",
        ),
      ]
    }
    if (dob > claim.dateOfService) {
      return [
        hit(
          'patient.dob',
          `The patient's date of birth ${dob} is after the date of service ${claim.dateOfService} — check the year`,
        ),
      ]
    }
    return []
  },
})

export const patientSex = rule({
  id: 'patient.sex',
  severity: 'error',
  summary: "The patient's sex (DMG03) is F, M or U",
  check: ({ claim }) => {
    const sex = claim.data.patient.record.sex ?? ''
    return (ADMINISTRATIVE_SEX_CODES as readonly string[]).includes(sex)
      ? []
      : [
          hit(
            'patient.sex',
            "The patient's sex is missing — pick F, M or U as on the insurance card",
          ),
        ]
  },
})
