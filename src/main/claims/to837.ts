/** A stored claim as the 837P writer's model (src/main/x12/claim837.ts). */
import type { Address } from '../../shared/schemas/address'
import type { Practice } from '../../shared/schemas/practice'
import type {
  Address837,
  BillingProvider,
  LineAdjudication837,
  Claim837,
  OtherSubscriber837,
  PersonName837,
  ServiceLine837,
} from '../x12/claim837'
import type { ClaimLine, ClaimRecord, OtherPayer } from './claim'
import { isMedicare } from '../../shared/validators/medicareSecondaryType'
import { RESPONSIBILITY_CODE } from './responsibility'

export function address837(a: {
  street1: string
  street2?: string | undefined
  city: string
  state: string
  zip: string
}): Address837 {
  return {
    line1: a.street1,
    ...(a.street2 ? { line2: a.street2 } : {}),
    city: a.city,
    state: a.state,
    zip: a.zip,
  }
}

export function name837(p: {
  lastName: string
  firstName: string
  middleName?: string | undefined
  suffix?: string | undefined
}): PersonName837 {
  return {
    last: p.lastName,
    first: p.firstName,
    ...(p.middleName ? { middle: p.middleName } : {}),
    ...(p.suffix ? { suffix: p.suffix } : {}),
  }
}

/** 2000A/2010AA: the practice as billing provider, with 2010AB pay-to when it has one. */
export function billingProvider837(practice: Practice): BillingProvider {
  return {
    name: practice.legalName,
    npi: practice.billingNpi,
    taxonomy: practice.taxonomyCode,
    ein: practice.ein,
    address: address837(practice.billingAddress),
    ...(practice.payToAddress ? { payToAddress: address837(practice.payToAddress) } : {}),
  }
}

function sameAddress(a: Address, b: Address): boolean {
  const norm = (x: Address) =>
    [x.street1, x.street2 ?? '', x.city, x.state, x.zip]
      .map((s) => s.trim().toUpperCase())
      .join('|')
  return norm(a) === norm(b)
}

function otherSubscriber(
  o: OtherPayer,
  patient: ClaimRecord['data']['patient'],
): OtherSubscriber837 {
  const c = o.coverage
  const holder = c.relationship === 'self' || !c.subscriber ? patient.record : c.subscriber
  const adjudication = o.adjudication
  return {
    responsibility: RESPONSIBILITY_CODE[o.responsibility],
    relationship: c.relationship,
    ...(c.groupNumber
      ? { groupNumber: c.groupNumber }
      : c.planName
        ? { planName: c.planName }
        : {}),
    claimFilingIndicator: o.payer.record.claimFilingIndicator,
    benefitsAssigned: true,
    releaseOfInformation: 'Y',
    ...(adjudication
      ? {
          paidCents: adjudication.paidCents,
          ...(adjudication.adjustments ? { adjustments: adjudication.adjustments } : {}),
          ...(adjudication.remainingPatientLiabilityCents !== undefined
            ? { remainingPatientLiabilityCents: adjudication.remainingPatientLiabilityCents }
            : {}),
        }
      : {}),
    subscriber: { name: name837(holder), memberId: c.memberId },
    payer: {
      name: o.payer.record.name,
      payerId: o.payer.record.clearinghousePayerId,
      // DTP*573 goes on the 2430s when the payer adjudicated lines, on the 2330B otherwise.
      ...(adjudication && !adjudication.lines ? { adjudicatedOn: adjudication.adjudicatedOn } : {}),
    },
  }
}

/** 2430 per earlier payer that adjudicated this line (SVD, CAS, DTP*573). */
function lineAdjudications(
  otherPayers: readonly OtherPayer[],
  line: ClaimLine,
): LineAdjudication837[] {
  const out: LineAdjudication837[] = []
  for (const o of otherPayers) {
    const a = o.adjudication
    const l = a?.lines?.find((x) => x.lineNo === line.lineNo && x.code === line.code)
    if (!a || !l) continue
    out.push({
      otherPayerId: o.payer.record.clearinghousePayerId,
      paidCents: l.paidCents,
      procedureCode: l.code,
      ...(l.modifiers.length > 0 ? { modifiers: l.modifiers } : {}),
      paidUnits: l.units,
      adjustments: l.adjustments,
      adjudicatedOn: a.adjudicatedOn,
    })
  }
  return out
}

