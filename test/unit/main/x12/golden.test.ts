import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { write837 } from '../../../../src/main/x12/write837'
import { billing, submission } from './sampleClaims'
import { officeVisits, secondaryClaim } from './scenarios'

const FIXTURES = join(import.meta.dirname, '../../../fixtures/x12')

/**
 * The golden files are meant to be read by a person (one segment a line). A change to the
 * writer that changes them must be a change the reader would agree with.
 */
describe('837P golden files', () => {
  it('office-visits.837p.x12: referral, rendering, facility, NDC, a dependent, 7 and 8', () => {
    const payTo = { line1: 'PO Box 4410', city: 'Springfield', state: 'IL', zip: '62708' }
    const text = write837(submission(), billing({ payToAddress: payTo }), officeVisits(), {
      lineBreak: '\n',
    })
    expect(text).toBe(readFileSync(join(FIXTURES, 'office-visits.837p.x12'), 'utf8'))
  })

  it('secondary-claim.837p.x12: primary adjudication in 2320/2330 and 2430', () => {
    const text = write837(
      submission({ interchangeControlNumber: 102, groupControlNumber: 202 }),
      billing(),
      secondaryClaim(),
      { lineBreak: '\n' },
    )
    expect(text).toBe(readFileSync(join(FIXTURES, 'secondary-claim.837p.x12'), 'utf8'))
  })
})
