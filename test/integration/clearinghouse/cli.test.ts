import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localIsoDate } from '../../../src/shared/validators/isoDate'
import { ADMIN } from '../../support/practice'
import { sftpUnavailable, startSftpServer, type SftpServer } from '../../support/sftp-server'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from '../claims/claim-practice'

const ROOT = resolve(import.meta.dirname, '../../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')
const why = sftpUnavailable()

describe.skipIf(why !== null)('claimdesk clearinghouse / sync --once', () => {
  let p: ClaimPractice
  let server: SftpServer
  let upload: string
  const cli = (...args: string[]) => {
    const r = spawnSync(TSX, [CLI, '--data', p.dir, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        CLAIMDESK_USER: ADMIN.username,
        CLAIMDESK_PASSWORD: ADMIN.password,
        CH_PASSWORD: server.password,
      },
    })
    return { code: r.status, out: r.stdout, err: r.stderr }
  }

  beforeAll(async () => {
    server = await startSftpServer()
    upload = server.folder('cli/upload')
    server.folder('cli/download')
    p = await claimPractice(() => new Date())
    const dateOfService = localIsoDate(new Date(Date.now() - 10 * 86_400_000))
    for (let i = 0; i < 2; i++) {
      const patientId = await p.patient([coverage(p.payerId, { memberId: `FKM3003${i}` })])
      await p.bill(await p.codedVisit(patientId, { dateOfService, lines: [officeVisit()] }))
    }
    p.office.close()
  }, 120_000)
  afterAll(async () => {
    p?.close()
    await server?.remove()
  })

  it(
    'sets the account from the command line and never prints the password',
    { timeout: 60_000 },
    () => {
      const set = cli(
        'clearinghouse',
        'set',
        '--name',
        'Example Clearinghouse (FAKE)',
        '--host',
        server.host,
        '--port',
        String(server.port),
        '--username',
        server.user,
        '--password-env',
        'CH_PASSWORD',
        '--host-key',
        server.fingerprint,
        '--upload-dir',
        upload,
        '--download-dir',
        join(server.root, 'cli/download'),
        '--sender-id',
        'PRACTICE01',
        '--sender-qualifier',
        'ZZ',
        '--receiver-id',
        'EXAMPLECH',
        '--receiver-qualifier',
        'ZZ',
        '--usage',
        'P',
      )
      expect(set.err).toBe('')
      expect(set.code).toBe(0)
      const show = cli('clearinghouse', 'show')
      expect(show.code).toBe(0)
      expect(show.out).toMatch(/password \(set\)/)
      expect(show.out).toMatch(/ISA ZZ\*PRACTICE01 → ZZ\*EXAMPLECH/)
      expect(show.out + show.err).not.toContain(server.password)
    },
  )

  it(
    'exits 0 after a cycle and 3 with one line when the server cannot be reached',
    { timeout: 180_000 },
    async () => {
      const batch = cli('claims', 'batch')
      expect(batch.code).toBe(0)
      expect(batch.out).toMatch(/waiting in the outbox/)
      await server.stop()
      const offline = cli('sync', '--once')
      expect(offline.out.trim()).toBe('offline: 1 batches waiting')
      expect(offline.code).toBe(3)
      await server.start()
      const ok = cli('sync', '--once')
      expect(ok.err).toBe('')
      expect(ok.code).toBe(0)
      const [name] = readdirSync(upload)
      // The 837 carries the IDs from the settings, not the placeholders.
      expect(readFileSync(join(upload, name!), 'latin1')).toMatch(
        /^ISA\*00\*.{10}\*00\*.{10}\*ZZ\*PRACTICE01 {5}\*ZZ\*EXAMPLECH {6}\*.*\*P\*:~/,
      )
      const list = JSON.parse(cli('claims', 'list', '--json').out) as { status: string }[]
      expect(list.map((c) => c.status)).toEqual(['submitted', 'submitted'])
      expect(list[0]).toEqual(
        expect.objectContaining({
          payer: expect.any(String),
          chargeCents: 12500,
          payerClaimNumber: null,
        }),
      )
    },
  )
})
