import { z } from 'zod'

/** The patient's relationship to the insurance subscriber. */
export const RELATIONSHIP_CODES = ['self', 'spouse', 'child', 'other'] as const
export type RelationshipCode = (typeof RELATIONSHIP_CODES)[number]

export const RELATIONSHIP_LABELS: Record<RelationshipCode, string> = {
  self: 'Self — the patient is the subscriber',
  spouse: 'Spouse',
  child: 'Child',
  other: 'Other',
}

/**
 * X12 individual relationship codes for the 837P writer: SBR02 is 18 when the patient is the
 * subscriber; otherwise loop 2000C PAT01 carries 01 (spouse), 19 (child) or G8 (other).
 */
export const RELATIONSHIP_X12_CODES: Record<RelationshipCode, string> = {
  self: '18',
  spouse: '01',
  child: '19',
  other: 'G8',
}

/**
 * The subscriber's own name, birth date, sex and address are needed unless the patient is the
 * subscriber (loop 2010BA then describes the patient).
 */
export function subscriberRequired(relationship: RelationshipCode): boolean {
  return relationship !== 'self'
}

export function relationshipError(value: string): string | null {
  if ((RELATIONSHIP_CODES as readonly string[]).includes(value)) return null
  return "Pick the patient's relationship to the subscriber: self, spouse, child or other"
}

export const Relationship = z.enum(RELATIONSHIP_CODES, {
  error: (issue) => relationshipError(typeof issue.input === 'string' ? issue.input : ''),
})

/** Who the guarantor is to the patient (the person who receives the statements and owes). */
export const GUARANTOR_RELATIONSHIP_CODES = ['parent', 'spouse', 'guardian', 'other'] as const
export type GuarantorRelationshipCode = (typeof GUARANTOR_RELATIONSHIP_CODES)[number]

export const GUARANTOR_RELATIONSHIP_LABELS: Record<GuarantorRelationshipCode, string> = {
  parent: 'Parent',
  spouse: 'Spouse',
  guardian: 'Legal guardian',
  other: 'Other',
}

export const GuarantorRelationship = z.enum(GUARANTOR_RELATIONSHIP_CODES, {
  error: () => 'Pick who the guarantor is to the patient: parent, spouse, guardian or other',
})
