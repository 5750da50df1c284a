import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_ENV, runCli } from '../../support/cli'
import { localIsoDate } from '../../../src/shared/validators/isoDate'
import { eraClaim, write835 } from '../../support/era835'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from '../claims/claim-practice'

const ROOT = resolve(import.meta.dirname, '../../..')
const FIXTURES = join(ROOT, 'test', 'fixtures', 'remits')

// Each command starts a fresh tsx process; on a loaded machine that takes a while.
const SLOW = 120_000

describe('claimdesk era import and claims show', () => {
  let p: ClaimPractice
  let pcn = ''
  let era = ''
  const cli = (...args: string[]) => runCli(p.dir, args, ADMIN_ENV)

  beforeAll(async () => {
    p = await claimPractice(() => new Date())
    const dateOfService = localIsoDate(new Date(Date.now() - 10 * 86_400_000))
    const visitId = await p.codedVisit(await p.patient([coverage(p.payerId)]), {
      dateOfService,
      lines: [
        officeVisit({ modifiers: ['25'] }),
        officeVisit({ code: '36415', chargeCents: 2500 }),
      ],
    })
    const claimId = (await p.bill(visitId)).claims[0]!.claimId
    await p.run('claims.queue', { claimIds: [claimId] })
    const batch = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: batch.batchId, file: 'out.837' })
    const db = p.office.store.db
    const claim = eraClaim(db, claimId, {
      pay: (l, i) =>
        i === 0
          ? {
              paidCents: 8000,
              adjustments: [
                { group: 'CO', reason: '45', amountCents: 2500 },
                { group: 'PR', reason: '2', amountCents: 2000 },
              ],
            }
          : {
              paidCents: 0,
              adjustments: [{ group: 'CO', reason: '97', amountCents: l.chargeCents }],
            },
    })
    pcn = claim.patientControlNumber
    era = join(p.dir, 'payer.835')
    writeFileSync(era, write835({ trace: 'EFT424242', claims: [claim] }))
    p.office.close()
  }, SLOW)
  afterAll(() => p.close())

  it(
    'previews with --dry-run and keeps nothing',
    () => {
      const r = cli('era', 'import', era, '--dry-run')
      expect(r.err).toBe('')
      expect(r.code).toBe(0)
      expect(r.out).toMatch(
        /^payer\.835: would post — Posted 1 payment \(\$80\.00\) for 1 claim\.$/m,
      )
      expect(r.out).toMatch(
        /line 1 99213 25: paid \$80\.00, contractual \$25\.00, patient \$20\.00/,
      )
      const shown = JSON.parse(cli('claims', 'show', pcn, '--json').out) as { status: string }
      expect(shown.status).toBe('submitted')
    },
    SLOW,
  )

  it(
    'posts, prints per file, refuses what it cannot post and exits 1',
    () => {
      const r = cli(
        'era',
        'import',
        era,
        join(FIXTURES, 'unbalanced.835'),
        join(FIXTURES, 'unmatched-wrapped.835'),
      )
      expect(r.code).toBe(1)
      expect(r.out).toMatch(/^payer\.835: posted — Posted 1 payment \(\$80\.00\) for 1 claim\.$/m)
      expect(r.out).toMatch(
        /^unbalanced\.835: refused — This 835 does not balance, so nothing of it was posted\. .*but the payment \(BPR02\) is \$125\.00\.$/m,
      )
      expect(r.out).toMatch(
        /^unmatched-wrapped\.835: posted — .*1 unmatched, waiting to be assigned; 1 segment\(s\) skipped\.$/m,
      )
      expect(r.out).toMatch(/segment 9: Unknown segment ZZZ: skipped/)
      const again = cli('era', 'import', era)
      expect(again.code).toBe(1)
      expect(again.out).toMatch(/^payer\.835: refused — This exact file was already imported on /m)
    },
    SLOW,
  )

  it(
    'shows a claim’s amounts per line as JSON',
    () => {
      const r = cli('claims', 'show', pcn, '--json')
      expect(r.err).toBe('')
      const shown = JSON.parse(r.out) as Record<string, unknown>
      expect(shown).toMatchObject({
        patientControlNumber: pcn,
        status: 'closed',
        outcome: 'partial',
        chargeCents: 15000,
        insurancePaidCents: 8000,
        contractualCents: 5000,
        patientResponsibilityCents: 2000,
        otherAdjustmentCents: 0,
        balanceCents: 0,
        payerClaimNumber: expect.any(String),
        lines: [
          {
            lineNo: 1,
            chargeCents: 12500,
            insurancePaidCents: 8000,
            contractualCents: 2500,
            patientResponsibilityCents: 2000,
            balanceCents: 0,
            carcs: ['CO-45', 'PR-2'],
          },
          { lineNo: 2, insurancePaidCents: 0, contractualCents: 2500, carcs: ['CO-97'] },
        ],
      })
    },
    SLOW,
  )
})
