import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importCodeFile, searchCodes } from '../../../src/main/codes'
import { shippedSynonyms } from '../../../src/main/codes/synonyms'
import { measureRelevance, relevanceQueries } from '../../support/code-relevance'
import { hasSharedData, sharedDataPath } from '../../support/shared-data'
import { codeStore } from './code-store'

const FY2026 = 'icd10cm_billable_FY2026_from_phecoder.tsv'
const HCPCS = 'hcpc_short.csv'
const DOS = '2026-01-15'
const RESOURCES = resolve(import.meta.dirname, '../../../resources')

/** What billers type, against the full FY2026 ICD-10-CM and HCPCS sets from ../shared/data. */
describe.skipIf(!hasSharedData(FY2026, HCPCS))('code search as billers type it (full sets)', () => {
  const store = codeStore()
  beforeAll(() => {
    for (const [name, effective] of [
      [FY2026, undefined],
      [HCPCS, '2025-10-01'],
    ] as const) {
      const result = importCodeFile(store.db, {
        bytes: readFileSync(sharedDataPath(name)),
        fileName: name,
        effective,
      })
      expect(result.outcome).toBe('imported')
    }
  }, 180_000)
  afterAll(() => store.close())

  const codes = (text: string, limit = 10) =>
    searchCodes(store.db, { text, date: DOS, limit }).map((hit) => hit.display)

  it('lists only codes that exist in the full sets, valid for a 2026 service', () => {
    const missing: string[] = []
    for (const synonym of shippedSynonyms(RESOURCES).byTerm.values()) {
      for (const code of synonym.codes) {
        const found = store.db
          .prepare(
            "SELECT 1 FROM codes WHERE code = ? AND code_set IN ('icd10cm', 'hcpcs') AND effective_date <= ? AND (end_date IS NULL OR end_date >= ?)",
          )
          .get(code, DOS, DOS)
        if (!found) missing.push(`${synonym.term}: ${code}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('puts the code a biller means first for the queries the issue names', () => {
    expect(codes('hypertension')[0]).toBe('I10')
    expect(codes('htn')[0]).toBe('I10')
    expect(codes('copd')[0]).toBe('J44.9')
    expect(codes('uti')[0]).toBe('N39.0')
    expect(codes('chf')[0]).toBe('I50.9')
    expect(codes('afib')[0]).toBe('I48.91')
    expect(codes('gerd')[0]).toBe('K21.9')
    expect(codes('dm2')[0]).toBe('E11.9')
    expect(codes('sore throat')[0]).toBe('J02.9')
    expect(codes('toradol')[0]).toBe('J1885')
    expect(codes('kenalog')[0]).toBe('J3301')
    expect(codes('rocephin')[0]).toBe('J0696')
  })

  it('answers "flu shot" with Z23 and the vaccine administration and product codes, no external causes', () => {
    const found = codes('flu shot')
    expect(found.slice(0, 3)).toEqual(['Z23', 'G0008', 'Q2035'])
    expect(found.filter((code) => /^[V-Y]/.test(code))).toEqual([])
  })

  it('ranks a condition’s unspecified default above rarer siblings', () => {
    const hypertension = codes('hypertension')
    expect(hypertension.indexOf('I10')).toBeLessThan(hypertension.indexOf('I15.9'))
    for (const rare of ['I15.0', 'I1A.0', 'I97.3'])
      expect(hypertension.slice(0, 3)).not.toContain(rare)
    expect(codes('knee pain')[0]).toBe('M25.569')
    expect(codes('cough')[0]).toBe('R05.9')
  })

  it('widens a listed abbreviation inside a longer entry', () => {
    expect(codes('dm2 neuropathy')[0]).toMatch(/^E11\.4/)
    expect(codes('htn ckd')[0]).toBe('I12.9')
    expect(codes('diabetic foot ulcer')[0]).toBe('E11.621')
  })

  it('keeps codes typed in part in the code tiers, the common ones first', () => {
    // E11.62 is not itself a code in the billable FY2026 list: the codes under it, never one alone.
    const hits = searchCodes(store.db, { text: 'E11.62', date: DOS, limit: 10 })
    expect(hits.every((hit) => hit.match === 'code-prefix')).toBe(true)
    expect(hits.map((hit) => hit.display)).toEqual(['E11.621', 'E11.620', 'E11.622', 'E11.628'])
    expect(codes('I10')[0]).toBe('I10')
    expect(codes('j1885')[0]).toBe('J1885')
  })

  it(`finds the meant code in the first three for at least 90% of ${relevanceQueries().length} biller queries`, () => {
    const queries = relevanceQueries()
    expect(queries.length).toBeGreaterThanOrEqual(60)
    const result = measureRelevance(store.db, DOS, queries)
    expect(result.top3, JSON.stringify(result.misses)).toBeGreaterThanOrEqual(0.9)
  })
})
