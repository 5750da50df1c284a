/**
 * What the 837P (005010X222A1) writer needs, independent of how the store keeps it. The claims
 * module builds these from its records; `write837` turns them into one interchange.
 *
 * Dates are ISO `YYYY-MM-DD`; money is whole cents; text is as a person typed it (the writer
 * upper-cases it and refuses X12 delimiters).
 */
import type { Cents } from '../../shared/money'
import type { AdministrativeSexCode } from '../../shared/validators/administrativeSex'
import type { ClaimFilingIndicatorCode } from '../../shared/validators/claimFilingIndicator'
import type { RelationshipCode } from '../../shared/validators/relationship'

export interface Address837 {
  line1: string
  line2?: string
  city: string
  /** Two-letter state or territory code. */
  state: string
  /** 5 or 9 digits, a hyphen allowed (12345-6789). 2010AA and 2310C need all 9. */
  zip: string
}

export interface PersonName837 {
  last: string
  first: string
  middle?: string
  suffix?: string
}

/** The interchange envelope, BHT and loops 1000A/1000B. */
export interface Submission {
  /** ISA05/ISA07 interchange ID qualifiers, e.g. 'ZZ' (mutually defined) or '30' (federal TIN). */
  senderQualifier: string
  /** ISA06, at most 15 characters; also GS02 unless `applicationSenderCode` is given. */
  senderId: string
  receiverQualifier: string
  /** ISA08, at most 15 characters; also GS03 unless `applicationReceiverCode` is given. */
  receiverId: string
  applicationSenderCode?: string
  applicationReceiverCode?: string
  /** ISA15: T while testing with the clearinghouse, P in production. */
  usage: 'T' | 'P'
  /** ISA14: ask for a TA1 interchange acknowledgment. Defaults to no. */
  requestTa1?: boolean
  /**
   * ISA13/IEA02, GS06/GE02 and ST02/SE02 of the first transaction set (later ones count up).
   * The caller reserves them in the store so they never repeat.
   */
  interchangeControlNumber: number
  groupControlNumber: number
  transactionControlNumber: number
  /** Local wall-clock time the file is made, `YYYY-MM-DDTHH:MM` (seconds allowed and ignored). */
  created: string
  /** 1000A: who sends the file, with the ETIN the clearinghouse assigned (NM109). */
  submitter: Submitter837
  /** 1000B: the clearinghouse that receives the file. */
  receiver: { name: string; id: string }
}

export interface Submitter837 {
  name: string
  /** NM109 submitter identifier (the ETIN the clearinghouse assigned). */
  id: string
  contactName: string
  /** 10 digits; at least one of phone or email. */
  phone?: string
  phoneExtension?: string
  email?: string
}

/** 2000A/2010AA billing provider, an organization (the practice), with 2010AB pay-to. */
export interface BillingProvider {
  name: string
  npi: string
  taxonomy: string
  /** REF*EI, 9 digits, a hyphen allowed. */
  ein: string
  /** A street address (no PO box) with the 9-digit ZIP. */
  address: Address837
  /** 2010AB: where payers mail checks, when not the billing address. */
  payToAddress?: Address837
}

export type PayerResponsibility = 'P' | 'S' | 'T'

/** 2000B SBR + 2010BA: the insured person of the coverage this claim is sent to. */
export interface Subscriber837 {
  responsibility: PayerResponsibility
  /** The patient's relationship to this subscriber: 'self' puts the claim under 2000B. */
  relationship: RelationshipCode
  groupNumber?: string
  /** SBR04, sent only when there is no group number (as the guide asks). */
  planName?: string
  claimFilingIndicator: ClaimFilingIndicatorCode
  /** SBR05, required when Medicare is the secondary payer (e.g. '12' working aged). */
  insuranceTypeCode?: string
  memberId: string
  name: PersonName837
  dob: string
  sex: AdministrativeSexCode
  address: Address837
}

/** 2000C/2010CA: present exactly when the subscriber's relationship is not 'self'. */
export interface Patient837 {
  name: PersonName837
  dob: string
  sex: AdministrativeSexCode
  address: Address837
}

/** 2010BB (and 2330B for other payers). */
export interface Payer837 {
  name: string
  /** The payer's ID on the clearinghouse's payer list (NM109 with qualifier PI). */
  payerId: string
  address?: Address837
}

export type ClaimFrequency = '1' | '7' | '8'

/** 2300 DTP qualifiers this writer knows, in the guide's order. */
export const CLAIM_DATE_QUALIFIERS = {
  onset: '431',
  initialTreatment: '454',
  lastSeen: '304',
  acuteManifestation: '453',
  lastMenstrualPeriod: '484',
  lastXray: '455',
  lastWorked: '297',
  returnToWork: '296',
  admission: '435',
  discharge: '096',
} as const
export type ClaimDateKind = keyof typeof CLAIM_DATE_QUALIFIERS

export interface ReferringProvider837 {
  name: PersonName837
  npi: string
}

export interface RenderingProvider837 {
  name: PersonName837
  npi: string
  taxonomy: string
}

export interface ServiceFacility837 {
  name: string
  /** A street address with the 9-digit ZIP (2310C N403). */
  address: Address837
  npi?: string
}

