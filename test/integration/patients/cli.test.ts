import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp'

const ROOT = resolve(import.meta.dirname, '../../..')
const FIXTURES = join(ROOT, 'test/fixtures/patients')
const PASSWORD = 'cli billing password 1'

describe('the command line: demo and patients import', () => {
  let dir: ReturnType<typeof tempDir>

  /** Runs the real CLI in its own process, as a scheduled task or a migration script would. */
  function claimdesk(...args: string[]) {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/main/cli.ts', '--data', dir.path, ...args],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          CLAIMDESK_USER: 'biller',
          CLAIMDESK_PASSWORD: PASSWORD,
          NODE_ENV: 'test',
        },
      },
    )
    return { status: r.status, out: r.stdout, err: r.stderr }
  }

  beforeAll(() => {
    dir = tempDir()
  })
  afterAll(() => dir.remove())

  it('creates the demo practice in an empty folder and shows the recovery key once', () => {
    const r = claimdesk('demo', '--patients', '25')
    expect(r.err).toBe('')
    expect(r.status).toBe(0)
    expect(r.out).toMatch(/RECOVERY KEY/)
    expect(r.out).toMatch(/Demo practice "Demo Family Medicine \(FAKE\)" is ready/)
    expect(r.out).toMatch(/25 fake patients/)
  })

  it('will not add a second demo to a practice that has patients', () => {
    const r = claimdesk('demo')
    expect(r.status).toBe(1)
    expect(r.err).toMatch(/already has patients/)
    expect(r.out).not.toMatch(/RECOVERY KEY/)
  })

  it('lists each problem row with its column, saves nothing and exits 1', () => {
    const r = claimdesk('patients', 'import', join(FIXTURES, 'two-bad-rows.csv'))
    expect(r.status).toBe(1)
    expect(r.out.split('\n').filter((line) => line.startsWith('Row '))).toEqual([
      expect.stringMatching(/^Row 4 \(Zip\): ZIP code must be .*"6270"/),
      expect.stringMatching(
        /^Row 7 \(Insurance\): no payer called "Example Nonexistent Plan \(FAKE\)"/,
      ),
    ])
    expect(r.out).toMatch(/nothing was saved/)
  })

  it('checks a clean file on --dry-run, then saves every row', () => {
    const dry = claimdesk('patients', 'import', join(FIXTURES, 'clean.csv'), '--dry-run')
    expect(dry).toMatchObject({ status: 0, out: 'Checked 10 rows: all good.\n' })
    const saved = claimdesk('patients', 'import', join(FIXTURES, 'clean.csv'))
    expect(saved).toMatchObject({ status: 0, out: 'Saved 10 patients.\n' })
    const again = claimdesk('patients', 'import', join(FIXTURES, 'clean.csv'))
    expect(again.status).toBe(1)
    expect(again.out).toMatch(/^Row 2: already on file as account \d+/m)
  })

  it('takes column choices with --map', () => {
    const r = claimdesk(
      'patients',
      'import',
      join(FIXTURES, 'custom-mapping.csv'),
      '--dry-run',
      '--map',
      'lastName=Patient Last',
      '--map',
      'firstName=Patient First',
      '--map',
      'primaryPayer=Carrier',
    )
    expect(r).toMatchObject({ status: 0, out: 'Checked 2 rows: all good.\n' })
  })
})
