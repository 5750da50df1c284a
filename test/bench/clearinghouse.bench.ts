/**
 * clearinghouse.sync_1000_claims_ms: one sync cycle over loopback SFTP against a real OpenSSH
 * server (test/support/sftp-server.ts; needs root and /usr/sbin/sshd): upload a 1,000-claim 837
 * batch (temp name, rename, size check, claims marked submitted), then list, download, store
 * (SHA-256 keyed, encrypted) and remove a 999 and a 277CA answering those claims. The 999/277CA
 * are applied by whatever processors the inbox registry has (none on the branch this was written
 * on: then the figure is upload + download + store).
 */
import { join } from 'node:path'
import { makeBatch } from '../../src/main/claims'
import { PROCESSORS } from '../../src/main/inbox/processors'
import { syncOnce } from '../../src/main/clearinghouse/sync'
import { sftpUnavailable, startSftpServer } from '../support/sftp-server'
import { benchPractice } from './support/billed-practice'

type Report = (name: string, value: number, unit: string) => void

const PATIENTS = 50
const CLAIMS = 1_000

function ack999(count: number): string {
  const seg = [
    'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*CLAIMDESK      *260302*1530*^*00501*000000901*0*T*:',
    'GS*FA*CLEARINGHOUSE*CLAIMDESK*20260302*1530*901*X*005010X231A1',
    'ST*999*0001*005010X231A1',
    'AK1*HC*1*005010X222A1',
    'AK2*837*000000001*005010X222A1',
    'IK5*A',
    `AK9*A*1*1*1`,
    'SE*7*0001',
    'GE*1*901',
    'IEA*1*000000901',
  ]
  void count
  return seg.join('~') + '~'
}

function ack277(pcns: string[]): string {
  const body: string[] = [
    'ST*277*0001*005010X214',
    'BHT*0085*08*277CA0001*20260302*1530*TH',
    'HL*1**20*1',
    'NM1*PR*2*EXAMPLE HEALTH PLAN (FAKE)*****PI*FAKE001',
    'TRN*1*0001',
    'DTP*050*D8*20260302',
    'DTP*009*D8*20260302',
    'HL*2*1*21*1',
    'NM1*41*2*BENCH FAMILY PRACTICE LLC*****46*CLAIMDESK',
    'TRN*2*000000001',
    'STC*A1:19:PR*20260302*WQ*0',
    'QTY*90*' + pcns.length,
    'HL*3*2*19*1',
    'NM1*85*2*BENCH FAMILY PRACTICE LLC*****XX*1234567893',
  ]
  let hl = 3
  pcns.forEach((pcn, i) => {
    hl += 1
    body.push(
      `HL*${hl}*3*PT`,
      `NM1*QC*1*TESTPATIENT*BENCH****MI*FKM${100000 + (i % PATIENTS)}`,
      `TRN*2*${pcn}`,
      'STC*A2:20:PR*20260302*WQ*195.50',
      `REF*1K*PAYER${String(i).padStart(8, '0')}`,
      'DTP*472*D8*20260220',
    )
  })
  body.push(`SE*${body.length + 1}*0001`)
  return (
    [
      'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*CLAIMDESK      *260302*1530*^*00501*000000902*0*T*:',
      'GS*HN*CLEARINGHOUSE*CLAIMDESK*20260302*1530*902*X*005010X214',
      ...body,
      'GE*1*902',
      'IEA*1*000000902',
    ].join('~') + '~'
  )
}

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
    const pcns = (
      db.prepare('SELECT patient_control_number AS p FROM claims ORDER BY id').all() as {
        p: string
      }[]
    ).map((r) => r.p)
    server.putFile(join(download, 'ack.999'), ack999(CLAIMS))
    server.putFile(join(download, 'ack.277'), ack277(pcns))

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
