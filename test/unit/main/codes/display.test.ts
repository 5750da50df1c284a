import { describe, expect, it } from 'vitest'
import { codeFromInput, displayCode } from '../../../../src/main/codes/display'
import { ftsExpression, searchWords } from '../../../../src/main/codes/search'

describe('codes as people read and type them', () => {
  it('shows ICD-10-CM codes with the dot after the category, and other sets as they are', () => {
    expect(displayCode('icd10cm', 'E11621')).toBe('E11.621')
    expect(displayCode('icd10cm', 'QA00101')).toBe('QA0.0101')
    expect(displayCode('icd10cm', 'I10')).toBe('I10')
    expect(displayCode('hcpcs', 'A4253')).toBe('A4253')
  })

  it('reads a typed code without dot, spaces or case', () => {
    expect(codeFromInput('e11.621')).toBe('E11621')
    expect(codeFromInput(' E11 621 ')).toBe('E11621')
    expect(codeFromInput('diab foot ulc')).toBeNull()
  })
})

describe('the words of a search', () => {
  it('leaves out words too common to narrow anything, unless that is all there is', () => {
    expect(searchWords('fracture of the femur')).toEqual(['fracture', 'femur'])
    expect(searchWords('of')).toEqual(['of'])
  })

  it('turns typed FTS5 syntax into plain quoted prefix terms', () => {
    expect(ftsExpression('"ulcer" OR NEAR(foot* -x) ^col:')).toBe(
      '"ulcer"* "near"* "foot"* "x" "col"*',
    )
    expect(ftsExpression('--- ...')).toBeNull()
  })

  it('keeps letters with diacritics as words', () => {
    expect(searchWords('Ménière disease')).toEqual(['ménière', 'disease'])
  })
})
