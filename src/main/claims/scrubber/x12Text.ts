import { X12_TEXT, x12TextError, type X12TextSpec } from '../../../shared/validators/x12Text'
import type { ClaimData } from '../claim'
import { hit, rule, type RuleHit } from './rule'

interface Checked {
  field: string
  value: string | undefined
  spec: X12TextSpec
}

const named = (spec: X12TextSpec, label: string): X12TextSpec => ({ ...spec, label })

function personFields(
  prefix: string,
  whose: string,
  p: {
    lastName: string
    firstName: string
    middleName?: string | undefined
    suffix?: string | undefined
  },
): Checked[] {
  return [
    {
      field: `${prefix}.lastName`,
      value: p.lastName,
      spec: named(X12_TEXT.lastName, `${whose} last name`),
    },
    {
      field: `${prefix}.firstName`,
      value: p.firstName,
      spec: named(X12_TEXT.firstName, `${whose} first name`),
    },
    {
      field: `${prefix}.middleName`,
      value: p.middleName,
      spec: named(X12_TEXT.middleName, `${whose} middle name`),
    },
    { field: `${prefix}.suffix`, value: p.suffix, spec: named(X12_TEXT.suffix, `${whose} suffix`) },
  ]
}

function addressFields(
  prefix: string,
  whose: string,
  a: { street1: string; street2?: string | undefined; city: string } | undefined,
): Checked[] {
  if (!a) return []
  return [
    {
      field: `${prefix}.street1`,
      value: a.street1,
      spec: named(X12_TEXT.addressLine, `${whose} street`),
    },
    {
      field: `${prefix}.street2`,
      value: a.street2,
      spec: named(X12_TEXT.addressLine, `${whose} address line 2`),
    },
    { field: `${prefix}.city`, value: a.city, spec: named(X12_TEXT.city, `${whose} city`) },
  ]
}

/** Every free-text element the 837P carries from the records, with its guide bounds. */
function textElements(data: ClaimData): Checked[] {
  const coverage = data.coverage.record
  const out: Checked[] = [
    ...personFields('patient', "Patient's", data.patient.record),
    ...addressFields('patient.address', "Patient's", data.patient.record.address),
    { field: 'coverage.memberId', value: coverage.memberId, spec: X12_TEXT.memberId },
    { field: 'coverage.groupNumber', value: coverage.groupNumber, spec: X12_TEXT.groupNumber },
    { field: 'coverage.planName', value: coverage.planName, spec: X12_TEXT.planName },
    {
      field: 'payer.name',
      value: data.payer.record.name,
      spec: named(X12_TEXT.organizationName, 'Payer name'),
    },
    ...personFields('provider', "Rendering provider's", data.provider.record),
    {
      field: 'location.name',
      value: data.location.record.name,
      spec: named(X12_TEXT.organizationName, 'Location name'),
    },
    ...addressFields('location.address', "Location's", data.location.record.address),
  ]
  if (coverage.subscriber) {
    out.push(...personFields('coverage.subscriber', "Subscriber's", coverage.subscriber))
    out.push(
      ...addressFields('coverage.subscriber.address', "Subscriber's", coverage.subscriber.address),
    )
  }
  if (data.referrer)
    out.push(...personFields('referrer', "Referring provider's", data.referrer.record))
  if (data.practice) {
    out.push({
      field: 'practice.legalName',
      value: data.practice.legalName,
      spec: named(X12_TEXT.organizationName, 'Practice legal name'),
    })
    out.push(...addressFields('practice.billingAddress', 'Billing', data.practice.billingAddress))
  }
  if (data.visit.priorAuthorization) {
    out.push({
      field: 'visit.priorAuthorization',
      value: data.visit.priorAuthorization,
      spec: { label: 'Prior authorization', element: 'REF02', min: 1, max: 50 },
    })
  }
  return out
}

/**
 * The 837P's element lengths and character set (no separators ~ * : ^ |, no control
 * characters), checked with the same rules the forms use, for records saved before a rule
 * existed or imported from elsewhere.
 */
export const x12TextRule = rule({
  id: 'x12.text',
  severity: 'error',
  summary: 'Names, addresses and IDs fit the 837P element lengths and characters',
  check: ({ claim }) => {
    const hits: RuleHit[] = []
    for (const element of textElements(claim.data)) {
      const value = element.value ?? ''
      // Missing values are the other rules' to report (patient.name, subscriber.memberId…).
      if (value.trim() === '') continue
      const error = x12TextError(value, element.spec)
      if (error) hits.push(hit(element.field, error))
    }
    return hits
  },
})
