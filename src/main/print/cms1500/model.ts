/**
 * Everything a CMS-1500 (02/12) paper claim prints, independent of how the store keeps it. The
 * claims module builds one of these per claim; `renderCms1500` lays it out.
 *
 * Dates are ISO `YYYY-MM-DD`; money is whole cents; text is as a person typed it (the printer
 * upper-cases it and drops the punctuation the NUCC manual forbids). Names and addresses have
 * the same shape as the 837P model's (`PersonName837`, `Address837`), so those values fit here.
 */
import type { Cents } from '../../../shared/money'
import type { AdministrativeSexCode } from '../../../shared/validators/administrativeSex'
import type { ClaimFilingIndicatorCode } from '../../../shared/validators/claimFilingIndicator'
import type { RelationshipCode } from '../../../shared/validators/relationship'

export interface Cms1500Name {
  last: string
  first: string
  middle?: string
  suffix?: string
}

export interface Cms1500Address {
  line1: string
  line2?: string
  city: string
  /** Two-letter state code. */
  state: string
  /** 5 or 9 digits; a 9-digit ZIP prints with its hyphen, as NUCC asks. */
  zip: string
}

/** Box 1: the kind of health insurance the claim goes to. */
export const INSURANCE_TYPES = [
  'medicare',
  'medicaid',
  'tricare',
  'champva',
  'group',
  'feca',
  'other',
] as const
export type InsuranceType = (typeof INSURANCE_TYPES)[number]

/**
 * Box 1 from the payer's claim filing indicator (837P SBR09). FECA Black Lung has no SBR09 code
 * of its own, so it is never derived; pass 'feca' explicitly for Department of Labor claims.
 */
export function insuranceTypeFor(code: ClaimFilingIndicatorCode): InsuranceType {
  switch (code) {
    case 'MA':
    case 'MB':
      return 'medicare'
    case 'MC':
      return 'medicaid'
    case 'CH':
      return 'tricare'
    case 'VA':
      return 'champva'
    case 'BL':
    case 'CI':
    case 'HM':
    case '12':
    case '13':
    case '14':
    case '15':
    case '16':
      return 'group'
    default:
      return 'other'
  }
}

/** Boxes 1a, 4, 7, 11, 11a, 11c: the insured person of the coverage this claim goes to. */
export interface Cms1500Insured {
  /** 1a: the member ID exactly as on the card. */
  id: string
  name: Cms1500Name
  address: Cms1500Address
  /** 10 digits. */
  phone?: string
  /** 11: the group number; NUCC leaves it blank when the card has none. */
  groupNumber?: string
  dob?: string
  /** 11a: U (unknown) leaves both boxes empty, as NUCC asks. */
  sex?: AdministrativeSexCode
  /** 11c. */
  planName?: string
}

/** Boxes 2, 3, 5, 6 and 26. */
export interface Cms1500Patient {
  name: Cms1500Name
  dob: string
  sex: AdministrativeSexCode
  address: Cms1500Address
  /** 10 digits. */
  phone?: string
  /** 6: the patient's relationship to the insured in box 4. */
  relationship: RelationshipCode
  /** 26: the practice's account or claim number; the payer echoes it back on the remit. */
  accountNumber: string
}

/** Boxes 9, 9a, 9d (and 11d YES): another plan that covers the patient. */
export interface Cms1500OtherInsured {
  name: Cms1500Name
  policyOrGroupNumber?: string
  planName?: string
}

/** Box 10a–c. */
export interface ConditionRelatedTo {
  employment: boolean
  autoAccident: boolean
  /** 10b PLACE: the state where the auto accident happened. */
  autoAccidentState?: string
  otherAccident: boolean
}

/** Box 14 qualifiers: 431 onset of current symptoms or illness, 484 last menstrual period. */
export type CurrentIllnessQualifier = '431' | '484'
/** Box 15 qualifiers (NUCC): initial treatment, last seen, acute manifestation, accident, … */
export type OtherDateQualifier =
  '454' | '304' | '453' | '439' | '455' | '471' | '090' | '091' | '444'

export interface DateSpan {
  from: string
  to: string
}

