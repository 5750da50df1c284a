import { formatPhone } from '../../../shared/usFormat'
import type { CoverageOrder } from '../../../shared/validators/coveragePeriod'
import type { Coverage, CoverageInput, SubscriberInput } from '../../../shared/schemas/coverage'
import type { Address } from '../../../shared/schemas/address'
import type { Patient, PatientInput } from '../../../shared/schemas/patient'
import { BLANK_ADDRESS, text } from './RegistrationOptions'

/**
 * Stored records turned into what the forms edit: every optional text as '' so each box starts
 * controlled, and every choice not yet made as '' so the shared schema says what to pick.
 */
const unpicked = <T>(): T => '' as T

export function addressValues(address: Address | null | undefined) {
  return address ? { ...address, street2: text(address.street2) } : { ...BLANK_ADDRESS }
}

export function blankSubscriber(): SubscriberInput {
  return {
    lastName: '',
    firstName: '',
    middleName: '',
    suffix: '',
    dob: '',
    sex: unpicked(),
    address: { ...BLANK_ADDRESS },
  }
}

export function blankPatient(): PatientInput {
  return {
    lastName: '',
    firstName: '',
    middleName: '',
    suffix: '',
    dob: '',
    sex: unpicked(),
    address: { ...BLANK_ADDRESS },
    phones: { home: '', mobile: '', work: '' },
    email: '',
    guarantor: { kind: 'self' },
    statementPreference: 'mail',
    notes: '',
  }
}

export function patientValues(p: Patient): PatientInput {
  const g = p.guarantor
  return {
    ...p,
    middleName: text(p.middleName),
    suffix: text(p.suffix),
    address: addressValues(p.address),
    // Shown as (555) 555-0100; main takes it punctuated or not.
    phones: {
      home: formatPhone(p.phones.home),
      mobile: formatPhone(p.phones.mobile),
      work: formatPhone(p.phones.work),
    },
    email: text(p.email),
    guarantor:
      g.kind === 'self'
        ? g
        : {
            ...g,
            middleName: text(g.middleName),
            suffix: text(g.suffix),
            phone: formatPhone(g.phone),
            address: addressValues(g.address),
          },
  }
}

export function blankCoverage(order: CoverageOrder): CoverageInput {
  return {
    payerId: Number.NaN,
    order,
    memberId: '',
    groupNumber: '',
    planName: '',
    relationship: 'self',
    subscriber: blankSubscriber(),
    effectiveDate: '',
    endDate: '',
    copayCents: null,
  }
}

export function coverageValues(c: Coverage): CoverageInput {
  const s = c.subscriber
  return {
    ...c,
    groupNumber: text(c.groupNumber),
    planName: text(c.planName),
    subscriber: s
      ? {
          ...s,
          middleName: text(s.middleName),
          suffix: text(s.suffix),
          address: addressValues(s.address),
        }
      : blankSubscriber(),
    endDate: text(c.endDate),
    copayCents: c.copayCents ?? null,
  }
}
