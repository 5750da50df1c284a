/**
 * The boxes every page of a claim repeats (1–23, 25–27, 31–33). Box 24 and the page totals are
 * in serviceLines.ts.
 */
import {
  addressLine,
  city,
  cityStateZip,
  dateParts,
  moneyParts,
  personName,
  phoneParts,
  spacedDate,
  state,
  street,
  zip,
} from './format'
import type { FieldId } from './layout'
import type { Cms1500Address, Cms1500Claim, InsuranceType } from './model'
import type { Sheet } from './sheet'

const INSURANCE_BOX: Record<InsuranceType, FieldId> = {
  medicare: 'typeMedicare',
  medicaid: 'typeMedicaid',
  tricare: 'typeTricare',
  champva: 'typeChampva',
  group: 'typeGroup',
  feca: 'typeFeca',
  other: 'typeOther',
}

const RELATIONSHIP_BOX = {
  self: 'relationSelf',
  spouse: 'relationSpouse',
  child: 'relationChild',
  other: 'relationOther',
} as const satisfies Record<string, FieldId>

const SIGNATURE_ON_FILE = 'SIGNATURE ON FILE'

export function fillClaimBoxes(sheet: Sheet, claim: Cms1500Claim): void {
  fillCarrier(sheet, claim)
  sheet.mark(INSURANCE_BOX[claim.insuranceType])
  fillPatient(sheet, claim)
  fillInsured(sheet, claim)
  fillOtherInsured(sheet, claim)
  fillCondition(sheet, claim)
  if (claim.patientSignatureOnFile) sheet.put('patientSignature', SIGNATURE_ON_FILE)
  if (claim.insuredSignatureOnFile) sheet.put('insuredSignature', SIGNATURE_ON_FILE)
  fillDates(sheet, claim)
  fillReferring(sheet, claim)
  sheet.put('additionalInfo', claim.additionalInfo ?? '')
  fillOutsideLab(sheet, claim)
  fillClaimReferences(sheet, claim)
  fillProviders(sheet, claim)
}

function fillCarrier(sheet: Sheet, claim: Cms1500Claim): void {
  const { name, address } = claim.payer
  const lines = [name]
  if (address) {
    lines.push(addressLine(address.line1))
    if (address.line2) lines.push(addressLine(address.line2))
    lines.push(cityStateZip(address))
  }
  const ids = ['carrier1', 'carrier2', 'carrier3', 'carrier4'] as const
  lines.forEach((text, i) => sheet.put(ids[i]!, text))
}

function putDate(sheet: Sheet, iso: string, ids: [FieldId, FieldId, FieldId], yearDigits: 2 | 4) {
  const { month, day, year } = dateParts(iso, yearDigits)
  sheet.put(ids[0], month)
  sheet.put(ids[1], day)
  sheet.put(ids[2], year)
}

function putPhone(sheet: Sheet, phone: string | undefined, area: FieldId, rest: FieldId) {
  const parts = phone ? phoneParts(phone) : null
  if (!parts) return
  sheet.put(area, parts.area)
  sheet.put(rest, parts.number)
}

function putAddress(sheet: Sheet, address: Cms1500Address, ids: FieldId[]): void {
  const [streetId, cityId, stateId, zipId] = ids
  sheet.put(streetId!, street(address))
  sheet.put(cityId!, city(address))
  sheet.put(stateId!, state(address))
  sheet.put(zipId!, zip(address))
}

function fillPatient(sheet: Sheet, claim: Cms1500Claim): void {
  const { patient } = claim
  sheet.put('patientName', personName(patient.name))
  putDate(sheet, patient.dob, ['patientDobMonth', 'patientDobDay', 'patientDobYear'], 4)
  // NUCC: leave the sex boxes blank when the sex is unknown.
  if (patient.sex === 'M') sheet.mark('patientSexM')
  if (patient.sex === 'F') sheet.mark('patientSexF')
  putAddress(sheet, patient.address, ['patientStreet', 'patientCity', 'patientState', 'patientZip'])
  putPhone(sheet, patient.phone, 'patientPhoneArea', 'patientPhone')
  sheet.mark(RELATIONSHIP_BOX[patient.relationship])
  sheet.put('accountNumber', patient.accountNumber, 'patient account number')
}

function fillInsured(sheet: Sheet, claim: Cms1500Claim): void {
  const { insured } = claim
  sheet.put('insuredId', insured.id, "insured's ID number")
  sheet.put('insuredName', personName(insured.name))
  putAddress(sheet, insured.address, ['insuredStreet', 'insuredCity', 'insuredState', 'insuredZip'])
  putPhone(sheet, insured.phone, 'insuredPhoneArea', 'insuredPhone')
  sheet.put('insuredGroup', insured.groupNumber ?? '', 'group number')
  if (insured.dob) {
    putDate(sheet, insured.dob, ['insuredDobMonth', 'insuredDobDay', 'insuredDobYear'], 4)
  }
  if (insured.sex === 'M') sheet.mark('insuredSexM')
  if (insured.sex === 'F') sheet.mark('insuredSexF')
  sheet.put('insuredPlan', insured.planName ?? '')
}

