import { describe, expect, it } from 'vitest'
import { readDate } from '../../../../../src/main/codes/parse/dates'

describe('readDate', () => {
  it('normalizes ISO, US and CMS YYYYMMDD dates to ISO', () => {
    expect(readDate('2025-01-01', 'end')).toEqual({ ok: true, iso: '2025-01-01' })
    expect(readDate('1/5/2025', 'end')).toEqual({ ok: true, iso: '2025-01-05' })
    expect(readDate('12/31/2024', 'end')).toEqual({ ok: true, iso: '2024-12-31' })
    expect(readDate('20240229', 'end')).toEqual({ ok: true, iso: '2024-02-29' })
  })

  it('reads blank and the CMS all-zero date as no date', () => {
    expect(readDate('  ', 'end')).toEqual({ ok: true, iso: null })
    expect(readDate('00000000', 'end')).toEqual({ ok: true, iso: null })
  })

  it('refuses dates that are not on the calendar, saying which field and what to write', () => {
    expect(readDate('2025-02-29', 'CPT 99213: end date')).toEqual({
      ok: false,
      message: "CPT 99213: end date '2025-02-29' is not a date (use YYYY-MM-DD or MM/DD/YYYY)",
    })
    expect(readDate('13/01/2025', 'end').ok).toBe(false)
    expect(readDate('2025-1-1', 'end').ok).toBe(false)
    expect(readDate('Jan 1 2025', 'end').ok).toBe(false)
  })
})
