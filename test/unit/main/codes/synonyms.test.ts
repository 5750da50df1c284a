import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import {
  parseSynonyms,
  readQuery,
  shippedSynonyms,
  synonymKey,
} from '../../../../src/main/codes/synonyms'

const RESOURCES = resolve(import.meta.dirname, '../../../../resources')
const HEADER = 'term\texpansion\tcodes'

describe('the synonyms list', () => {
  it('keys terms as billers type them: case, punctuation, apostrophes and letter-digit joins ignored', () => {
    expect(synonymKey('DM2')).toBe('dm 2')
    expect(synonymKey('dm-2')).toBe('dm 2')
    expect(synonymKey(' Depo-Medrol ')).toBe('depo medrol')
    expect(synonymKey("Athlete's foot")).toBe('athletes foot')
    expect(synonymKey('CKD3a')).toBe('ckd 3 a')
  })

  it('reads terms, expansions and codes, stored without dots', () => {
    const list = parseSynonyms(
      `${HEADER}\nHTN\thypertension\tI10\nflu shot\tinfluenza vaccine\tZ23, G0008\nsore throat\t\tJ02.9\n`,
    )
    expect(list.byTerm.get('htn')).toEqual({
      term: 'htn',
      expansion: 'hypertension',
      codes: ['I10'],
    })
    expect(list.byTerm.get('flu shot')?.codes).toEqual(['Z23', 'G0008'])
    expect(list.byTerm.get('sore throat')).toEqual({
      term: 'sore throat',
      expansion: '',
      codes: ['J029'],
    })
  })

  it('refuses a broken list, naming the line', () => {
    expect(() => parseSynonyms('term,expansion,codes\n')).toThrow(/line 1/)
    expect(() => parseSynonyms(`${HEADER}\nhtn\thypertension\n`)).toThrow(/line 2 should be/)
    expect(() => parseSynonyms(`${HEADER}\nhtn\thypertension\tI10\nHTN\t\tI10\n`)).toThrow(
      /line 3: "HTN" is listed twice/,
    )
    expect(() => parseSynonyms(`${HEADER}\nhtn\t\t\n`)).toThrow(/needs an expansion or codes/)
    expect(() => parseSynonyms(`${HEADER}\nhtn\t\tI1.0.x!\n`)).toThrow(/is not a code/)
  })

  it('reads a whole query as a term, or widens the listed words inside a longer one', () => {
    const list = parseSynonyms(
      `${HEADER}\ndm2\ttype 2 diabetes mellitus\tE11.9\nsore throat\tacute pharyngitis\tJ02.9\ndiabetes\t\tE11.9\n`,
    )
    expect(readQuery(list, 'DM-2')).toMatchObject({ whole: { codes: ['E119'] } })
    expect(readQuery(list, 'Sore  throat').groups).toEqual([['sore throat', 'acute pharyngitis']])
    expect(readQuery(list, 'dm2 neuropathy')).toEqual({
      whole: null,
      groups: [['dm2', 'type 2 diabetes mellitus'], ['neuropathy']],
    })
    // Nothing listed, or listed without an expansion: the words as typed.
    expect(readQuery(list, 'diabetes foot ulcer')).toEqual({ whole: null, groups: null })
    expect(readQuery(list, 'otalgia')).toEqual({ whole: null, groups: null })
  })

  it('ships a list with the abbreviations, lay terms and brand names the issue names', () => {
    const list = shippedSynonyms(RESOURCES)
    const codesOf = (term: string) => list.byTerm.get(synonymKey(term))?.codes ?? []
    expect(list.byTerm.size).toBeGreaterThan(200)
    for (const [term, code] of [
      ['HTN', 'I10'],
      ['DM2', 'E119'],
      ['T2DM', 'E119'],
      ['COPD', 'J449'],
      ['UTI', 'N390'],
      ['CHF', 'I509'],
      ['AFib', 'I4891'],
      ['GERD', 'K219'],
      ['CKD 3', 'N1830'],
      ['URI', 'J069'],
      ['OA', 'M1990'],
      ['BPH', 'N400'],
      ['HLD', 'E785'],
      ['MDD', 'F329'],
      ['GAD', 'F411'],
      ['OSA', 'G4733'],
      ['LBP', 'M5450'],
      ['high blood pressure', 'I10'],
      ['sore throat', 'J029'],
      ['ear infection', 'H6690'],
      ['flu shot', 'Z23'],
      ['annual physical', 'Z0000'],
      ['well child', 'Z00129'],
      ['pink eye', 'H109'],
      ['strep', 'J020'],
      ['cholesterol', 'E785'],
      ['toradol', 'J1885'],
      ['kenalog', 'J3301'],
      ['rocephin', 'J0696'],
      ['depo-medrol', 'J1030'],
      ['decadron', 'J1100'],
      ['b12', 'J3420'],
    ] as const) {
      expect(codesOf(term), term).toContain(code)
    }
    expect(list.byTerm.get('toradol')?.expansion).toBe('ketorolac')
  })
})