function fillOtherInsured(sheet: Sheet, claim: Cms1500Claim): void {
  const other = claim.otherInsured
  // NUCC 11d: YES when another plan covers the patient; 9, 9a and 9d name it only when it is a
  // Medigap plan (a non-Medigap plan is reported in 11d alone).
  sheet.mark(other || claim.anotherPlan ? 'anotherPlanYes' : 'anotherPlanNo')
  if (!other) return
  sheet.put('otherInsuredName', personName(other.name))
  sheet.put('otherInsuredPolicy', other.policyOrGroupNumber ?? '', 'other policy or group number')
  sheet.put('otherInsuredPlan', other.planName ?? '')
}

function fillCondition(sheet: Sheet, claim: Cms1500Claim): void {
  const c = claim.conditionRelatedTo
  sheet.mark(c?.employment ? 'employmentYes' : 'employmentNo')
  sheet.mark(c?.autoAccident ? 'autoAccidentYes' : 'autoAccidentNo')
  if (c?.autoAccident) sheet.put('autoAccidentState', c.autoAccidentState ?? '', 'accident state')
  sheet.mark(c?.otherAccident ? 'otherAccidentYes' : 'otherAccidentNo')
}

function fillDates(sheet: Sheet, claim: Cms1500Claim): void {
  const d = claim.dates ?? {}
  if (d.currentIllness) {
    putDate(sheet, d.currentIllness.date, ['illnessMonth', 'illnessDay', 'illnessYear'], 4)
    sheet.put('illnessQualifier', d.currentIllness.qualifier)
  }
  if (d.other) {
    sheet.put('otherDateQualifier', d.other.qualifier)
    putDate(sheet, d.other.date, ['otherDateMonth', 'otherDateDay', 'otherDateYear'], 4)
  }
  if (d.unableToWork) {
    putDate(sheet, d.unableToWork.from, ['unableFromMonth', 'unableFromDay', 'unableFromYear'], 4)
    putDate(sheet, d.unableToWork.to, ['unableToMonth', 'unableToDay', 'unableToYear'], 4)
  }
  if (d.hospitalization) {
    const { from, to } = d.hospitalization
    putDate(sheet, from, ['hospitalFromMonth', 'hospitalFromDay', 'hospitalFromYear'], 4)
    putDate(sheet, to, ['hospitalToMonth', 'hospitalToDay', 'hospitalToYear'], 4)
  }
}

function fillReferring(sheet: Sheet, claim: Cms1500Claim): void {
  const ref = claim.referringProvider
  if (!ref) return
  sheet.put('referringQualifier', ref.qualifier)
  sheet.put('referringName', personName(ref.name))
  sheet.put('referringNpi', ref.npi, 'referring NPI')
}

function fillOutsideLab(sheet: Sheet, claim: Cms1500Claim): void {
  const lab = claim.outsideLab
  sheet.mark(lab ? 'outsideLabYes' : 'outsideLabNo')
  if (!lab) return
  const { dollars, cents } = moneyParts(lab.chargesCents)
  sheet.put('outsideLabDollars', dollars, 'outside lab charge')
  sheet.put('outsideLabCents', cents)
}

function fillClaimReferences(sheet: Sheet, claim: Cms1500Claim): void {
  // NUCC 21: the ICD indicator is 0 for ICD-10-CM, entered whenever diagnoses are.
  if (claim.diagnoses.length > 0) sheet.put('icdIndicator', '0')
  if (claim.resubmission) {
    sheet.put('resubmissionCode', claim.resubmission.code)
    sheet.put(
      'originalReference',
      claim.resubmission.originalReference,
      'original reference number',
    )
  }
  sheet.put('priorAuthorization', claim.priorAuthorization ?? '', 'prior authorization number')
  const tax = claim.federalTaxId
  // NUCC 25: no hyphens in the tax ID.
  sheet.put('taxId', tax.number.replace(/\D/g, ''), 'federal tax ID')
  sheet.mark(tax.kind === 'ssn' ? 'taxIdSsn' : 'taxIdEin')
  sheet.mark(claim.acceptAssignment ? 'assignmentYes' : 'assignmentNo')
}

function fillProviders(sheet: Sheet, claim: Cms1500Claim): void {
  const signature = claim.physicianSignature
  sheet.put('physicianSignature', signature.name ?? SIGNATURE_ON_FILE)
  if (signature.date) sheet.put('physicianDate', spacedDate(signature.date))
  const facility = claim.serviceFacility
  if (facility) {
    sheet.put('facilityName', facility.name)
    sheet.put('facilityStreet', street(facility.address))
    sheet.put('facilityCity', cityStateZip(facility.address))
    sheet.put('facilityNpi', facility.npi ?? '', 'service facility NPI')
  }
  const billing = claim.billingProvider
  putPhone(sheet, billing.phone, 'billingPhoneArea', 'billingPhone')
  sheet.put('billingName', billing.name)
  sheet.put('billingStreet', street(billing.address))
  sheet.put('billingCity', cityStateZip(billing.address))
  sheet.put('billingNpi', billing.npi, 'billing provider NPI')
}
