import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_ENV, runCli } from '../../support/cli'
import { validate837 } from '../../../src/main/x12/validate837'
import { localIsoDate } from '../../../src/shared/validators/isoDate'
import { claimPractice, coverage, type ClaimPractice } from './claim-practice'

describe('claimdesk claims', () => {
  let p: ClaimPractice
  const cli = (...args: string[]) => runCli(p.dir, args, ADMIN_ENV)

  beforeAll(async () => {
    // The command line runs on the real clock, so the visits are ten days before today.
    p = await claimPractice(() => new Date())
    const dateOfService = localIsoDate(new Date(Date.now() - 10 * 86_400_000))
    const strict = await p.payer({
      name: 'Strict Auth Plan (FAKE)',
      clearinghousePayerId: 'FAKE003',
      requiresPriorAuthorization: true,
    })
    await p.bill(await p.codedVisit(await p.patient([coverage(p.payerId)]), { dateOfService }))
    await p.bill(await p.codedVisit(await p.patient([coverage(strict)]), { dateOfService }))
    p.office.close()
  })
  afterAll(() => p.close())

  it('scrubs drafts and ready claims and prints each finding with the claim number', () => {
    const r = cli('claims', 'scrub')
    expect(r.err).toBe('')
    expect(r.out).toMatch(
      /^CLM \S+ +E {2}auth\.required +Strict Auth Plan \(FAKE\) requires prior authorization — /m,
    )
    expect(r.out).toMatch(/Scrubbed 2 claims: 1 ready, 1 held in draft\.$/m)
    expect(r.code).toBe(1)
  })

  it('lists claims by status', () => {
    const r = cli('claims', 'list', '--status', 'draft')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/draft .* Strict Auth Plan \(FAKE\) +\$125\.00/)
    expect(r.out).toMatch(/^1 claim, \$125\.00$/m)
  })

  it('queues every ready claim, writes one 837 batch to disk and prints count and total', () => {
    const out = join(p.dir, 'outbox.837')
    const r = cli('claims', 'batch', '--out', out)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const [summary, note] = r.out.trim().split('\n')
    expect(summary).toBe(`Batch 1 (test): 1 claim, $125.00, written to ${out}`)
    expect(note).toMatch(/not encrypted/)
    expect(validate837(readFileSync(out, 'utf8')).errors).toEqual([])
    expect(cli('claims', 'list', '--status', 'submitted').out).toMatch(/^1 claim, \$125\.00$/m)
    const again = cli('claims', 'batch', '--out', out)
    expect(again.code).toBe(1)
    expect(again.err.trim()).toBe('No claims are queued: queue ready claims first.')
  })

  it('prints a claim on the CMS-1500 by its claim number', () => {
    const claimNumber = /^(\S+) +submitted/m.exec(
      cli('claims', 'list', '--status', 'submitted').out,
    )![1]!
    const out = join(p.dir, 'claim.pdf')
    const r = cli('claims', 'cms1500', claimNumber, '--out', out, '--data-only')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
    expect(cli('claims', 'cms1500', 'NOPE-1', '--out', out).err.trim()).toBe(
      'There is no claim NOPE-1.',
    )
  })
})
