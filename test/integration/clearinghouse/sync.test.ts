import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  appendFileSync,
  chownSync,
  statSync,
} from 'node:fs'
import { createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveConnection } from '../../../src/main/clearinghouse/settings'
import { clearStop } from '../../../src/main/clearinghouse/status'
import { listFiles } from '../../../src/main/inbox/files'
import { sftpUnavailable, type SftpServer } from '../../support/sftp-server'
import { queueClaims, sftpPractice, startSftpServer } from './sftp-practice'

const why = sftpUnavailable()
const X12_999 =
  'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*CLAIMDESK      *260302*1530*^*00501*000000901*0*T*:~' +
  'GS*FA*CLEARINGHOUSE*CLAIMDESK*20260302*1530*901*X*005010X231A1~ST*999*0001*005010X231A1~' +
  'AK1*HC*1*005010X222A1~AK9*A*1*1*1~SE*4*0001~GE*1*901~IEA*1*000000901~'

describe.skipIf(why !== null)('clearinghouse over a real OpenSSH server', () => {
  let server: SftpServer
  beforeAll(async () => {
    server = await startSftpServer()
  }, 60_000)
  afterAll(async () => {
    await server?.remove()
  })

  it('tests the connection and names exactly what fails', { timeout: 120_000 }, async () => {
    const s = await sftpPractice(server, 'test')
    const { p } = s
    try {
      expect(await p.run('clearinghouse.test', {})).toMatchObject({ ok: true, kind: null })
      // The password is never shown.
      const shown = await p.run('clearinghouse.get', {})
      expect(JSON.stringify(shown)).not.toContain(server.password)
      expect(shown).toMatchObject({ hasPassword: true, hasPrivateKey: false })

      const save = (c: Partial<typeof s.connection>, secret: object = {}) =>
        p.run('clearinghouse.save', { connection: { ...s.connection, ...c }, ...secret })
      // Key login.
      await save({ auth: 'key' }, { privateKey: server.privateKey })
      expect(await p.run('clearinghouse.test', {})).toMatchObject({ ok: true })
      await save({ auth: 'password' }, { password: 'wrong password' })
      expect(await p.run('clearinghouse.test', {})).toMatchObject({ ok: false, kind: 'login' })
      await save({}, { password: server.password })

      await save({ port: 1 })
      expect(await p.run('clearinghouse.test', {})).toMatchObject({ ok: false, kind: 'refused' })
      await save({ host: 'no-such-host.invalid' })
      expect(await p.run('clearinghouse.test', {})).toMatchObject({ ok: false, kind: 'dns' })
      // A server that accepts the connection and never answers.
      const silent: Server = createServer(() => undefined)
      await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()))
      const address = silent.address()
      await save({ port: typeof address === 'object' && address ? address.port : 0 })
      p.office.clearinghouse.options = { timeoutMs: 1500, settleMs: 150 }
      expect(await p.run('clearinghouse.test', {})).toMatchObject({ ok: false, kind: 'timeout' })
      p.office.clearinghouse.options = { timeoutMs: 5000, settleMs: 150 }
      silent.close()

      await save({ downloadDir: join(server.root, 'test', 'no-such-folder') })
      expect(await p.run('clearinghouse.test', {})).toMatchObject({
        ok: false,
        kind: 'folder_missing',
      })
      const locked = server.folder('test/locked')
      chownSync(locked, 0, 0)
      chmodSync(locked, 0o755)
      await save({ uploadDir: locked })
      expect(await p.run('clearinghouse.test', {})).toMatchObject({ ok: false, kind: 'no_write' })

      // First connect: no fingerprint yet, the server's is shown; confirming it keeps it.
      await save({ hostKey: null })
      const first = await p.run('clearinghouse.test', {})
      expect(first).toMatchObject({
        ok: false,
        kind: 'host_key_unknown',
        fingerprint: server.fingerprint,
      })
      expect(await p.run('clearinghouse.test', { trustHostKey: first.fingerprint! })).toMatchObject(
        {
          ok: true,
        },
      )
      expect((await p.run('clearinghouse.get', {})).connection?.hostKey).toBe(server.fingerprint)
      // No upload folder check file is left behind.
      expect(readdirSync(s.upload)).toEqual([])
    } finally {
      p.close()
    }
  })

  it(
    'uploads a queued batch, downloads replies (subfolders too), stores and deletes them',
    { timeout: 120_000 },
    async () => {
      const s = await sftpPractice(server, 'flow')
      const { p } = s
      try {
        const ids = await queueClaims(p, 3)
        const batch = await p.run('claims.batch', {})
        for (const id of ids)
          expect((await p.run('claims.get', { claimId: id })).status).toBe('queued')
        expect((await p.run('clearinghouse.status', {})).waitingBatches).toBe(1)

        server.putFile(join(s.download, '999_0001.x12'), X12_999)
        server.folder('flow/download/123456789')
        server.putFile(
          join(s.download, '123456789', 'report.txt'),
          'FILE SUMMARY\nAccepted 3 claims\n',
        )
        server.putFile(join(s.download, 'empty.x12'), '')

        const r = await p.run('clearinghouse.syncNow', {})
        expect(r).toMatchObject({
          ok: true,
          uploadedBatches: 1,
          claimsSubmitted: 3,
          downloaded: 2,
          skipped: 1,
          removed: 2,
        })
        const stored = await p.run('claims.batchFile', { batchId: batch.batchId })
        expect(readdirSync(s.upload)).toEqual([batch.fileName])
        expect(readFileSync(join(s.upload, batch.fileName), 'latin1')).toBe(stored.content)
        // Uploaded (submitted), then the 999 downloaded in the same cycle accepted the batch.
        for (const id of ids) {
          const claim = await p.run('claims.get', { claimId: id })
          expect(claim.history.map((h) => h.to)).toContain('submitted')
          expect(claim.status).toBe('accepted')
        }
        // Replies stored, removed from the server; the empty file waits.
        expect(readdirSync(s.download).sort()).toEqual(['123456789', 'empty.x12'])
        expect(readdirSync(join(s.download, '123456789'))).toEqual([])
        const files = listFiles(p.office.store.db, { limit: 10 })
        expect(files.map((f) => [f.originalName, f.kind, f.source]).sort()).toEqual([
          ['123456789/report.txt', 'text', 'clearinghouse'],
          ['999_0001.x12', '999', 'clearinghouse'],
        ])
        // The same file again is never processed twice: recognized, then removed.
        server.putFile(join(s.download, '999_again.x12'), X12_999)
        const again = await p.run('clearinghouse.syncNow', {})
        expect(again).toMatchObject({ ok: true, uploadedBatches: 0, downloaded: 0, duplicates: 1 })
        expect(listFiles(p.office.store.db, { limit: 10 })).toHaveLength(2)
        expect(existsSync(join(s.download, '999_again.x12'))).toBe(false)
        const status = await p.run('clearinghouse.status', {})
        expect(status).toMatchObject({ state: 'ok', waitingBatches: 0 })
        expect(status.message).toMatch(/^Last sync .* — 0 batches waiting$/)
      } finally {
        p.close()
      }
    },
  )

  it(
    'moves downloaded files to the archive folder when deletes are not allowed',
    { timeout: 60_000 },
    async () => {
      const archive = server.folder('archived/archive')
      const s = await sftpPractice(server, 'archived', { archiveDir: archive })
      const { p } = s
      try {
        server.putFile(join(s.download, 'reply.x12'), X12_999)
        expect(await p.run('clearinghouse.syncNow', {})).toMatchObject({
          ok: true,
          downloaded: 1,
          removed: 1,
        })
        expect(readdirSync(s.download)).toEqual([])
        expect(readdirSync(archive)).toEqual(['reply.x12'])
      } finally {
        p.close()
      }
    },
  )

  it(
    'skips a file still being written and fetches it whole on the next cycle',
    { timeout: 60_000 },
    async () => {
      const s = await sftpPractice(server, 'growing')
      const { p } = s
      p.office.clearinghouse.options = { timeoutMs: 5000, settleMs: 1500 }
      try {
        const path = join(s.download, 'big.x12')
        server.putFile(path, X12_999.slice(0, 40))
        const grow = setInterval(() => appendFileSync(path, 'x'), 100)
        const first = await p.run('clearinghouse.syncNow', {})
        clearInterval(grow)
        expect(first).toMatchObject({ ok: true, downloaded: 0, skipped: 1 })
        expect(existsSync(path)).toBe(true)
        writeFileSync(path, X12_999)
        const second = await p.run('clearinghouse.syncNow', {})
        expect(second).toMatchObject({ ok: true, downloaded: 1 })
        const [file] = listFiles(p.office.store.db, { limit: 10 })
        expect(file?.size).toBe(X12_999.length)
      } finally {
        p.close()
      }
    },
  )

  it(
    'refuses a changed host key and stops: nothing is sent, the schedule does not retry',
    { timeout: 60_000 },
    async () => {
      const s = await sftpPractice(server, 'hostkey', { hostKey: `SHA256:${'Q'.repeat(43)}` })
      const { p } = s
      try {
        await queueClaims(p, 1)
        await p.run('claims.batch', {})
        const r = await p.run('clearinghouse.syncNow', {})
        expect(r.ok).toBe(false)
        expect(r.status).toMatchObject({
          state: 'stopped',
          failureKind: 'host_key_changed',
          waitingBatches: 1,
        })
        expect(r.status.message).toMatch(/different host key/)
        expect(readdirSync(s.upload)).toEqual([])
        expect(p.office.clearinghouse.nextAttempt()).toBeNull()
      } finally {
        p.close()
      }
    },
  )

  it('does not retry a wrong password in a loop', { timeout: 60_000 }, async () => {
    let now = Date.parse('2026-03-02T15:30:00')
    const s = await sftpPractice(server, 'badpw')
    const { p } = s
    try {
      await p.run('clearinghouse.save', { connection: s.connection, password: 'not the password' })
      // Replace the practice clock: the scheduler reads it.
      ;(p.office as unknown as { clock: () => Date }).clock = () => new Date(now)
      expect(p.office.clearinghouse.nextAttempt()?.getTime()).toBe(now)
      await p.office.clearinghouse.tick()
      // Hours pass (read directly: the session would idle-lock on this clock).
      const status = p.office.clearinghouse.status()
      expect(status).toMatchObject({ state: 'stopped', failureKind: 'login' })
      const attempted = status.lastAttemptAt
      for (let i = 0; i < 5; i++) {
        now += 60 * 60_000
        await p.office.clearinghouse.tick()
      }
      expect(p.office.clearinghouse.status().lastAttemptAt).toBe(attempted)
      // Fixing the password lets the schedule run again.
      const { db } = p.office.store
      saveConnection(db, s.connection, { password: server.password })
      clearStop(db)
      await p.office.clearinghouse.tick()
      expect(p.office.clearinghouse.status()).toMatchObject({ state: 'ok' })
    } finally {
      p.close()
    }
  })

  it(
    'keeps batches queued while the server is down and sends each exactly once after',
    { timeout: 120_000 },
    async () => {
      const s = await sftpPractice(server, 'offline')
      const { p } = s
      try {
        const first = await queueClaims(p, 2)
        await p.run('claims.batch', {})
        await server.stop()
        const down = await p.run('clearinghouse.syncNow', {})
        expect(down).toMatchObject({ ok: false, uploadedBatches: 0 })
        expect(down.status).toMatchObject({
          state: 'offline',
          waitingBatches: 1,
          failureKind: 'refused',
        })
        expect(down.status.message).toMatch(/^offline — 1 batch waiting/)
        for (const id of first)
          expect((await p.run('claims.get', { claimId: id })).status).toBe('queued')
        // Backoff: next try in a minute, not at once.
        const next = p.office.clearinghouse.nextAttempt()
        expect(next!.getTime() - Date.parse(down.status.lastAttemptAt!)).toBe(60_000)

        await queueClaims(p, 1)
        await p.run('claims.batch', {})
        await server.start()
        const up = await p.run('clearinghouse.syncNow', {})
        expect(up).toMatchObject({ ok: true, uploadedBatches: 2, claimsSubmitted: 3 })
        expect(readdirSync(s.upload)).toHaveLength(2)
        const again = await p.run('clearinghouse.syncNow', {})
        expect(again).toMatchObject({ ok: true, uploadedBatches: 0 })
        expect(readdirSync(s.upload)).toHaveLength(2)
      } finally {
        await server.start()
        p.close()
      }
    },
  )

  it(
    'finishes a batch whose upload was interrupted after the rename without sending it twice',
    { timeout: 60_000 },
    async () => {
      const s = await sftpPractice(server, 'renamed')
      const { p } = s
      try {
        await queueClaims(p, 1)
        const batch = await p.run('claims.batch', {})
        const file = await p.run('claims.batchFile', { batchId: batch.batchId })
        // As if the process died after the rename: the complete file is already there.
        server.putFile(join(s.upload, batch.fileName), Buffer.from(file.content, 'latin1'))
        const before = statSync(join(s.upload, batch.fileName)).mtimeMs
        const r = await p.run('clearinghouse.syncNow', {})
        expect(r).toMatchObject({ ok: true, uploadedBatches: 1, claimsSubmitted: 1 })
        expect(readdirSync(s.upload)).toEqual([batch.fileName])
        expect(statSync(join(s.upload, batch.fileName)).mtimeMs).toBe(before)
      } finally {
        p.close()
      }
    },
  )
})
