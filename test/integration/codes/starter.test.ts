import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { codeOnDate, importCodeFile, loadStarterCodes, resourcesDir } from '../../../src/main/codes'
import { codeStore, orderFile } from './code-store'

describe('the starter code lists', () => {
  let store: ReturnType<typeof codeStore>
  beforeEach(() => {
    store = codeStore()
  })
  afterEach(() => store.close())

  it('give a new store common ICD-10-CM and HCPCS codes, HCPCS modifiers and places of service', () => {
    const { sets } = loadStarterCodes(store.db, resourcesDir())
    expect(sets.map((s) => s.set)).toEqual(['icd10cm', 'hcpcs', 'modifier', 'pos'])
    expect(codeOnDate(store.db, 'icd10cm', 'I10', '2026-01-15')?.description).toBe(
      'Essential (primary) hypertension',
    )
    expect(codeOnDate(store.db, 'hcpcs', 'A4253', '2026-01-15')).not.toBeNull()
    expect(codeOnDate(store.db, 'modifier', 'RT', '2026-01-15')).not.toBeNull()
    expect(codeOnDate(store.db, 'pos', '11', '2026-01-15')?.description).toBe('Office')
    expect(codeOnDate(store.db, 'pos', '2', '2026-01-15')?.code).toBe('02')
  })

  it('are loaded once: loading again changes nothing', () => {
    loadStarterCodes(store.db, resourcesDir())
    const count = () => store.db.prepare('SELECT count(*) FROM codes').pluck().get()
    const before = count()
    expect(loadStarterCodes(store.db, resourcesDir()).sets).toEqual([])
    expect(count()).toBe(before)
  })

  it('leave a list the practice imported alone, and still fill the lists it has not', () => {
    importCodeFile(store.db, {
      kind: 'icd10cm-order',
      bytes: orderFile([['I10', true, 'Essential (primary) hypertension']]),
      fileName: 'icd10cm_order_2026.txt',
    })
    const { sets } = loadStarterCodes(store.db, resourcesDir())
    expect(sets.map((s) => s.set)).toEqual(['hcpcs', 'modifier', 'pos'])
    expect(codeOnDate(store.db, 'icd10cm', 'E11.9', '2026-01-15')).toBeNull()
  })
})
