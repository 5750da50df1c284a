/**
 * clearinghouse.sync_1000_claims_ms: one sync cycle over loopback SFTP against a real OpenSSH
 * server (test/support/sftp-server.ts; needs root and /usr/sbin/sshd): upload a 1,000-claim 837
 * batch (temp name, rename, size check, claims marked submitted), then list, download, store
 * (SHA-256 keyed, encrypted), apply and remove a 999 and a 277CA that the demo's clearinghouse
 * wrote in answer to that very 837 (src/main/demo/clearinghouse-answers.ts).
 */
import { join } from 'node:path'
import { makeBatch } from '../../src/main/claims'
import { batchFile } from '../../src/main/claims/batch'
import { answer277ca, answer999 } from '../../src/main/demo/clearinghouse-answers'
import { PROCESSORS } from '../../src/main/inbox/processors'
import { syncOnce } from '../../src/main/clearinghouse/sync'
import { sftpUnavailable, startSftpServer } from '../support/sftp-server'
import { benchPractice } from './support/billed-practice'

type Report = (name: string, value: number, unit: string) => void

const PATIENTS = 50
const CLAIMS = 1_000

export async function run(report: Report): Promise<void> {
  const why = sftpUnavailable()
  if (why) {
    console.error(`clearinghouse bench skipped: ${why}`)
    return
  }
  const server = await startSftpServer()
  const p = await benchPractice('ch', {
    patients: PATIENTS,
    fees: [
      ['99213', 12500],
      ['36415', 2500],
      ['82947', 4550],
    ],
  })
  const { db, actor, call } = p
  try {
    p.bill(CLAIMS, [
      { code: '99213', units: 1, chargeCents: 12500, pointers: [1, 2] },
      { code: '82947', units: 1, chargeCents: 4550, pointers: [1] },
      { code: '36415', units: 1, chargeCents: 2500, pointers: [1] },
    ])
    db.prepare("UPDATE claims SET status = 'queued'").run()
    const batch = makeBatch(db, actor)
    if (batch.claimCount !== CLAIMS) throw new Error(`batch had ${batch.claimCount} claims`)

    const upload = server.folder('bench/upload')
    const download = server.folder('bench/download')
    await call('clearinghouse.save', {
      connection: {
        name: 'Bench Clearinghouse (FAKE)',
        host: server.host,
        port: server.port,
        username: server.user,
        auth: 'password',
        hostKey: server.fingerprint,
        uploadDir: upload,
        downloadDir: download,
        archiveDir: null,
        schedule: { enabled: false, everyMinutes: 30, from: '07:00', until: '19:00' },
      },
      password: server.password,
    })
    const sent = batchFile(db, batch.batchId).content
    server.putFile(join(download, 'ack.999'), answer999(sent, { date: '20260302' }))
    server.putFile(
      join(download, 'ack.277'),
      answer277ca(sent, { date: '20260302', controlNumber: 900000002 }),
    )

    const start = process.hrtime.bigint()
    const result = await syncOnce(db, () => ({ user: 'bench', at: new Date().toISOString() }), {
      settleMs: 0,
    })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (!result.ok || result.uploadedBatches !== 1 || result.downloaded !== 2) {
      throw new Error(`sync did not complete: ${JSON.stringify(result)}`)
    }
    const applied = Object.keys(PROCESSORS).join(', ') || 'none'
    console.error(`clearinghouse bench: inbox processors present: ${applied}`)
    report('clearinghouse.sync_1000_claims_ms', Math.round(ms), 'ms')
  } finally {
    p.close()
    await server.remove()
  }
}
