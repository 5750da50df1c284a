import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { billableChildren, codeOnDate, importCodeFile, searchCodes } from '../../../src/main/codes'
import type { CodeFileImport } from '../../../src/main/codes'
import type { CodeImportOutcome } from '../../../src/shared/ops/codes'
import { hasSharedData, sharedDataPath } from '../../support/shared-data'
import { checkSearchIndex, codeStore, countValid } from './code-store'

const FY2026 = 'icd10cm_billable_FY2026_from_phecoder.tsv'
const HCPCS = 'hcpc_short.csv'
const ORDER_2021 = 'icd10cm-order-Jan-2021.txt'

/** The real public code sets from ../shared/data, loaded as a practice would load them. */
describe.skipIf(!hasSharedData(FY2026, HCPCS, ORDER_2021))('the full CMS code sets', () => {
  const store = codeStore()
  const results: Record<string, CodeImportOutcome> = {}
  const load = (name: string, more: Partial<CodeFileImport> = {}) =>
    importCodeFile(store.db, { bytes: readFileSync(sharedDataPath(name)), fileName: name, ...more })

  beforeAll(() => {
    results.fy2026 = load(FY2026)
    results.hcpcs = load(HCPCS, { effective: '2025-10-01' })
    // The January 2021 order file, loaded after FY2026: an older version filling in the past.
    results.order2021 = load(ORDER_2021)
  }, 180_000)
  afterAll(() => store.close())

  const DOS_2021 = '2021-06-01'
  const DOS_2026 = '2026-01-15'

  it('loads all 74,719 billable FY2026 ICD-10-CM codes, effective 2025-10-01', () => {
    expect(results.fy2026).toMatchObject({
      outcome: 'imported',
      effective: '2025-10-01',
      sets: [{ set: 'icd10cm', rows: 74_719, added: 74_719 }],
    })
    expect(countValid(store.db, 'icd10cm', DOS_2026)).toBe(74_719)
  })

  it('loads 8,463 HCPCS Level II codes and 383 modifiers from one file', () => {
    expect(results.hcpcs.outcome === 'imported' && results.hcpcs.sets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ set: 'hcpcs', rows: 8_463 }),
        expect.objectContaining({ set: 'modifier', rows: 383 }),
      ]),
    )
    expect(countValid(store.db, 'hcpcs', DOS_2026)).toBe(8_463)
    expect(countValid(store.db, 'modifier', DOS_2026)).toBe(383)
  })

  it('loads the FY2021 order file as an older version without disturbing FY2026', () => {
    expect(results.order2021).toMatchObject({ outcome: 'imported', effective: '2021-01-01' })
    expect(countValid(store.db, 'icd10cm', DOS_2021)).toBe(95_358)
    expect(countValid(store.db, 'icd10cm', DOS_2026)).toBe(74_719)
    checkSearchIndex(store.db)
  })

  it('keeps a code dropped by FY2026 valid for 2021 services only', () => {
    // B37.3 was billable in 2021; by FY2026 it has codes under it (B37.31, B37.32).
    expect(codeOnDate(store.db, 'icd10cm', 'B37.3', DOS_2021)).toMatchObject({ billable: true })
    expect(codeOnDate(store.db, 'icd10cm', 'B37.3', DOS_2026)).toBeNull()
    expect(codeOnDate(store.db, 'icd10cm', 'B37.31', DOS_2026)).toMatchObject({ billable: true })
  })

  it('keeps category headers from the order file, not billable', () => {
    expect(codeOnDate(store.db, 'icd10cm', 'E11.6', DOS_2021)).toMatchObject({ billable: false })
    expect(billableChildren(store.db, 'E11.6', DOS_2026).map((c) => c.display)).toEqual([
      'E11.610',
      'E11.618',
      'E11.620',
      'E11.621',
      'E11.622',
      'E11.628',
      'E11.630',
      'E11.638',
      'E11.641',
      'E11.649',
      'E11.65',
      'E11.69',
    ])
  })

  it('finds QA00101, a code with a letter in position 2, valid from FY2026', () => {
    expect(searchCodes(store.db, { text: 'QA00101', date: DOS_2026, limit: 5 })[0]).toMatchObject({
      display: 'QA0.0101',
      match: 'code',
      billable: true,
    })
    expect(codeOnDate(store.db, 'icd10cm', 'QA00101', DOS_2026)).not.toBeNull()
    expect(codeOnDate(store.db, 'icd10cm', 'QA00101', DOS_2021)).toBeNull()
    expect(searchCodes(store.db, { text: 'QA00101', date: DOS_2021, limit: 5 })).toEqual([])
  })

  describe('search ranking', () => {
    const top = (text: string, date: string | undefined = DOS_2026, limit = 10) =>
      searchCodes(store.db, { text, date, limit })

    it('puts the exact code first: E11.6, a header, for a 2021 service', () => {
      for (const typed of ['E11.6', 'e116']) {
        expect(top(typed, DOS_2021)[0]).toMatchObject({
          display: 'E11.6',
          match: 'code',
          billable: false,
        })
        // Then the codes under it, the bundled primary-care ones (E11.621, E11.65, E11.69) first.
        expect(top(typed, DOS_2021)[1]).toMatchObject({ display: 'E11.621', match: 'code-prefix' })
      }
    })

    it('lists the billable E11.6 codes for a 2026 service, common ones first, then in code order', () => {
      expect(
        top('E11.6')
          .slice(0, 6)
          .map((h) => h.display),
      ).toEqual(['E11.621', 'E11.65', 'E11.69', 'E11.610', 'E11.618', 'E11.620'])
    })

    it('finds E11.621 from "diab foot ulc"', () => {
      expect(top('diab foot ulc', DOS_2026, 5).map((h) => h.display)).toContain('E11.621')
    })

    it('finds A4253 from "glucose test strips"', () => {
      expect(top('glucose test strips')[0]).toMatchObject({ code: 'A4253', match: 'words' })
    })
  })

  it('changes nothing when FY2026 is imported again', () => {
    const before = store.db.prepare('SELECT count(*) AS n, max(id) AS top FROM codes').get()
    expect(load(FY2026)).toMatchObject({ outcome: 'already-imported' })
    expect(store.db.prepare('SELECT count(*) AS n, max(id) AS top FROM codes').get()).toEqual(
      before,
    )
  })
})
