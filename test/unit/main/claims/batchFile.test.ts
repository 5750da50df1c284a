import { describe, expect, it } from 'vitest'
import { writeCheckedFile } from '../../../../src/main/claims/batchFile'
import { validate837 } from '../../../../src/main/x12/validate837'
import { billing, claim, submission } from '../x12/sampleClaims'
import { claimRecord } from './scrubber/fixture'

function entry(id: number, pcn: string) {
  return {
    claim: claimRecord(undefined, { id, patientControlNumber: pcn }),
    model: claim({ claim: { patientControlNumber: pcn } }),
  }
}

describe('writing a batch file claim by claim', () => {
  it('holds back the claim the validator finds a problem in, and keeps the others', () => {
    // The second CD1001 repeats a patient control number: the payer could not match its answers.
    const entries = [entry(1, 'CD1000'), entry(2, 'CD1001'), entry(3, 'CD1001')]
    const file = writeCheckedFile(submission(), billing(), entries)
    expect(file.kept.map((c) => c.id)).toEqual([1, 2])
    expect(file.heldBack).toEqual([
      {
        claimId: 3,
        patientControlNumber: 'CD1001',
        reason: expect.stringMatching(
          /^the 837 check found: CLM01 \(patient control number\) repeats/,
        ),
      },
    ])
    expect(validate837(file.content).errors).toEqual([])
  })

  it('makes no batch when every claim fails, saying why for each', () => {
    const bad = claim({ claim: { patientControlNumber: 'CD1000', placeOfService: 'X' } })
    expect(() =>
      writeCheckedFile(submission(), billing(), [{ ...entry(1, 'CD1000'), model: bad }]),
    ).toThrow(/^No batch was made: every queued claim failed the 837 check — claim CD1000:/)
  })
})
