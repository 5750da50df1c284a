import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../support/temp'

const ROOT = resolve(import.meta.dirname, '../../..')

describe('claimdesk demo', () => {
  let dir: ReturnType<typeof tempDir>
  beforeAll(() => {
    dir = tempDir()
  })
  afterAll(() => dir.remove())

  it('says how many claims it left in each state and how many batches it sent', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/main/cli.ts', '--data', dir.path, 'demo', '--patients', '40'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          CLAIMDESK_USER: 'admin',
          CLAIMDESK_PASSWORD: 'demo cli password 1',
          NODE_ENV: 'test',
        },
      },
    )
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(
      /\d+ visits of the first 40 patients \(\d+ not yet coded\), \d+ claims/,
    )
    const line = r.stdout.split('\n').find((l) => l.trim().startsWith('Claims: '))!
    expect(line).toMatch(/^ {2}Claims: \d+ ready, \d+ draft \(\d+ secondaries held/)
    for (const state of ['queued', 'submitted', 'accepted', 'acknowledged', 'closed', 'voided'])
      expect(line).toMatch(new RegExp(`[1-9]\\d* ${state}`))
    expect(line).toMatch(/; \d+ sent in 4 batches$/)
  })
})
