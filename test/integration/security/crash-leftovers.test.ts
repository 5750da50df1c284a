import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { Office } from '../../../src/main/office'
import { createBackup, restoreBackup } from '../../../src/main/store/backup'
import { DB_FILE, KEYRING_FILE, SETUP_MARKER } from '../../../src/main/store/data-folder'
import { readKeyring, unwrapForUser, type Keyring } from '../../../src/main/store/keyring'
import { StoreError } from '../../../src/main/store/store-error'
import { ADMIN, newPractice } from '../../support/practice'
import { ADMIN as STORE_ADMIN, makeStore, tempFolder } from '../store/store-fixture'

// Each test signs in with real scrypt and some run the CLI: slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 120_000 })

const HOUR_AGO = (Date.now() - 3_600_000) / 1000

function leave(path: string, content = 'encrypted snapshot bytes'): string {
  writeFileSync(path, content)
  utimesSync(path, HOUR_AGO, HOUR_AGO)
  return path
}

describe('what a kill leaves behind is cleaned up or recognised (issue 13, Low)', () => {
  it('sweeps stale .snapshot, .restore and temp files and key-check folders on the next start', () => {
    const store = makeStore()
    store.db.close()
    const leftovers = [
      leave(join(store.dir, '.claimdesk.db.0123456789ab.snapshot')),
      leave(join(store.dir, '.claimdesk.db.0123456789ab.restore')),
      leave(join(store.dir, '.claimdesk.db.0123456789ab.restore-wal')),
      leave(join(store.dir, '..claimdesk.db.0123456789ab.restore.ba9876543210.tmp')),
      leave(join(store.dir, '.claimdesk.keyring.0123456789ab.restore')),
      leave(join(store.dir, '.claimdesk.keyring.0123456789ab.tmp')),
    ]
    const keycheck = mkdtempSync(join(tmpdir(), 'claimdesk-keycheck-'))
    leave(join(keycheck, 'head.db'))
    utimesSync(keycheck, HOUR_AGO, HOUR_AGO)
    // A backup running right now in another window keeps its work file.
    const live = join(store.dir, '.claimdesk.db.fedcba987654.snapshot')
    writeFileSync(live, 'in progress')
    const practiceFiles = [DB_FILE, KEYRING_FILE].map((n) => readFileSync(join(store.dir, n)))
    new Office(store.dir)
    for (const path of leftovers) expect(existsSync(path)).toBe(false)
    expect(existsSync(keycheck)).toBe(false)
    expect(existsSync(live)).toBe(true)
    expect([DB_FILE, KEYRING_FILE].map((n) => readFileSync(join(store.dir, n)))).toEqual(
      practiceFiles,
    )
  })

  it('a setup killed before its keyring was in place can be set up again', async () => {
    const p = await newPractice()
    p.office.close()
    // The state a kill at the keyring rename leaves: the database, the marker, no keyring.
    rmSync(join(p.dir, KEYRING_FILE))
    writeFileSync(join(p.dir, SETUP_MARKER), '')
    const office = new Office(p.dir)
    expect(office.storeStatus()).toBe('absent')
    const again = await newPracticeIn(p.dir)
    expect(again.storeStatus()).toBe('open')
    expect(existsSync(join(p.dir, SETUP_MARKER))).toBe(false)
    again.close()
    p.close()
  })

  it('tells a backup whose first page is damaged apart from a wrong password', () => {
    const store = makeStore()
    const file = join(tempFolder('backups'), 'b.cdbackup')
    createBackup(store.db, store.dir, file)
    store.db.close()
    writeFileSync(file, damageFirstPage(readFileSync(file)))
    const target = tempFolder('restore-into')
    let error: unknown
    try {
      restoreBackup(file, target, (k: Keyring) =>
        unwrapForUser(k, STORE_ADMIN.username, STORE_ADMIN.password),
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).code).toBe('corrupt')
    expect((error as StoreError).message).toMatch(/damaged/)
    expect((error as StoreError).message).not.toMatch(/password did not open|does not open/)
    expect(readdirSync(target)).toEqual([])
  })

  it('keyring tags are salted: the plain hash of a guessed user name is not in the file', async () => {
    const p = await newPractice()
    const keyring = readKeyring(p.dir)
    const plain = createHash('sha256')
      .update(`claimdesk-user:${ADMIN.username}`, 'utf8')
      .digest('base64')
    expect(keyring.tagSalt).toBeDefined()
    expect(keyring.entries.map((e) => e.tag)).not.toContain(plain)
    expect(readFileSync(join(p.dir, KEYRING_FILE), 'utf8')).not.toContain(plain)
    p.close()
  })
})

async function newPracticeIn(dir: string): Promise<Office> {
  const { handlers } = await import('../../../src/main/api/handlers')
  const { createRouter } = await import('../../../src/main/api/router')
  const { Session } = await import('../../../src/main/api/session')
  mkdirSync(dir, { recursive: true })
  const office = new Office(dir)
  const router = createRouter(handlers, office, { checkOutputs: true, log: () => undefined })
  const r = await router.call(
    'setup.create',
    { practiceName: 'Testing Again (FAKE)', admin: ADMIN },
    new Session('http'),
  )
  if (!r.ok) throw new Error(r.error.message)
  return office
}

/** Flips a byte inside the database's first page and re-seals the checksum, as damage before backup. */
function damageFirstPage(bytes: Buffer): Buffer {
  const headerEnd = bytes.indexOf(10, 19)
  const header = JSON.parse(bytes.subarray(19, headerEnd).toString()) as Record<string, unknown>
  const dbStart = headerEnd + 1 + (header.keyringBytes as number)
  const out = Buffer.from(bytes)
  out[dbStart + 100] = (out[dbStart + 100] ?? 0) ^ 0xff
  header.dbSha256 = createHash('sha256').update(out.subarray(dbStart)).digest('hex')
  const newHeader = Buffer.from(JSON.stringify(header), 'utf8')
  return Buffer.concat([out.subarray(0, 19), newHeader, out.subarray(headerEnd)])
}
