import { describe, expect, it } from 'vitest'
import { RULES, scrub } from '../../../../../src/main/claims/scrubber'
import { context } from './fixture'

describe('the scrubber', () => {
  it('has at least 30 rules, each with a unique id, a severity and a summary', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
    for (const r of RULES) {
      expect(['error', 'warning']).toContain(r.severity)
      expect(r.summary.length).toBeGreaterThan(10)
    }
  })

  it('finds nothing on a clean claim', () => {
    expect(scrub(context())).toEqual([])
  })

  it('turns a rule that breaks into an error finding (even a warning rule), so the claim is not sent unchecked', () => {
    const broken = {
      id: 'test.broken',
      severity: 'warning' as const,
      summary: 'a rule that throws',
      check: () => {
        throw new Error('bug')
      },
    }
    expect(scrub(context(), [broken])).toEqual([
      {
        ruleId: 'test.broken',
        severity: 'error',
        field: 'claim',
        message: expect.stringMatching(/could not run/),
      },
    ])
  })
})
