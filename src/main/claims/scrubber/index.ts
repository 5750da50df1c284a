/**
 * The scrubber: every rule a claim is checked against before it may be sent, in the order a
 * biller reads them (the practice, the people, the codes, the dates, the payer's rules).
 */
import type { FindingSeverity } from '../../../shared/schemas/claim'
import { payerActive, providerActive } from './activeRecords'
import { billingStreet, billingZip4 } from './billingAddress'
import { coverageActive, coveragePayer } from './coverage'
import { dateNotFuture, timelyFiling, timelyFilingSoon } from './dates'
import { diagnosisBillable, diagnosisCount } from './diagnoses'
import { likelyDuplicate } from './duplicate'
import { payerElectronic } from './electronic'
import { emOnePerDay } from './emPerDay'
import { facilityAddress } from './facilityAddress'
import { frequencyReference } from './frequency'
import { chargePositive, chargeTotal, lineCount, unitsPositive } from './lines'
import { medicareSecondaryType } from './medicareSecondary'
import { memberId } from './memberId'
import { missingRecords } from './missingRecords'
import { emModifier25 } from './modifier25'
import { modifierValid } from './modifiers'
import { ndcForJCodes } from './ndc'
import { billingNpi, facilityNpi, referringNpi, renderingNpi } from './npi'
import { patientAddress, patientName } from './patientContact'
import { patientDob, patientSex } from './patientDemographics'
import { placeOfServiceValid } from './placeOfService'
import { pointerHeader, pointerValid } from './pointers'
import { billingEin, practiceProfile } from './practice'
import { priorAuthorizationRequired } from './priorAuthorization'
import { procedureValid } from './procedures'
import { secondaryAfterPrimary, secondaryCrossedOver, secondaryPriorPayment } from './secondary'
import { subscriberDemographics, subscriberRelationship } from './subscriber'
import { taxonomyFormat } from './taxonomy'
import { x12TextRule } from './x12Text'
import type { ScrubContext, ScrubRule } from './rule'

export type { ScrubCodes, ScrubContext, ScrubRule, RuleHit } from './rule'

export const RULES: readonly ScrubRule[] = [
  practiceProfile,
  billingNpi,
  billingEin,
  billingStreet,
  billingZip4,
  taxonomyFormat,
  renderingNpi,
  providerActive,
  referringNpi,
  facilityNpi,
  facilityAddress,
  patientName,
  patientDob,
  patientSex,
  patientAddress,
  memberId,
  subscriberDemographics,
  subscriberRelationship,
  coverageActive,
  coveragePayer,
  medicareSecondaryType,
  payerActive,
  payerElectronic,
  missingRecords,
  diagnosisCount,
  diagnosisBillable,
  lineCount,
  procedureValid,
  modifierValid,
  pointerValid,
  pointerHeader,
  unitsPositive,
  chargePositive,
  chargeTotal,
  emModifier25,
  emOnePerDay,
  ndcForJCodes,
  placeOfServiceValid,
  dateNotFuture,
  timelyFiling,
  timelyFilingSoon,
  priorAuthorizationRequired,
  likelyDuplicate,
  secondaryAfterPrimary,
  secondaryPriorPayment,
  secondaryCrossedOver,
  frequencyReference,
  x12TextRule,
]

const BY_ID = new Map(RULES.map((r) => [r.id, r]))
if (BY_ID.size !== RULES.length) throw new Error('Two scrubber rules share an id')

export function ruleById(id: string): ScrubRule | undefined {
  return BY_ID.get(id)
}

export interface Finding {
  ruleId: string
  severity: FindingSeverity
  message: string
  field: string
}

/**
 * Runs every rule. A rule that throws is a bug in ClaimDesk, not in the claim: it becomes an
 * error finding (so the claim is not sent unchecked) that says which rule failed.
 */
export function scrub(ctx: ScrubContext, rules: readonly ScrubRule[] = RULES): Finding[] {
  const findings: Finding[] = []
  for (const r of rules) {
    try {
      for (const h of r.check(ctx)) {
        findings.push({ ruleId: r.id, severity: r.severity, message: h.message, field: h.field })
      }
    } catch {
      findings.push({
        ruleId: r.id,
        severity: 'error',
        field: 'claim',
        message: `The check "${r.summary}" could not run on this claim — report it to ClaimDesk support`,
      })
    }
  }
  return findings
}
