/**
 * The paper form carries the same facts as the 837P, so a claim built for `write837` prints as a
 * CMS-1500 with the few things the 837P model does not hold (phones, box 10, box 31's signer).
 * Crosswalk: NUCC's 1500-to-837P map (box 22 from CLM05-3 and REF*F8, box 29 from the other
 * payers' AMT*D, boxes 12/13 from CLM09/CLM08, box 27 from CLM07).
 */
import { addCents } from '../../../shared/money'
import type { BillingProvider, Claim837, ClaimInformation } from '../../x12/claim837'
import {
  insuranceTypeFor,
  type Cms1500Claim,
  type Cms1500Dates,
  type Cms1500Line,
  type Cms1500PhysicianSignature,
  type ConditionRelatedTo,
} from './model'

export interface Cms1500Extras {
  /** Box 33's phone: the practice's, 10 digits. */
  billingPhone: string
  patientPhone?: string
  insuredPhone?: string
  /** Box 10a–c; absent prints NO. */
  conditionRelatedTo?: ConditionRelatedTo
  /** Box 31; absent prints SIGNATURE ON FILE without a date. */
  physicianSignature?: Cms1500PhysicianSignature
  /** Payer IDs (NM1*PR) of the other payers that are Medigap plans: only these fill box 9. */
  medigapPayerIds?: readonly string[]
  additionalInfo?: string
}

/** The CMS-1500 of one 837P claim from the practice (`billing`, as given to `write837`). */
export function cms1500FromClaim837(
  c: Claim837,
  billing: BillingProvider,
  extras: Cms1500Extras,
): Cms1500Claim {
  const { subscriber: sub, claim: info } = c
  const patient = c.patient ?? sub
  const other = c.otherSubscribers?.find((o) =>
    (extras.medigapPayerIds ?? []).includes(o.payer.payerId),
  )
  const insuranceType = insuranceTypeFor(sub.claimFilingIndicator)
  // Box 11, Medicare: NONE says no insurance is primary to Medicare.
  const medicarePrimary = insuranceType === 'medicare' && sub.responsibility === 'P'
  const paid = (c.otherSubscribers ?? []).flatMap((o) =>
    o.paidCents === undefined ? [] : [o.paidCents],
  )
  return {
    payer: { name: c.payer.name, address: c.payer.address },
    insuranceType,
    insured: {
      id: sub.memberId,
      name: sub.name,
      address: sub.address,
      phone: extras.insuredPhone,
      groupNumber: medicarePrimary ? 'NONE' : sub.groupNumber,
      dob: sub.dob,
      sex: sub.sex,
      planName: sub.planName,
    },
    patient: {
      name: patient.name,
      dob: patient.dob,
      sex: patient.sex,
      address: patient.address,
      phone: extras.patientPhone,
      relationship: sub.relationship,
      accountNumber: info.patientControlNumber,
    },
    otherInsured: other && {
      name: other.subscriber.name,
      policyOrGroupNumber: other.groupNumber ?? other.subscriber.memberId,
      planName: other.planName ?? other.payer.name,
    },
    anotherPlan: (c.otherSubscribers ?? []).length > 0,
    conditionRelatedTo: extras.conditionRelatedTo,
    patientSignatureOnFile: info.releaseOfInformation === 'Y',
    insuredSignatureOnFile: info.benefitsAssigned,
    dates: claimDates(info),
    referringProvider: info.referringProvider && { qualifier: 'DN', ...info.referringProvider },
    additionalInfo: extras.additionalInfo,
    diagnoses: info.diagnoses,
    resubmission:
      info.frequency === '1'
        ? undefined
        : { code: info.frequency, originalReference: info.payerClaimControlNumber ?? '' },
    priorAuthorization: info.priorAuthorization,
    lines: c.lines.map((line): Cms1500Line => ({
      from: line.serviceDate,
      to: line.serviceDateEnd,
      placeOfService: line.placeOfService ?? info.placeOfService,
      procedureCode: line.procedureCode,
      modifiers: line.modifiers,
      diagnosisPointers: line.diagnosisPointers,
      chargeCents: line.chargeCents,
      units: line.units,
      renderingNpi: info.renderingProvider?.npi,
      ndc: line.drug && { code: line.drug.ndc, unit: line.drug.unit, quantity: line.drug.quantity },
    })),
    federalTaxId: { kind: 'ein', number: billing.ein },
    // CLM07 C is "not assigned"; A and B (clinical lab only) both accept assignment.
    acceptAssignment: info.assignment !== 'C',
    amountPaidCents: paid.length > 0 ? addCents(...paid) : undefined,
    physicianSignature: extras.physicianSignature ?? {},
    serviceFacility: info.serviceFacility,
    billingProvider: {
      name: billing.name,
      address: billing.address,
      phone: extras.billingPhone,
      npi: billing.npi,
    },
  }
}

/** Box 14 takes onset (or else the LMP); box 15 the first other date the claim has. */
function claimDates(info: ClaimInformation): Cms1500Dates {
  const d = info.dates ?? {}
  const dates: Cms1500Dates = {}
  if (d.onset) dates.currentIllness = { date: d.onset, qualifier: '431' }
  else if (d.lastMenstrualPeriod)
    dates.currentIllness = { date: d.lastMenstrualPeriod, qualifier: '484' }
  const others = [
    [d.initialTreatment, '454'],
    [d.lastSeen, '304'],
    [d.acuteManifestation, '453'],
    [d.lastXray, '455'],
  ] as const
  const other = others.find(([date]) => date !== undefined)
  if (other) dates.other = { date: other[0]!, qualifier: other[1] }
  if (d.admission && d.discharge) dates.hospitalization = { from: d.admission, to: d.discharge }
  return dates
}
