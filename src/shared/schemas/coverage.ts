import { z } from 'zod'
import { AdministrativeSex } from '../validators/administrativeSex'
import { optionalCentsAmount } from '../validators/cents'
import {
  COVERAGE_ORDERS,
  coverageDatesError,
  coverageOverlapMessage,
  findCoverageOverlap,
} from '../validators/coveragePeriod'
import { dateOfBirth } from '../validators/dateOfBirth'
import { isoDate, optionalIsoDate } from '../validators/isoDate'
import { MedicareSecondaryType } from '../validators/medicareSecondaryType'
import { recordId } from '../validators/recordId'
import { Relationship, subscriberRequired } from '../validators/relationship'
import { optionalX12Text, x12Text, X12_TEXT } from '../validators/x12Text'
import { Address } from './address'
import { personNameShape } from './personName'

/** The insured person when not the patient (837P 2010BA; the patient then goes in 2000C/2010CA). */
export const Subscriber = z.object(
  {
    ...personNameShape("Subscriber's"),
    dob: dateOfBirth("Subscriber's date of birth"),
    sex: AdministrativeSex,
    address: Address,
  },
  { error: () => "Enter the subscriber's name, date of birth, sex and address" },
)
export type Subscriber = z.infer<typeof Subscriber>
export type SubscriberInput = z.input<typeof Subscriber>

const CoverageFields = z.object({
  payerId: recordId('payer'),
  order: z.enum(COVERAGE_ORDERS, {
    error: () => 'Pick whether this coverage is primary, secondary or tertiary',
  }),
  memberId: x12Text(X12_TEXT.memberId),
  groupNumber: optionalX12Text(X12_TEXT.groupNumber),
  planName: optionalX12Text(X12_TEXT.planName),
  relationship: Relationship,
  /** Checked only when the patient is not the subscriber; otherwise ignored and dropped. */
  // Optional so a self coverage read back from JSON (which drops undefined keys) still parses.
  subscriber: z.custom<SubscriberInput | null | undefined>().optional(),
  effectiveDate: isoDate('Effective date'),
  endDate: optionalIsoDate('End date'),
  copayCents: optionalCentsAmount('Copay', 0),
  /** When this coverage is Medicare paying second or third: why (837P SBR05). */
  medicareSecondaryType: MedicareSecondaryType.optional(),
})

export const Coverage = CoverageFields.superRefine((coverage, ctx) => {
  const dates = coverageDatesError(coverage.effectiveDate, coverage.endDate)
  if (dates) ctx.addIssue({ code: 'custom', message: dates, path: ['endDate'] })
  if (!subscriberRequired(coverage.relationship)) return
  const subscriber = Subscriber.safeParse(coverage.subscriber ?? {})
  if (subscriber.success) return
  for (const issue of subscriber.error.issues) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: ['subscriber', ...issue.path] })
  }
}).transform((coverage) => ({
  ...coverage,
  subscriber: subscriberRequired(coverage.relationship)
    ? Subscriber.parse(coverage.subscriber)
    : undefined,
}))
export type Coverage = z.infer<typeof Coverage>
export type CoverageInput = z.input<typeof Coverage>

/** All of one patient's coverages: at most one active coverage per order on any date. */
export const PatientCoverages = z.array(Coverage).superRefine((coverages, ctx) => {
  const overlap = findCoverageOverlap(coverages)
  if (overlap) {
    ctx.addIssue({
      code: 'custom',
      message: coverageOverlapMessage(overlap),
      path: [overlap.second, 'effectiveDate'],
    })
  }
})
