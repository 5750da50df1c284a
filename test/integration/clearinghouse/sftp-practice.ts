import type { ClearinghouseConnection } from '../../../src/shared/ops/clearinghouse'
import { startSftpServer, type SftpServer } from '../../support/sftp-server'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from '../claims/claim-practice'

export interface SftpPractice {
  p: ClaimPractice
  server: SftpServer
  upload: string
  download: string
  connection: ClearinghouseConnection
}

/** A claims practice whose clearinghouse account points at a real local sshd. */
export async function sftpPractice(
  server: SftpServer,
  name: string,
  overrides: Partial<ClearinghouseConnection> = {},
): Promise<SftpPractice> {
  const p = await claimPractice()
  p.office.clearinghouse.options = { timeoutMs: 5000, settleMs: 150 }
  const upload = server.folder(`${name}/upload`)
  const download = server.folder(`${name}/download`)
  const connection: ClearinghouseConnection = {
    name: 'Example Clearinghouse (FAKE)',
    host: server.host,
    port: server.port,
    username: server.user,
    auth: 'password',
    hostKey: server.fingerprint,
    uploadDir: upload,
    downloadDir: download,
    archiveDir: null,
    schedule: { enabled: true, everyMinutes: 30, from: '00:00', until: '23:59' },
    ...overrides,
  }
  await p.run('clearinghouse.save', { connection, password: server.password })
  return { p, server, upload, download, connection }
}

/** Bills `count` visits and queues their claims; returns the claim ids. */
export async function queueClaims(p: ClaimPractice, count: number): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const patientId = await p.patient([coverage(p.payerId, { memberId: `FKM2002${i}` })])
    const visitId = await p.codedVisit(patientId, {
      lines: [officeVisit({ chargeCents: 12500 + i })],
    })
    const made = await p.bill(visitId)
    ids.push(...made.claims.filter((c) => c.status === 'ready').map((c) => c.claimId))
  }
  await p.run('claims.queue', { claimIds: ids })
  return ids
}

export { startSftpServer }
