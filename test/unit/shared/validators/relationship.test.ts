import { describe, expect, it } from 'vitest'
import {
  GuarantorRelationship,
  Relationship,
  RELATIONSHIP_X12_CODES,
  subscriberRequired,
} from '../../../../src/shared/validators/relationship'

describe('relationship to the subscriber', () => {
  it('maps to the X12 individual relationship codes the 837P writer sends', () => {
    expect(RELATIONSHIP_X12_CODES).toEqual({ self: '18', spouse: '01', child: '19', other: 'G8' })
  })

  it('needs subscriber details only when the patient is not the subscriber', () => {
    expect(subscriberRequired('self')).toBe(false)
    expect(subscriberRequired('spouse')).toBe(true)
    expect(subscriberRequired('child')).toBe(true)
    expect(subscriberRequired('other')).toBe(true)
  })

  it('refuses a relationship outside the list', () => {
    expect(Relationship.safeParse('parent').error?.issues[0]?.message).toBe(
      "Pick the patient's relationship to the subscriber: self, spouse, child or other",
    )
  })

  it("describes the guarantor's relationship to the patient with its own list", () => {
    expect(GuarantorRelationship.parse('parent')).toBe('parent')
    expect(GuarantorRelationship.safeParse('child').error?.issues[0]?.message).toBe(
      'Pick who the guarantor is to the patient: parent, spouse, guardian or other',
    )
  })
})
