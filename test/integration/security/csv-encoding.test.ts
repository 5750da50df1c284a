import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCodeFile } from '../../../src/main/codes/parse'
import { decodeStrict } from '../../../src/shared/textEncoding'
import { ADMIN, newPractice, type TestPractice } from '../../support/practice'
import { runCli } from '../../support/cli'

// "Zoë Testpatient" saved by an old Excel as Windows-1252: ë is the single byte 0xEB.
const HEADER = 'lastName,firstName,dob\r\n'
const LATIN1 = Buffer.concat([
  Buffer.from(`${HEADER}Testpatient,Alice,1962-03-14\r\nTestpatient,Zo`, 'latin1'),
  Buffer.from([0xeb]),
  Buffer.from(',1970-01-01\r\n', 'latin1'),
])

describe('CSV import: invalid UTF-8 is not silently read as Windows-1252', () => {
  it('refuses, naming the row and byte, and shows how the row would read as Windows-1252', () => {
    const r = decodeStrict(LATIN1)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const at = LATIN1.indexOf(0xeb) + 1
    expect(r.message).toContain(`row 3, byte ${at} (0xEB)`)
    expect(r.message).toContain('"Testpatient,Zoë,1970-01-01"')
  })

  it('reads it as Windows-1252 when the person says so, and UTF-8 as UTF-8', () => {
    expect(decodeStrict(LATIN1, 'windows-1252')).toMatchObject({ ok: true })
    const utf8 = decodeStrict(Buffer.from(`\uFEFF${HEADER}Testpatient,Zoë,1970-01-01\r\n`))
    expect(utf8).toEqual({ ok: true, text: `${HEADER}Testpatient,Zoë,1970-01-01\r\n` })
  })

  describe('claimdesk patients import', () => {
    let p: TestPractice
    let file: string
    beforeAll(async () => {
      p = await newPractice()
      await p.call(p.admin, 'auth.logout', {})
      p.office.close()
      file = join(p.dir, 'patients-1252.csv')
      writeFileSync(file, LATIN1)
    })
    afterAll(() => p.close())

    it('refuses a Windows-1252 file unless --encoding windows-1252 is given', () => {
      const env = { CLAIMDESK_USER: ADMIN.username, CLAIMDESK_PASSWORD: ADMIN.password }
      const refused = runCli(p.dir, ['patients', 'import', file, '--dry-run'], env)
      expect(refused.code).toBe(1)
      expect(refused.err).toMatch(/not UTF-8: row 3, byte \d+ \(0xEB\)/)
      expect(refused.err).toContain('--encoding windows-1252')
      expect(refused.err).not.toMatch(/\n\s+at /)
      const allowed = runCli(
        p.dir,
        ['patients', 'import', file, '--dry-run', '--encoding', 'windows-1252'],
        env,
      )
      expect(allowed.err).not.toContain('not UTF-8')
    }, 60_000)
  })
})

describe('code files with very long lines', () => {
  it('do not put megabytes of the line into the error', () => {
    const x = 'X'.repeat(5 * 1024 * 1024)
    for (const [kind, text] of [
      ['icd10cm-codes', `${x} Cholera\r\n`],
      ['cpt-csv', `code,description\r\n${x},Office visit\r\n`],
      ['pos-csv', `code,description\r\n${x},Office\r\n`],
    ] as const) {
      const r = parseCodeFile(kind, Buffer.from(text))
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(JSON.stringify(r.errors).length).toBeLessThan(2_000)
    }
  })
})