/** Boxes 14, 15, 16 and 18. */
export interface Cms1500Dates {
  currentIllness?: { date: string; qualifier: CurrentIllnessQualifier }
  other?: { date: string; qualifier: OtherDateQualifier }
  unableToWork?: DateSpan
  hospitalization?: DateSpan
}

/** Box 17 / 17b. DN referring, DK ordering, DQ supervising provider. */
export interface Cms1500ReferringProvider {
  qualifier: 'DN' | 'DK' | 'DQ'
  name: Cms1500Name
  npi: string
}

export type NdcUnit = 'UN' | 'ML' | 'GR' | 'F2' | 'ME'

/** One box 24 service line. */
export interface Cms1500Line {
  /** 24A From. */
  from: string
  /** 24A To; the From date is re-entered when absent, as NUCC allows. */
  to?: string
  /** 24B, two digits. */
  placeOfService: string
  /** 24C: Y when the service was an emergency (some payers ask for it). */
  emergency?: boolean
  /** 24D CPT or HCPCS code. */
  procedureCode: string
  /** 24D, up to 4 two-character modifiers. */
  modifiers?: string[]
  /** 24E: 1-based positions in `diagnoses` (printed as the letters A–L), 1 to 4 of them. */
  diagnosisPointers: number[]
  /** 24F. */
  chargeCents: Cents
  /** 24G, a whole number of days or units. */
  units: number
  /** 24J: the rendering provider's individual NPI. */
  renderingNpi?: string
  /** Shaded supplemental row: the drug given, printed as N4 + 11 digits, unit and quantity. */
  ndc?: { code: string; unit: NdcUnit; quantity: number }
}

/** Box 32. */
export interface Cms1500ServiceFacility {
  name: string
  address: Cms1500Address
  npi?: string
}

/** Box 33. */
export interface Cms1500BillingProvider {
  name: string
  address: Cms1500Address
  /** 10 digits. */
  phone: string
  npi: string
}

/** Box 31: a name (with credentials) signs; without one the form says SIGNATURE ON FILE. */
export interface Cms1500PhysicianSignature {
  name?: string
  date?: string
}

export interface Cms1500Claim {
  /** The carrier block (top right): the payer and the address the paper claim is mailed to. */
  payer: { name: string; address?: Cms1500Address }
  /** Box 1; `insuranceTypeFor(payer.claimFilingIndicator)` derives it. */
  insuranceType: InsuranceType
  insured: Cms1500Insured
  patient: Cms1500Patient
  /** Boxes 9, 9a, 9d: a Medigap plan only (NUCC and Medicare); other plans only mark 11d. */
  otherInsured?: Cms1500OtherInsured
  /** Box 11d: another health benefit plan covers the patient (with or without box 9). */
  anotherPlan?: boolean
  /** Box 10a–c; absent marks NO in all three. */
  conditionRelatedTo?: ConditionRelatedTo
  /** Box 12: the patient's release of information is on file. */
  patientSignatureOnFile: boolean
  /** Box 13: the insured's assignment of benefits to the provider is on file. */
  insuredSignatureOnFile: boolean
  dates?: Cms1500Dates
  referringProvider?: Cms1500ReferringProvider
  /** Box 19. */
  additionalInfo?: string
  /** Box 20: purchased services; absent marks NO. */
  outsideLab?: { chargesCents: Cents }
  /** Box 21 A–L: ICD-10-CM codes (dots are dropped on the form), at most 12. */
  diagnoses: string[]
  /** Box 22: 7 replaces and 8 voids the payer's earlier claim, named by its claim number. */
  resubmission?: { code: '7' | '8'; originalReference: string }
  /** Box 23. */
  priorAuthorization?: string
  /** Box 24: any number; the form holds 6 a page, each page totals its own lines in box 28. */
  lines: Cms1500Line[]
  /** Box 25. */
  federalTaxId: { kind: 'ein' | 'ssn'; number: string }
  /** Box 27. */
  acceptAssignment: boolean
  /** Box 29: paid by the patient or other payers; printed on the first page only. */
  amountPaidCents?: Cents
  physicianSignature: Cms1500PhysicianSignature
  serviceFacility?: Cms1500ServiceFacility
  billingProvider: Cms1500BillingProvider
}
