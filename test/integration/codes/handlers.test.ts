import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { watchImportProgress } from '../../../src/main/codes'
import type { ImportProgress } from '../../../src/main/codes'
import { openPractice, type TestPractice } from '../registration/fake-practice'

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/codes', name))

describe('the code operations', () => {
  let practice: TestPractice
  beforeEach(async () => {
    practice = await openPractice()
  })
  afterEach(() => practice.close())

  it('load the starter lists the first time a new practice searches, so visits can be coded at once', async () => {
    const hits = await practice.ok('codes.search', {
      text: 'diab foot ulc',
      sets: ['icd10cm'],
      date: '2026-01-15',
    })
    expect(hits[0]).toMatchObject({ display: 'E11.621', billable: true })
    const versions = await practice.ok('codes.versions', {})
    const icd = versions.find((v) => v.set === 'icd10cm')
    expect(icd?.versions).toMatchObject([
      { sourceFile: 'starter list (icd10cm.tsv)', effective: '2025-10-01' },
    ])
    expect(versions.find((v) => v.set === 'cpt')).toMatchObject({ versions: [], current: 0 })
    expect(versions.find((v) => v.set === 'cpt')?.howToGet).toContain(
      'American Medical Association',
    )
  })

  it('import a file sent as base64, and the audit log names the file without copying it', async () => {
    const bytes = fixture('hcpcs-anweb-valid.txt')
    const result = await practice.ok('codes.import', {
      fileName: 'HCPC2025_OCT_ANWEB.txt',
      contentBase64: bytes.toString('base64'),
      // A test fixture of a few codes replaces the starter list: confirm the shrink.
      allowShrink: true,
    })
    expect(result).toMatchObject({
      outcome: 'imported',
      kind: 'hcpcs-fixed',
      effective: '2025-10-01',
    })
    const audit = practice.office.store.db
      .prepare("SELECT username, detail FROM audit_log WHERE action = 'codes.import'")
      .get() as { username: string; detail: string }
    expect(audit.username).toBe('ada')
    expect(JSON.parse(audit.detail)).toMatchObject({ fileName: 'HCPC2025_OCT_ANWEB.txt' })
    expect(audit.detail).not.toContain(bytes.toString('base64').slice(0, 40))
    expect(audit.detail.length).toBeLessThan(300)
    const versions = await practice.ok('codes.versions', {})
    expect(versions.find((v) => v.set === 'hcpcs')?.versions[0]).toMatchObject({
      importedBy: 'ada',
    })
  })

  it('answer a refused file with its problems by line', async () => {
    const result = await practice.ok('codes.import', {
      kind: 'icd10cm-order',
      fileName: 'icd10cm_order_2026.txt',
      contentBase64: fixture('icd10cm-order-malformed.txt').toString('base64'),
    })
    expect(result.outcome === 'refused' && result.problems.map((p) => p.line)).toEqual([2, 3, 4, 6])
  })

  it('tell the importing session how far the import has got', async () => {
    const heard: ImportProgress[] = []
    const stop = watchImportProgress(practice.admin.id, (p) => heard.push(p))
    await practice.ok('codes.import', {
      fileName: 'HCPC2025_OCT_ANWEB.txt',
      contentBase64: fixture('hcpcs-anweb-valid.txt').toString('base64'),
      allowShrink: true,
    })
    stop()
    expect(heard.at(-1)).toMatchObject({ done: expect.any(Number) })
    expect(heard.at(-1)?.done).toBe(heard.at(-1)?.total)
  })

  it('explain why a code cannot go on a claim for the date of service', async () => {
    await practice.ok('codes.import', {
      fileName: 'icd10cm_order_2026.txt',
      contentBase64: fixture('icd10cm-order-valid.txt').toString('base64'),
      allowShrink: true,
    })
    const header = await practice.ok('codes.lookup', {
      set: 'icd10cm',
      code: 'E11',
      date: '2026-01-15',
    })
    expect(header.entry).toMatchObject({ billable: false })
    expect(header.problem).toMatch(
      /^E11 is a category, not a billable code: pick one of the \d+ codes under it/,
    )
    const early = await practice.ok('codes.lookup', {
      set: 'icd10cm',
      code: 'E11.9',
      date: '2025-09-30',
    })
    expect(early).toEqual({
      entry: null,
      problem: expect.stringContaining('valid only from 2025-10-01'),
    })
    const children = await practice.ok('codes.children', { code: 'E11', date: '2026-01-15' })
    expect(children.every((c) => c.billable && c.code.startsWith('E11'))).toBe(true)
  })

  it('let a front-desk user search but not import', async () => {
    const desk = await practice.staff('front_desk', 'fran')
    expect((await practice.call('codes.search', { text: 'I10' }, desk)).ok).toBe(true)
    const refused = await practice.call(
      'codes.import',
      { fileName: 'x.txt', contentBase64: 'eA==' },
      desk,
    )
    expect(refused.ok === false && refused.error.code).toBe('forbidden')
  })
})

describe('the code-set screen says which list is valid today', () => {
  let practice: TestPractice
  beforeEach(async () => {
    practice = await openPractice()
  })
  afterEach(() => practice.close())

  it('explains why an older list imported later is not valid today, and names the one that is', async () => {
    await practice.ok('codes.search', { text: 'diab', sets: ['icd10cm'], date: '2026-01-15' })
    const older = await practice.ok('codes.import', {
      kind: 'icd10cm-order',
      fileName: 'icd10cm_order_2021.txt',
      effective: '2020-10-01',
      contentBase64: fixture('icd10cm-order-valid.txt').toString('base64'),
      allowShrink: true,
    })
    expect(older.outcome).toBe('imported')
    const icd = (await practice.ok('codes.versions', {})).find((v) => v.set === 'icd10cm')!
    expect(icd.inForce).toBe('starter list (icd10cm.tsv) (from 10/01/2025)')
    expect(icd.versions.map((v) => [v.sourceFile, v.standing])).toEqual([
      ['starter list (icd10cm.tsv)', 'Valid today'],
      [
        'icd10cm_order_2021.txt',
        'Not valid today: older than starter list (icd10cm.tsv), in effect since 10/01/2025. It still checks visits dated before then.',
      ],
    ])
  })
})
