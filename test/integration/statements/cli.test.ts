import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN } from '../../support/practice'
import { tempDir } from '../../support/temp'
import { STATEMENT_DATE, statementPractice, type StatementPractice } from './statement-practice'

const ROOT = resolve(import.meta.dirname, '../../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')

describe('claimdesk statements', { timeout: 240_000 }, () => {
  let p: StatementPractice
  let account = ''
  const out = tempDir('claimdesk-stmt-cli-')
  const cli = (...args: string[]) => {
    const r = spawnSync(TSX, [CLI, '--data', p.dir, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CLAIMDESK_USER: ADMIN.username, CLAIMDESK_PASSWORD: ADMIN.password },
    })
    return { code: r.status, out: r.stdout, err: r.stderr }
  }

  beforeAll(async () => {
    p = await statementPractice()
    account = (await p.run('ledger.patient', { patientId: p.alice })).accountNo
    p.office.close()
  }, 120_000)
  afterAll(() => {
    p.close()
    out.remove()
  })

  it('previews a run, prints it into one PDF, and shows the history', () => {
    const dry = cli('statements', 'run', '--dry-run', '--date', STATEMENT_DATE, '--json')
    expect(dry.code).toBe(0)
    const preview = JSON.parse(dry.out) as { count: number; totalDueCents: number }
    expect(preview).toMatchObject({ count: 2, totalDueCents: 7500 })
    expect(cli('statements', 'history', account, '--json').out.trim()).toBe('[]')

    const file = join(out.path, 'run.pdf')
    const run = cli(
      'statements',
      'run',
      '--date',
      STATEMENT_DATE,
      '--min-balance',
      '500',
      '--out',
      file,
      '--json',
    )
    expect(run.code).toBe(0)
    const result = JSON.parse(run.out) as {
      count: number
      statements: { account: string; guarantor: string; amountDueCents: number; pages: number }[]
    }
    expect(result.count).toBe(2)
    expect(result.statements.map((s) => [s.guarantor, s.amountDueCents, s.pages])).toEqual([
      ['Bernard Parentguarantor', 3000, 1],
      ['Alice Testpatient', 4500, 1],
    ])
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')

    const history = JSON.parse(cli('statements', 'history', account, '--json').out) as {
      amountDueCents: number
    }[]
    expect(history.map((h) => h.amountDueCents)).toEqual([4500])

    const one = join(out.path, 'one.pdf')
    const preview1 = cli('statements', 'preview', account, '--out', one, '--date', STATEMENT_DATE)
    expect(preview1.code).toBe(0)
    expect(preview1.out).toMatch(/\$45\.00 due/)
    expect(existsSync(one)).toBe(true)

    const bad = cli('statements', 'run', '--min', 'abc', '--out', file)
    expect(bad.code).not.toBe(0)
    expect(bad.err).toMatch(/dollars and cents/)
  })
})
