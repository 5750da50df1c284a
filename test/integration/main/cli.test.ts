import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyKey } from '../../../src/main/store/cipher'
import { readKeyring, unwrapForUser } from '../../../src/main/store/keyring'
import { tempDir } from '../../support/temp'

const ROOT = resolve(import.meta.dirname, '../../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')
const PASSWORD = 'cli admin password 2026'

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(TSX, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CLAIMDESK_USER: 'carl', CLAIMDESK_PASSWORD: PASSWORD, ...env },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('the command line', () => {
  const temp = tempDir()
  const data = join(temp.path, 'practice')
  beforeAll(() => {
    const init = cli([
      'init',
      '--data',
      data,
      '--practice',
      'Cli Testing Practice (FAKE)',
      '--admin',
      'carl',
    ])
    expect(init.err).toBe('')
    expect(init.code).toBe(0)
  })
  afterAll(() => temp.remove())

  it('lists its commands and prints its version', () => {
    const help = cli(['--help'])
    for (const command of ['version', 'serve', 'init', 'user', 'audit', 'backup', 'restore']) {
      expect(help.out).toContain(command)
    }
    expect(cli(['version']).out.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('manages users as an administrator', () => {
    const add = cli(
      ['--data', data, 'user', 'add', 'dora', '--role', 'front_desk', '--name', 'Dora Testdesk'],
      {
        CLAIMDESK_NEW_PASSWORD: 'front desk first pass 5',
      },
    )
    expect(add.code).toBe(0)
    const list = cli(['--data', data, 'user', 'list'])
    expect(list.out).toMatch(/dora\s+front_desk\s+must change password/)
  })

  it('refuses a wrong password with a plain message and exit code 1', () => {
    const r = cli(['--data', data, 'user', 'list'], { CLAIMDESK_PASSWORD: 'wrong password here 1' })
    expect(r.code).toBe(1)
    expect(r.err.trim()).toBe('Wrong user name or password. (password)')
  })

  it('verifies the audit chain, and names the entry someone changed', () => {
    const ok = cli(['--data', data, 'audit', 'verify'])
    expect(ok.out).toMatch(/^OK \(\d+ entries\)/)

    const key = unwrapForUser(readKeyring(data), 'carl', PASSWORD)!
    const db = new Database(join(data, 'claimdesk.db'))
    applyKey(db, key)
    const victim = db.prepare('SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 2').get() as {
      id: number
    }
    db.exec('DROP TRIGGER audit_log_no_update')
    db.prepare("UPDATE audit_log SET action = action || 'x' WHERE id = ?").run(victim.id)
    db.close()

    const bad = cli(['--data', data, 'audit', 'verify'])
    expect(bad.code).toBe(1)
    expect(bad.out).toContain(`FAILED at entry ${victim.id}`)
  })

  it('backs up to a file and restores it into another folder', () => {
    const file = join(temp.path, 'practice.cdbackup')
    expect(cli(['--data', data, 'backup', '--to', file]).code).toBe(0)
    const elsewhere = join(temp.path, 'restored')
    const restore = cli(['restore', '--from', file, '--data', elsewhere])
    expect(restore.code).toBe(0)
    expect(cli(['--data', elsewhere, 'user', 'list']).out).toContain('dora')
    const wrong = cli(['restore', '--from', file, '--data', join(temp.path, 'x')], {
      CLAIMDESK_PASSWORD: 'bad bad bad bad 1',
    })
    expect(wrong.code).toBe(1)
  })
})
