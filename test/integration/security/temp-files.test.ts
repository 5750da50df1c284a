import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp'

const ROOT = resolve(import.meta.dirname, '../../..')
const PASSWORD = 'temp file test password 1'

/** Every file under `dir` except tsx's own compile cache, with its bytes. */
function filesUnder(dir: string): Array<{ path: string; bytes: Buffer }> {
  const out: Array<{ path: string; bytes: Buffer }> = []
  for (const name of readdirSync(dir)) {
    if (name.startsWith('tsx-')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...filesUnder(path))
    else out.push({ path, bytes: readFileSync(path) })
  }
  return out
}

describe('SQLite temp files (issue 13 item 3)', () => {
  let work: ReturnType<typeof tempDir>
  let tmp: string
  let data: string
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        TMPDIR: tmp,
        SQLITE_TMPDIR: tmp,
        CLAIMDESK_USER: 'admin',
        CLAIMDESK_PASSWORD: PASSWORD,
        NODE_ENV: 'test',
      },
    })

  beforeAll(() => {
    work = tempDir('claimdesk-tempfiles-')
    tmp = join(work.path, 'tmp')
    data = join(work.path, 'data')
    mkdirSync(tmp)
  })
  afterAll(() => work.remove())

  it('writes no patient data to TMPDIR while building a 2000-patient demo', () => {
    const r = run(['src/main/cli.ts', '--data', data, 'demo', '--patients', '2000'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const files = filesUnder(tmp)
    expect(files.filter((f) => /etilqs_/.test(f.path))).toEqual([])
    expect(files.filter((f) => f.bytes.includes('Testpatient'))).toEqual([])
  }, 120_000)

  it('keeps a sort far larger than the page cache in memory, not in a plaintext temp file', () => {
    const r = run(['test/integration/security/temp-child.ts', data, 'admin', PASSWORD])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const seen = JSON.parse(r.stdout) as { open: string[]; leaked: number; nameLength: number }
    expect(seen.nameLength).toBeGreaterThan(0)
    // Before the fix this listed an unlinked `etilqs_*` holding patient names in plain text.
    expect(seen.open).toEqual([])
    expect(seen.leaked).toBe(0)
    expect(filesUnder(tmp).filter((f) => /etilqs_/.test(f.path))).toEqual([])
  }, 120_000)
})
