import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { codeOnDate, importCodeFile } from '../../../src/main/codes'
import type { ImportProgress } from '../../../src/main/codes'
import { checkSearchIndex, codeStore, countValid, orderFile } from './code-store'

const FY2025: [string, boolean, string][] = [
  ['E11', false, 'Type 2 diabetes mellitus'],
  ['E119', true, 'Type 2 diabetes mellitus without complications'],
  ['E1165', true, 'Type 2 diabetes mellitus with hyperglycemia'],
  ['B373', true, 'Candidiasis of vulva and vagina'],
  ['A7741', true, 'Ehrlichiosis chafeensis [E. chafeensis]'],
]
const FY2026: [string, boolean, string][] = [
  ['E11', false, 'Type 2 diabetes mellitus'],
  ['E119', true, 'Type 2 diabetes mellitus without complications'],
  ['E1165', true, 'Type 2 diabetes mellitus with hyperglycemia'],
  ['B373', false, 'Candidiasis of vulva and vagina'],
  ['B3731', true, 'Acute candidiasis of vulva and vagina'],
  ['A7741', true, 'Ehrlichiosis chaffeensis [E. chaffeensis]'],
  ['QA00101', true, 'SCN2A-related neurodevelopmental disorder'],
]

describe('importing a code file', () => {
  let store: ReturnType<typeof codeStore>
  beforeEach(() => {
    store = codeStore()
  })
  afterEach(() => store.close())

  const load = (rows: [string, boolean, string][], fileName: string, effective?: string) =>
    importCodeFile(store.db, {
      kind: 'icd10cm-order',
      bytes: orderFile(rows),
      fileName,
      effective,
      importedBy: 'dana',
    })

  it('checks a visit against the codes valid on its date of service, across fiscal years', () => {
    load(FY2025, 'icd10cm_order_2025.txt')
    const result = load(FY2026, 'icd10cm_order_2026.txt')
    expect(result).toMatchObject({
      outcome: 'imported',
      effective: '2025-10-01',
      sets: [{ set: 'icd10cm', rows: 7, added: 2, closed: 0, revised: 2, unchanged: 3 }],
    })
    // B37.3 was billable in FY2025 and became a category with codes under it in FY2026.
    expect(codeOnDate(store.db, 'icd10cm', 'B37.3', '2025-09-30')?.billable).toBe(true)
    expect(codeOnDate(store.db, 'icd10cm', 'B37.3', '2025-10-01')?.billable).toBe(false)
    expect(codeOnDate(store.db, 'icd10cm', 'B37.31', '2025-09-30')).toBeNull()
    expect(codeOnDate(store.db, 'icd10cm', 'QA00101', '2025-10-01')).toMatchObject({
      display: 'QA0.0101',
    })
    // A revised description is a new period: the old claim keeps the old text.
    expect(codeOnDate(store.db, 'icd10cm', 'A7741', '2025-01-15')?.description).toContain(
      'chafeensis',
    )
    expect(codeOnDate(store.db, 'icd10cm', 'A7741', '2026-01-15')?.description).toContain(
      'chaffeensis',
    )
    checkSearchIndex(store.db)
  })

  it('ends a code dropped from the newer list the day before that list takes effect', () => {
    load(
      [...FY2025, ['Z1159', true, 'Encounter for screening for other viral diseases']],
      'icd10cm_order_2025.txt',
    )
    const result = load(FY2026, 'icd10cm_order_2026.txt')
    expect(result.outcome === 'imported' && result.sets[0]?.closed).toBe(1)
    expect(codeOnDate(store.db, 'icd10cm', 'Z11.59', '2025-09-30')).not.toBeNull()
    expect(codeOnDate(store.db, 'icd10cm', 'Z11.59', '2025-10-01')).toBeNull()
  })

  it('keeps category headers for browsing, never billable', () => {
    load(FY2026, 'icd10cm_order_2026.txt')
    expect(codeOnDate(store.db, 'icd10cm', 'E11', '2026-01-15')).toMatchObject({ billable: false })
  })

  it('fills in an older year loaded after a newer one without disturbing the newer year', () => {
    load(FY2026, 'icd10cm_order_2026.txt')
    load(FY2025, 'icd10cm_order_2025.txt')
    expect(countValid(store.db, 'icd10cm', '2025-01-15')).toBe(5)
    expect(countValid(store.db, 'icd10cm', '2026-01-15')).toBe(7)
    expect(codeOnDate(store.db, 'icd10cm', 'B37.3', '2025-01-15')?.billable).toBe(true)
    expect(codeOnDate(store.db, 'icd10cm', 'B37.3', '2026-01-15')?.billable).toBe(false)
    // Unchanged codes stay one period across both years.
    const periods = store.db.prepare("SELECT count(*) FROM codes WHERE code = 'E119'").pluck().get()
    expect(periods).toBe(1)
    checkSearchIndex(store.db)
  })

  it('changes nothing when the same file is imported again, and says when it was', () => {
    load(FY2026, 'icd10cm_order_2026.txt')
    const before = store.db.prepare('SELECT * FROM codes ORDER BY id').all()
    const again = load(FY2026, 'a copy.txt', '2025-10-01')
    expect(again).toMatchObject({ outcome: 'already-imported' })
    expect(again.outcome === 'already-imported' && again.message).toMatch(
      /already imported on \d{4}-\d{2}-\d{2} \(as icd10cm_order_2026\.txt, effective 2025-10-01\); nothing changed/,
    )
    expect(store.db.prepare('SELECT * FROM codes ORDER BY id').all()).toEqual(before)
    expect(store.db.prepare('SELECT count(*) FROM code_versions').pluck().get()).toBe(1)
  })

  it('imports nothing from a malformed file and names the line of each problem', () => {
    const bytes = readFileSync(
      resolve(import.meta.dirname, '../../fixtures/codes/icd10cm-order-malformed.txt'),
    )
    const result = importCodeFile(store.db, { bytes, fileName: 'icd10cm_order_2026.txt' })
    expect(result.outcome).toBe('refused')
    if (result.outcome !== 'refused') return
    expect(result.problems.map((p) => p.line)).toEqual([2, 3, 4, 6])
    expect(result.message).toMatch(
      /^Nothing was imported: icd10cm_order_2026\.txt has 4 problems — Line 2: /,
    )
    expect(store.db.prepare('SELECT count(*) FROM codes').pluck().get()).toBe(0)
    expect(store.db.prepare('SELECT count(*) FROM code_versions').pluck().get()).toBe(0)
  })

  it('asks for the effective date when the file name does not tell it', () => {
    const result = importCodeFile(store.db, { bytes: orderFile(FY2026), fileName: 'diagnoses.txt' })
    expect(result).toMatchObject({ outcome: 'refused', problems: [] })
    expect(result.message).toContain(
      'say from which date diagnoses.txt takes effect (ICD-10-CM fiscal year 2026 starts 2025-10-01)',
    )
  })

  it('asks for the kind when it cannot tell which list a file is', () => {
    const bytes = new TextEncoder().encode('name,phone\nAnn,555\n')
    const result = importCodeFile(store.db, { bytes, fileName: 'x.csv', effective: '2025-10-01' })
    expect(result).toMatchObject({ outcome: 'refused', problems: [{ line: 1 }] })
    expect(result.message).toContain('choose its kind')
  })

  it('writes an HCPCS file’s codes and modifiers as separate lists, its own dates honoured', () => {
    const bytes = readFileSync(
      resolve(import.meta.dirname, '../../fixtures/codes/hcpcs-anweb-valid.txt'),
    )
    const result = importCodeFile(store.db, { bytes, fileName: 'HCPC2025_OCT_ANWEB.txt' })
    expect(result.outcome).toBe('imported')
    if (result.outcome !== 'imported') return
    expect(result.effective).toBe('2025-10-01')
    expect(result.sets.map((s) => s.set).sort()).toEqual(['hcpcs', 'modifier'])
    // G0001 was added 1988-01-01 and terminated 2012-12-31: the first HCPCS list loaded says so.
    expect(codeOnDate(store.db, 'hcpcs', 'G0001', '2012-06-01')).toMatchObject({
      effective: '1988-01-01',
      end: '2012-12-31',
    })
    expect(codeOnDate(store.db, 'hcpcs', 'G0001', '2025-10-01')).toBeNull()
    checkSearchIndex(store.db)
  })

  it('reports progress while it writes, ending at the total', () => {
    const rows: [string, boolean, string][] = Array.from({ length: 12_000 }, (_, i) => [
      `Z${String(i).padStart(5, '0')}`,
      true,
      `Fixture code ${i}`,
    ])
    const heard: ImportProgress[] = []
    importCodeFile(store.db, {
      kind: 'icd10cm-order',
      bytes: orderFile(rows),
      fileName: 'fixture.txt',
      effective: '2025-10-01',
      onProgress: (p) => heard.push(p),
    })
    expect(heard.map((p) => p.done)).toEqual([5_000, 10_000, 12_000])
    expect(heard.at(-1)).toEqual({ done: 12_000, total: 12_000 })
  })

  it('leaves nothing behind when writing fails part-way', () => {
    const rows: [string, boolean, string][] = Array.from({ length: 6_000 }, (_, i) => [
      `Z${String(i).padStart(5, '0')}`,
      true,
      `Fixture code ${i}`,
    ])
    const failing = () =>
      importCodeFile(store.db, {
        kind: 'icd10cm-order',
        bytes: orderFile(rows),
        fileName: 'fixture.txt',
        effective: '2025-10-01',
        onProgress: () => {
          throw new Error('disk full')
        },
      })
    expect(failing).toThrow('disk full')
    expect(store.db.prepare('SELECT count(*) FROM codes').pluck().get()).toBe(0)
    expect(store.db.prepare('SELECT count(*) FROM code_versions').pluck().get()).toBe(0)
    checkSearchIndex(store.db)
  })
})
