import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resourcesDir } from '../../../../src/main/codes/resources'

const dir = join(resourcesDir(), 'codes')
// synonyms.tsv is not a code list: it says what typed words mean (see synonyms.test.ts).
const lists = readdirSync(dir).filter((name) => name.endsWith('.tsv') && name !== 'synonyms.tsv')

function rows(name: string): string[][] {
  return readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'))
}

describe('the starter code lists shipped in resources/codes', () => {
  it('are found from the checkout by walking up to package.json', () => {
    expect(existsSync(join(resourcesDir(), 'codes', 'icd10cm.tsv'))).toBe(true)
    expect(lists.sort()).toEqual(['hcpcs-modifiers.tsv', 'hcpcs.tsv', 'icd10cm.tsv', 'pos.tsv'])
  })

  it('hold only public-domain sets: no CPT code (5 digits, or 4 digits and F/T/U) anywhere', () => {
    for (const name of lists) {
      for (const [code] of rows(name))
        expect(code, `${name}: ${code}`).not.toMatch(/^(\d{5}|\d{4}[FTU])$/)
    }
  })

  it('are small: a few hundred codes each at most, every one with a description', () => {
    for (const name of lists) {
      const listed = rows(name)
      expect(listed.length, name).toBeLessThanOrEqual(400)
      for (const fields of listed) expect(fields, name).toHaveLength(2)
    }
  })
})
