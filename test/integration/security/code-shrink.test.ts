import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { newPractice, type TestPractice } from '../../support/practice'
import { tempDir } from '../../support/temp'
import { countValid, orderFile } from '../codes/code-store'

const ROOT = resolve(import.meta.dirname, '../../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')

/** A download cut off after three lines. */
const TRUNCATED = orderFile([
  ['A00', false, 'Cholera'],
  ['A000', true, 'Cholera due to Vibrio cholerae 01, biovar cholerae'],
  ['A001', true, 'Cholera due to Vibrio cholerae 01, biovar eltor'],
])

describe('a truncated code file cannot silently end the current code set', () => {
  let practice: TestPractice
  beforeEach(async () => {
    practice = await newPractice()
  })
  afterEach(() => practice.close())

  const importIt = (allowShrink?: boolean) =>
    practice.call(practice.admin, 'codes.import', {
      fileName: 'icd10cm_order_2026.txt',
      contentBase64: Buffer.from(TRUNCATED).toString('base64'),
      ...(allowShrink === undefined ? {} : { allowShrink }),
    })

  it('refuses a 3-line ICD-10-CM file over the starter list, saying how many codes would end', async () => {
    const db = practice.office.store.db
    const before = countValid(db, 'icd10cm', '2025-10-01')
    expect(before).toBeGreaterThan(300)
    const versions = db.prepare('SELECT count(*) FROM code_versions').pluck().get()

    const result = await importIt()
    expect(result.outcome).toBe('confirm-shrink')
    if (result.outcome !== 'confirm-shrink') return
    const [shrink] = result.shrinks
    expect(result.shrinks).toHaveLength(1)
    expect(shrink).toMatchObject({ set: 'icd10cm', current: before })
    expect(shrink!.wouldEnd).toBeGreaterThan(before - 4)
    expect(result.message).toContain(`${shrink!.wouldEnd} of the ${before} current icd10cm codes`)
    expect(result.message).toContain('--allow-shrink')
    // Nothing changed.
    expect(countValid(db, 'icd10cm', '2025-10-01')).toBe(before)
    expect(db.prepare('SELECT count(*) FROM code_versions').pluck().get()).toBe(versions)
  })

  it('imports it when the user confirms', async () => {
    const result = await importIt(true)
    expect(result.outcome).toBe('imported')
    expect(countValid(practice.office.store.db, 'icd10cm', '2025-10-01')).toBe(3)
  })
})

describe('claimdesk codes import --allow-shrink', () => {
  const temp = tempDir()
  const data = join(temp.path, 'practice')
  const file = join(temp.path, 'icd10cm_order_2026.txt')
  const cli = (...args: string[]) => {
    const r = spawnSync(TSX, [CLI, '--data', data, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        CLAIMDESK_USER: 'cody',
        CLAIMDESK_PASSWORD: 'cli shrink password 2026',
      },
    })
    return { code: r.status, out: r.stdout, err: r.stderr }
  }
  beforeAll(() => {
    writeFileSync(file, TRUNCATED)
    expect(cli('init', '--practice', 'Shrink Practice (FAKE)', '--admin', 'cody').code).toBe(0)
  })
  afterAll(() => temp.remove())

  it('refuses without the option (exit 1) and imports with it', () => {
    const refused = cli('codes', 'import', '--icd10cm', file, '--effective', '2025-10-01')
    expect(refused.code).toBe(1)
    expect(refused.out).toMatch(/would end 3\d\d of the 3\d\d current icd10cm codes/)
    const allowed = cli(
      'codes',
      'import',
      '--icd10cm',
      file,
      '--effective',
      '2025-10-01',
      '--allow-shrink',
    )
    expect(allowed.code).toBe(0)
    expect(allowed.out).toContain('Imported icd10cm_order_2026.txt')
  })
})