/** 2300 Claim Information with its 2310A–C providers. */
export interface ClaimInformation {
  /** CLM01, the practice's claim number; at most 17 characters, echoed back in 835 CLP01. */
  patientControlNumber: string
  /** CLM02; must equal the sum of the lines' charges. */
  totalChargeCents: Cents
  /** CLM05-1, the CMS place of service of the visit. */
  placeOfService: string
  /** CLM05-3: 1 original, 7 replacement, 8 void. */
  frequency: ClaimFrequency
  /** CLM06: the provider's signature is on file. */
  providerSignatureOnFile: boolean
  /** CLM07: A assigned, B assignment accepted on clinical lab services only, C not assigned. */
  assignment: 'A' | 'B' | 'C'
  /** CLM08: the patient assigned benefits to the provider. */
  benefitsAssigned: boolean
  /** CLM09: Y signed release on file, I informed consent without a signature. */
  releaseOfInformation: 'Y' | 'I'
  /** REF*F8, the payer's claim number of the claim a 7 or 8 replaces or voids. */
  payerClaimControlNumber?: string
  /** REF*G1. */
  priorAuthorization?: string
  /** REF*9F. */
  referralNumber?: string
  /** REF*D9, when a clearinghouse asks for its own trace number. */
  clearinghouseTraceNumber?: string
  /** REF*EA. */
  medicalRecordNumber?: string
  dates?: Partial<Record<ClaimDateKind, string>>
  /** ICD-10-CM codes, with or without the dot; the first is the principal (HI*ABK). 1–12. */
  diagnoses: string[]
  referringProvider?: ReferringProvider837
  /** Only when the rendering provider is not the billing provider. */
  renderingProvider?: RenderingProvider837
  /** Only when the service was not at the billing provider's address. */
  serviceFacility?: ServiceFacility837
}

export type NdcUnit = 'UN' | 'ML' | 'GR' | 'F2' | 'ME'

/** 2410: the drug given, for J-codes and other drug HCPCS. */
export interface Drug837 {
  /** 11 digits in 5-4-2 form; hyphens allowed. */
  ndc: string
  quantity: number
  unit: NdcUnit
}

export type AdjustmentGroup = 'CO' | 'CR' | 'OA' | 'PI' | 'PR'

/** One CAS reason: the writer packs reasons of a group into CAS segments, six to a segment. */
export interface Adjustment837 {
  group: AdjustmentGroup
  /** CARC, e.g. '45' or 'B7'. */
  reason: string
  amountCents: Cents
  quantity?: number
}

/** 2430: how an earlier payer (named in a 2330B) adjudicated this line. */
export interface LineAdjudication837 {
  /** SVD01; must equal the payer ID of one of the claim's other payers. */
  otherPayerId: string
  paidCents: Cents
  /** SVD03; defaults to the line's own procedure code and modifiers. */
  procedureCode?: string
  modifiers?: string[]
  /** SVD05. */
  paidUnits: number
  adjustments: Adjustment837[]
  /** DTP*573, the date the payer adjudicated the line. */
  adjudicatedOn: string
  /** AMT*EAF. */
  remainingPatientLiabilityCents?: Cents
}

/** 2400 Service Line (LX numbers are assigned by the writer, 1..n). */
export interface ServiceLine837 {
  procedureCode: string
  /** Up to 4 two-character modifiers. */
  modifiers?: string[]
  chargeCents: Cents
  units: number
  /** SV105, only when different from the claim's place of service. */
  placeOfService?: string
  /** SV107: 1–4 one-based positions in the claim's diagnoses. */
  diagnosisPointers: number[]
  /** DTP*472. */
  serviceDate: string
  /** When the line spans days (DTP*472 RD8). */
  serviceDateEnd?: string
  drug?: Drug837
  /** REF*6R, echoed back in 835 REF*6R so the remit posts to this line. */
  lineItemControlNumber?: string
  /** 2430 loops, on claims to a secondary or tertiary payer. */
  adjudications?: LineAdjudication837[]
}

/** 2320/2330A/2330B: a payer of this claim other than the destination payer. */
export interface OtherSubscriber837 {
  responsibility: PayerResponsibility
  /** The patient's relationship to this other subscriber (SBR02). */
  relationship: RelationshipCode
  groupNumber?: string
  planName?: string
  insuranceTypeCode?: string
  claimFilingIndicator: ClaimFilingIndicatorCode
  /** Claim-level CAS. */
  adjustments?: Adjustment837[]
  /** AMT*D, when that payer adjudicated the claim. */
  paidCents?: Cents
  /** AMT*EAF. */
  remainingPatientLiabilityCents?: Cents
  /** OI03 / OI06. */
  benefitsAssigned: boolean
  releaseOfInformation: 'Y' | 'I'
  /** 2330A. */
  subscriber: { name: PersonName837; memberId: string; address?: Address837 }
  /** 2330B; `adjudicatedOn` is DTP*573, sent when no line has a 2430 for this payer. */
  payer: Payer837 & { adjudicatedOn?: string }
}

/**
 * One claim with who it is for and who pays it. The writer groups claims by subscriber and
 * payer into 2000B loops (and by patient into 2000C), keeping the caller's order otherwise.
 */
export interface Claim837 {
  subscriber: Subscriber837
  /** Present exactly when `subscriber.relationship` is not 'self'. */
  patient?: Patient837
  payer: Payer837
  claim: ClaimInformation
  /** 1–50 lines; the claims module splits longer encounters before calling the writer. */
  lines: ServiceLine837[]
  otherSubscribers?: OtherSubscriber837[]
}

export interface Write837Options {
  /**
   * The guide recommends at most 5000 CLM segments per transaction set; past that the writer
   * starts another ST with the next transaction control number.
   */
  maxClaimsPerTransaction?: number
  /** Written after each segment terminator, for files a person reads ('\n'). Default none. */
  lineBreak?: '' | '\n' | '\r\n'
}
