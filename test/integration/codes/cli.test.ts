import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp'

const ROOT = resolve(import.meta.dirname, '../../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')
const FIXTURES = join(ROOT, 'test', 'fixtures', 'codes')

describe('claimdesk codes', () => {
  const temp = tempDir()
  const data = join(temp.path, 'practice')
  const cli = (...args: string[]) => {
    const r = spawnSync(TSX, [CLI, '--data', data, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        CLAIMDESK_USER: 'cody',
        CLAIMDESK_PASSWORD: 'cli codes password 2026',
      },
    })
    return { code: r.status, out: r.stdout, err: r.stderr }
  }
  beforeAll(() => {
    expect(cli('init', '--practice', 'Codes Cli Practice (FAKE)', '--admin', 'cody').code).toBe(0)
  })
  afterAll(() => temp.remove())

  it('imports a file, printing progress and a summary, and says so when it is imported again', () => {
    const file = join(FIXTURES, 'icd10cm-order-valid.txt')
    const first = cli(
      'codes',
      'import',
      '--icd10cm',
      file,
      '--effective',
      '2025-10-01',
      '--allow-shrink',
    )
    expect(first.code).toBe(0)
    expect(first.out).toContain('Importing icd10cm-order-valid.txt (icd10cm-order)…')
    expect(first.out).toMatch(
      /Imported icd10cm-order-valid\.txt, effective 2025-10-01\. icd10cm: \d+ codes — \d+ added/,
    )
    const again = cli(
      'codes',
      'import',
      '--icd10cm',
      file,
      '--effective',
      '2025-10-01',
      '--allow-shrink',
    )
    expect(again.code).toBe(0)
    expect(again.out).toMatch(/already imported on \d{4}-\d{2}-\d{2}.*nothing changed/)
  })

  it('refuses a malformed file with exit 1, naming each line', () => {
    const r = cli(
      'codes',
      'import',
      '--icd10cm',
      join(FIXTURES, 'icd10cm-order-malformed.txt'),
      '--effective',
      '2025-10-01',
    )
    expect(r.code).toBe(1)
    expect(r.out).toContain('Nothing was imported')
    expect(r.err).toMatch(/Line 2: .*\n.*Line 3: .*\n.*Line 4: .*\n.*Line 6: /)
  })

  it('searches by code or words, showing code, billable flag and description', () => {
    const r = cli('codes', 'search', 'E11', '--set', 'icd10cm', '--date', '2026-01-15')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^E11\s+icd10cm\s+header\s+Type 2 diabetes mellitus$/m)
    expect(r.out).toMatch(
      /^E11\.9\s+icd10cm\s+billable\s+Type 2 diabetes mellitus without complications$/m,
    )
  })

  it('prints ranked results as JSON with --json, and keeps the code first on each plain line', () => {
    const json = cli('codes', 'search', 'toradol', '--json')
    expect(json.code).toBe(0)
    const results = JSON.parse(json.out) as Record<string, unknown>[]
    expect(results[0]).toEqual({
      code: 'J1885',
      set: 'hcpcs',
      description: expect.stringMatching(/ketorolac/i) as unknown,
      billable: true,
    })
    for (const result of results)
      expect(Object.keys(result).sort()).toEqual(['billable', 'code', 'description', 'set'])

    const plain = cli('codes', 'search', 'flu shot', '--set', 'hcpcs')
    expect(plain.code).toBe(0)
    const firstWords = plain.out
      .trim()
      .split('\n')
      .map((line) => line.split(' ')[0])
    expect(firstWords.slice(0, 2)).toEqual(['G0008', 'Q2035'])
  })

  it('says which options it needs', () => {
    const r = cli('codes', 'import')
    expect(r.code).toBe(1)
    expect(r.err).toContain('Give one file: --icd10cm, --hcpcs')
  })
})