/**
 * The claim as the writer wants it. The practice bills as an organization, so the rendering
 * provider (2310B) is always sent; the service facility (2310C) only when the visit was not at
 * the billing address; REF*F8 only on a replacement or void.
 */
export function claim837(claim: ClaimRecord, lines: readonly ClaimLine[]): Claim837 {
  const d = claim.data
  const coverage = d.coverage.record
  const patient = d.patient.record
  const self = coverage.relationship === 'self' || !coverage.subscriber
  const holder = self ? patient : coverage.subscriber!
  const location = d.location.record
  const atBillingAddress =
    d.practice !== null && sameAddress(location.address, d.practice.billingAddress)
  const out: Claim837 = {
    subscriber: {
      responsibility: RESPONSIBILITY_CODE[claim.responsibility],
      relationship: self ? 'self' : coverage.relationship,
      ...(coverage.groupNumber
        ? { groupNumber: coverage.groupNumber }
        : coverage.planName
          ? { planName: coverage.planName }
          : {}),
      claimFilingIndicator: d.payer.record.claimFilingIndicator,
      // SBR05 only on a claim to Medicare as secondary or tertiary payer (the guide's rule).
      ...(claim.responsibility !== 'primary' &&
      isMedicare(d.payer.record.claimFilingIndicator) &&
      coverage.medicareSecondaryType
        ? { insuranceTypeCode: coverage.medicareSecondaryType }
        : {}),
      memberId: coverage.memberId,
      name: name837(holder),
      dob: holder.dob,
      sex: holder.sex,
      address: address837(holder.address),
    },
    payer: {
      name: d.payer.record.name,
      payerId: d.payer.record.clearinghousePayerId,
      ...(d.payer.record.claimsAddress
        ? { address: address837(d.payer.record.claimsAddress) }
        : {}),
    },
    claim: {
      patientControlNumber: claim.patientControlNumber,
      totalChargeCents: claim.totalCents,
      placeOfService: d.visit.placeOfService,
      frequency: claim.frequency,
      providerSignatureOnFile: true,
      assignment: 'A',
      benefitsAssigned: true,
      releaseOfInformation: 'Y',
      ...(claim.frequency !== '1' && claim.originalReference
        ? { payerClaimControlNumber: claim.originalReference }
        : {}),
      ...(d.visit.priorAuthorization ? { priorAuthorization: d.visit.priorAuthorization } : {}),
      diagnoses: d.visit.diagnoses,
      ...(d.referrer
        ? { referringProvider: { name: name837(d.referrer.record), npi: d.referrer.record.npi } }
        : {}),
      renderingProvider: {
        name: name837(d.provider.record),
        npi: d.provider.record.npi,
        taxonomy: d.provider.record.taxonomyCode,
      },
      ...(atBillingAddress
        ? {}
        : {
            serviceFacility: {
              name: location.name,
              address: address837(location.address),
              ...(location.npi ? { npi: location.npi } : {}),
            },
          }),
    },
    lines: lines.map((line): ServiceLine837 => ({
      procedureCode: line.code,
      ...(line.modifiers.length > 0 ? { modifiers: line.modifiers } : {}),
      chargeCents: line.chargeCents,
      units: line.units,
      diagnosisPointers: line.pointers,
      serviceDate: claim.dateOfService,
      ...(line.ndc
        ? { drug: { ndc: line.ndc.code, quantity: line.ndc.quantity, unit: line.ndc.unit } }
        : {}),
      lineItemControlNumber: line.lineControlNumber,
      ...(d.otherPayers.some((o) => o.adjudication?.lines)
        ? { adjudications: lineAdjudications(d.otherPayers, line) }
        : {}),
    })),
  }
  if (!self)
    out.patient = {
      name: name837(patient),
      dob: patient.dob,
      sex: patient.sex,
      address: address837(patient.address),
    }
  if (d.otherPayers.length > 0)
    out.otherSubscribers = d.otherPayers.map((o) => otherSubscriber(o, d.patient))
  return out
}
