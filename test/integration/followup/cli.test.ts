import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localIsoDate } from '../../../src/shared/validators/isoDate'
import { eraClaim, write835 } from '../../support/era835'
import { ADMIN } from '../../support/practice'
import { importText } from '../acknowledgment/ack-practice'
import { claimPractice, coverage, type ClaimPractice } from '../claims/claim-practice'

const ROOT = resolve(import.meta.dirname, '../../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')
const SLOW = 120_000

describe('claimdesk followup list', () => {
  let p: ClaimPractice
  let pcn = ''
  let account = ''
  const cli = (...args: string[]) => {
    const r = spawnSync(TSX, [CLI, '--data', p.dir, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CLAIMDESK_USER: ADMIN.username, CLAIMDESK_PASSWORD: ADMIN.password },
    })
    return { code: r.status, out: r.stdout, err: r.stderr }
  }

  beforeAll(async () => {
    // The real clock: the command line runs on today.
    p = await claimPractice(() => new Date())
    const dateOfService = localIsoDate(new Date(Date.now() - 10 * 86_400_000))
    const patientId = await p.patient([coverage(p.payerId)])
    const visitId = await p.codedVisit(patientId, { dateOfService })
    const claimId = (await p.bill(visitId)).claims[0]!.claimId
    await p.run('claims.queue', { claimIds: [claimId] })
    const batch = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: batch.batchId, file: 'out.837' })
    const claim = eraClaim(p.office.store.db, claimId, {
      statusCode: '4',
      pay: (l) => ({
        paidCents: 0,
        adjustments: [{ group: 'CO', reason: '50', amountCents: l.chargeCents }],
      }),
    })
    pcn = claim.patientControlNumber
    const imported = await importText(p, write835({ trace: 'CLIFU1', claims: [claim] }), 'd.835')
    expect(imported.file.status).toBe('processed')
    account = (await p.run('ledger.patient', { patientId })).accountNo
    await p.run('followup.assign', { claimId, reason: 'denial', owner: 'ann.admin' })
    p.office.close()
  }, SLOW)
  afterAll(() => p.close())

  it(
    'prints the queue as JSON with the contract fields',
    () => {
      const r = cli('followup', 'list', '--json')
      expect(r.err).toBe('')
      expect(r.code).toBe(0)
      const rows = JSON.parse(r.out) as Record<string, unknown>[]
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({
        claimPcn: pcn,
        patientAccount: account,
        payer: expect.any(String),
        reason: 'denial',
        amountCents: 12500,
        ageDays: 10,
        owner: 'ann.admin',
        followUpDate: null,
        priority: expect.any(Number),
        timelyFilingDaysLeft: 355,
      })
      const text = cli('followup', 'list')
      expect(text.code).toBe(0)
      expect(text.out).toContain(pcn)
      expect(text.out).toContain('Denied CO-50')
    },
    SLOW,
  )
})
