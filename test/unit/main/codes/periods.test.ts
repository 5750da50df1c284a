import { describe, expect, it } from 'vitest'
import { planCode, type Listing, type Period } from '../../../../src/main/codes/periods'

const text = {
  billable: true,
  shortDescription: null,
  longDescription: 'Type 2 diabetes mellitus with foot ulcer',
}
const listing: Listing = { ...text }
const stored = (
  id: number,
  effective: string,
  end: string | null,
  longDescription = text.longDescription,
): Period => ({
  ...text,
  longDescription,
  id,
  effective,
  end,
  versionId: 1,
})
const FY2026 = { from: '2025-10-01', to: null, earliest: '2025-10-01' }

describe('a code period when a new list is loaded', () => {
  it('adds a code new in the list from the list’s effective date, open-ended', () => {
    const plan = planCode([], listing, FY2026)
    expect(plan.outcome).toBe('added')
    expect(plan.inserts).toMatchObject([{ effective: '2025-10-01', end: null, versionId: null }])
  })

  it('leaves a code listed again with the same text untouched: one row across the years', () => {
    const plan = planCode([stored(7, '2024-10-01', null)], listing, FY2026)
    expect(plan).toEqual({ outcome: 'unchanged', inserts: [], updates: [], deletes: [] })
  })

  it('ends a code absent from the new list on the day before the list takes effect', () => {
    const plan = planCode([stored(7, '2024-10-01', null)], undefined, FY2026)
    expect(plan.outcome).toBe('closed')
    expect(plan.updates).toEqual([{ id: 7, effective: '2024-10-01', end: '2025-09-30' }])
  })

  it('starts a new period when the description is revised, so old claims keep the old text', () => {
    const plan = planCode(
      [stored(7, '2024-10-01', null, 'Ehrlichiosis chafeensis')],
      listing,
      FY2026,
    )
    expect(plan.outcome).toBe('revised')
    expect(plan.updates).toEqual([{ id: 7, effective: '2024-10-01', end: '2025-09-30' }])
    expect(plan.inserts).toMatchObject([
      { effective: '2025-10-01', end: null, longDescription: text.longDescription },
    ])
  })

  it('replaces a period that started the same day (a corrected file for the same date)', () => {
    const plan = planCode(
      [stored(7, '2025-10-01', null, 'Typo in the first file')],
      listing,
      FY2026,
    )
    expect(plan.deletes.map((p) => p.id)).toEqual([7])
    expect(plan.inserts).toMatchObject([{ effective: '2025-10-01', end: null }])
  })

  it('leaves codes absent from both the old and the new list alone', () => {
    expect(planCode([stored(7, '2020-10-01', '2021-09-30')], undefined, FY2026)).toEqual({
      outcome: 'absent',
      inserts: [],
      updates: [],
      deletes: [],
    })
  })

  describe('an older list loaded after a newer one fills in the past only', () => {
    const FY2021 = { from: '2020-10-01', to: '2025-09-30', earliest: '2020-10-01' }

    it('joins the older period onto the newer one when the text is the same', () => {
      const plan = planCode([stored(7, '2025-10-01', null)], listing, FY2021)
      expect(plan.outcome).toBe('added')
      expect(plan.updates).toEqual([{ id: 7, effective: '2020-10-01', end: null }])
      expect(plan.inserts).toEqual([])
    })

    it('keeps a code that left the newer list valid only on the older list’s days', () => {
      const plan = planCode([], listing, FY2021)
      expect(plan.inserts).toMatchObject([{ effective: '2020-10-01', end: '2025-09-30' }])
    })

    it('does not end a code current in the newer list when the older list lacks it', () => {
      const plan = planCode([stored(7, '2025-10-01', null)], undefined, FY2021)
      expect(plan).toMatchObject({ outcome: 'absent', updates: [], deletes: [] })
    })

    it('splits a period that spans the older list’s days when that list lacks the code', () => {
      const plan = planCode([stored(7, '2019-10-01', null)], undefined, {
        from: '2021-10-01',
        to: '2022-09-30',
        earliest: '2021-10-01',
      })
      expect(plan.outcome).toBe('closed')
      expect(plan.updates).toEqual([{ id: 7, effective: '2019-10-01', end: '2021-09-30' }])
      expect(plan.inserts).toMatchObject([
        { id: null, effective: '2022-10-01', end: null, versionId: 1 },
      ])
    })
  })

  describe('a list that carries its own dates (HCPCS added and termination dates)', () => {
    it('starts a code added for a later quarter on its own date', () => {
      const plan = planCode([], { ...listing, effective: '2026-01-01' }, FY2026)
      expect(plan.inserts).toMatchObject([{ effective: '2026-01-01', end: null }])
    })

    it('ends a code on its termination date', () => {
      const plan = planCode([], { ...listing, effective: '2001-01-01', end: '2025-12-31' }, FY2026)
      expect(plan.inserts).toMatchObject([{ effective: '2025-10-01', end: '2025-12-31' }])
    })

    it('adds nothing for a code terminated before the list takes effect, when an older list speaks for then', () => {
      const plan = planCode([], { ...listing, end: '2025-06-30' }, FY2026)
      expect(plan).toMatchObject({ inserts: [], updates: [], deletes: [] })
    })

    it('lets the first list loaded speak for the past its own dates give', () => {
      const first = { ...FY2026, earliest: '0001-01-01' }
      expect(
        planCode([], { ...listing, effective: '1988-01-01', end: '2012-12-31' }, first).inserts,
      ).toMatchObject([{ effective: '1988-01-01', end: '2012-12-31' }])
      // A list without dates (ICD-10-CM) still starts on its effective date.
      expect(planCode([], listing, first).inserts).toMatchObject([{ effective: '2025-10-01' }])
    })
  })
})
