import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  importCodeFile,
  loadStarterCodes,
  resourcesDir,
  searchCodes,
} from '../../../src/main/codes'
import type { CodeSearch } from '../../../src/main/codes'
import { codeStore, orderFile } from './code-store'

/** Search over the starter lists a new practice has before importing anything. */
describe('searching the starter code lists', () => {
  const store = codeStore()
  beforeAll(() => {
    expect(loadStarterCodes(store.db, resourcesDir()).sets).toHaveLength(4)
  })
  afterAll(() => store.close())

  const search = (text: string, more: Partial<CodeSearch> = {}) =>
    searchCodes(store.db, { text, limit: 20, date: '2026-01-15', ...more })
  const codes = (text: string, more: Partial<CodeSearch> = {}) =>
    search(text, more).map((hit) => hit.display)

  it('puts the code itself first, however it is typed', () => {
    for (const typed of ['E11.621', 'e11621', 'E11 621', ' e11.621 ']) {
      expect(search(typed)[0]).toMatchObject({ display: 'E11.621', match: 'code', billable: true })
    }
  })

  it('lists codes starting with a partial code, diagnoses before procedure codes', () => {
    const hits = search('E11.6')
    expect(hits.map((h) => h.display)).toEqual(['E11.621', 'E11.65', 'E11.69'])
    expect(hits.every((h) => h.match === 'code-prefix')).toBe(true)
    expect(codes('e116')).toEqual(['E11.621', 'E11.65', 'E11.69'])
    expect(codes('E11 6')).toEqual(['E11.621', 'E11.65', 'E11.69'])
  })

  it('finds codes by word starts of their description', () => {
    expect(codes('diab foot ulc')).toContain('E11.621')
    expect(codes('glucose test strips')[0]).toBe('A4253')
    expect(search('influenza vaccine afluria')[0]).toMatchObject({
      display: 'Q2035',
      match: 'words',
    })
  })

  it('reads short words that could pass for a code as words', () => {
    expect(codes('low back')).toContain('M54.50')
    expect(search('type 2', { sets: ['icd10cm'] }).some((h) => h.display === 'E11.9')).toBe(true)
  })

  it('when no code holds every word, lists those holding some of them', () => {
    expect(search('glucose test strips').every((h) => h.match === 'words')).toBe(true)
    // No description has both words (CMS says otalgia, and no otalgia is of the wrist).
    const hits = search('wrist otalgia')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((h) => h.match === 'loose')).toBe(true)
  })

  it('finds a modifier and a place of service by their codes', () => {
    expect(search('rt')[0]).toMatchObject({ set: 'modifier', code: 'RT', match: 'code' })
    expect(search('11', { sets: ['pos'] })[0]).toMatchObject({ code: '11', description: 'Office' })
  })

  it('keeps to the sets asked for', () => {
    expect(search('hypertension', { sets: ['hcpcs'] }).every((h) => h.set === 'hcpcs')).toBe(true)
    expect(search('hypertension', { sets: ['icd10cm'] })[0]?.set).toBe('icd10cm')
  })

  it('lists only codes valid on the date of service', () => {
    expect(search('E11.621', { date: '2025-09-30' })).toEqual([])
    expect(search('E11.621', { date: undefined })[0]?.display).toBe('E11.621')
  })

  it('treats FTS5 syntax typed into the box as plain words', () => {
    for (const typed of [
      '"',
      'foot"',
      'NEAR(foot ulcer)',
      'foot*',
      '-ulcer',
      'col:foot',
      '(((',
      "o'brien",
      '^',
    ]) {
      expect(() => search(typed)).not.toThrow()
    }
    expect(search('')).toEqual([])
  })

  it('returns no more than the limit', () => {
    expect(search('pain', { limit: 3 })).toHaveLength(3)
  })
})

describe('searching with a narrow set', () => {
  const store = codeStore()
  afterAll(() => store.close())

  it('looks past the best-ranked matches when the set asked for is not among them', () => {
    const diagnoses = Array.from({ length: 120 }, (_, i): [string, boolean, string] => [
      `Z99${String(i).padStart(3, '0')}`,
      true,
      `Widget disorder ${i}`,
    ])
    importCodeFile(store.db, {
      kind: 'icd10cm-order',
      bytes: orderFile(diagnoses),
      fileName: 'icd10cm_order_2026.txt',
    })
    const csv =
      'Code,Description\nA9999,"Widget supply, for use with a home widget monitor, each (fixture)"\n'
    importCodeFile(store.db, {
      bytes: new TextEncoder().encode(csv),
      fileName: 'hcpcs.csv',
      effective: '2025-10-01',
    })
    const hits = searchCodes(store.db, {
      text: 'widget',
      sets: ['hcpcs'],
      date: '2026-01-15',
      limit: 5,
    })
    expect(hits.map((h) => h.code)).toEqual(['A9999'])
  })
})
