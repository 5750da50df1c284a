import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { answer999 } from '../../support/clearinghouse-simulator'
import { eraClaim, write835 } from '../../support/era835'
import { ADMIN } from '../../support/practice'
import { hasSharedData, sharedDataPath } from '../../support/shared-data'
import { importText, sendClaims } from '../acknowledgment/ack-practice'
import { claimPractice, coverage, NOW, officeVisit } from '../claims/claim-practice'
import { remitPractice, type RemitPractice } from '../remits/remit-practice'

const CARC = 'carc_from_librehealth_adjustment_reason_codes_2016.csv'
const RARC = 'rarc_from_librehealth_ibr_code_arrays_2013.csv'

async function importCodeLists(p: RemitPractice): Promise<void> {
  for (const [kind, name] of [
    ['carc-csv', CARC],
    ['rarc-csv', RARC],
  ] as const) {
    await p.run('codes.import', {
      kind,
      fileName: name,
      contentBase64: readFileSync(sharedDataPath(name)).toString('base64'),
      effective: '2016-01-01',
    })
  }
}

let traces = 0
/** Posts an 835 for the claim through the inbox; `pay` answers each line. */
function post(
  p: RemitPractice,
  claimId: number,
  options: Parameters<typeof eraClaim>[2] = {},
): void {
  const claim = eraClaim(p.office.store.db, claimId, options)
  const r = p.importEra(write835({ trace: `FU${++traces}`, claims: [claim] }))
  expect(r.file.status).toBe('processed')
}

const denyAll = {
  statusCode: '4',
  pay: (l: { chargeCents: number }) => ({
    paidCents: 0,
    adjustments: [{ group: 'CO' as const, reason: '50', amountCents: l.chargeCents }],
  }),
}

describe.skipIf(!hasSharedData(CARC, RARC))('follow-up queue', () => {
  let p: RemitPractice

  beforeAll(async () => {
    p = await remitPractice()
    await importCodeLists(p)
  }, 120_000)

  const items = async () => (await p.run('followup.list', {})).items
  const itemOf = async (claimId: number) => (await items()).find((i) => i.claimId === claimId)

  it('a denied claim is on the queue with its CARC in plain English', async () => {
    const { primary } = await p.submitted()
    post(p, primary, denyAll)
    const item = await itemOf(primary)
    expect(item).toMatchObject({
      reason: 'denial',
      partial: false,
      amountCents: 12500,
      status: 'open',
      owner: null,
    })
    expect(item!.lines).toHaveLength(1)
    expect(item!.lines[0]!.reasons[0]).toMatchObject({ group: 'CO', code: '50' })
    expect(item!.lines[0]!.reasons[0]!.description).toMatch(/medical necessity|not deemed/i)
    expect(item!.reasonText).toMatch(/^Denied CO-50: /)
    // DOS 2026-02-20, today 2026-03-02; the payer allows 365 days.
    expect(item!.ageDays).toBe(10)
    expect(item!.timelyFilingDaysLeft).toBe(355)
    expect(item!.timelyFilingWarning).toBeNull()
    expect(item!.priority).toBeGreaterThan(125)
  })

  it('a partial denial lists only the denied line; a routinely paid claim is not on the queue', async () => {
    const { primary } = await p.submitted([
      officeVisit(),
      officeVisit({ code: '36415', chargeCents: 2500, pointers: [1] }),
    ])
    post(p, primary, {
      pay: (l, i) =>
        i === 1
          ? {
              paidCents: 0,
              adjustments: [{ group: 'CO', reason: '97', amountCents: l.chargeCents }],
            }
          : {},
    })
    const item = await itemOf(primary)
    expect(item).toMatchObject({ reason: 'denial', partial: true, amountCents: 2500 })
    expect(item!.lines.map((l) => l.code)).toEqual(['36415'])
    expect(item!.reasonText).toMatch(/^Partly denied CO-97/)

    const paid = await p.submitted()
    post(p, paid.primary)
    expect(await itemOf(paid.primary)).toBeUndefined()
  })

  it('assign, follow-up date and notes are kept with who and when', async () => {
    const { primary } = await p.submitted()
    post(p, primary, denyAll)
    await p.run('followup.assign', { claimId: primary, reason: 'denial', owner: 'bob.biller' })
    await p.run('followup.setDate', { claimId: primary, reason: 'denial', date: '2026-03-10' })
    const r = await p.run('followup.addNote', {
      claimId: primary,
      reason: 'denial',
      note: 'Called the payer: records needed',
    })
    expect(r.item).toMatchObject({ owner: 'bob.biller', followUpDate: '2026-03-10' })
    expect(r.item.notes).toEqual([
      {
        note: 'Called the payer: records needed',
        by: 'ann.admin',
        at: new Date(NOW).toISOString(),
      },
    ])
    await p.run('followup.markDone', { claimId: primary, reason: 'denial' })
    expect(await itemOf(primary)).toBeUndefined()
    const all = (await p.run('followup.list', { includeDone: true })).items
    expect(all.find((i) => i.claimId === primary)?.status).toBe('done')
  })

  it('refuses to bill the patient for a CO denial without an ABN (GA), saying why', async () => {
    const { primary, patientId } = await p.submitted()
    post(p, primary, denyAll)
    const before = await p.run('ledger.patient', { patientId })
    await expect(
      p.run('followup.billPatient', { claimId: primary, reason: 'denial', why: 'Not covered' }),
    ).rejects.toThrow(
      'The patient cannot be billed: line 1 (99213) CO-50 is a contractual (CO) denial',
    )
    const after = await p.run('ledger.patient', { patientId })
    expect(after.patientBalanceCents).toBe(before.patientBalanceCents)
    expect(after.lines).toHaveLength(before.lines.length)
    expect((await itemOf(primary))?.status).not.toBe('done')
  })

  it("bill the patient moves the denied amount to the patient's balance when the line has an ABN (GA)", async () => {
    const { primary, patientId } = await p.submitted([officeVisit({ modifiers: ['GA'] })])
    post(p, primary, denyAll)
    const before = await p.run('ledger.patient', { patientId })
    const r = await p.run('followup.billPatient', {
      claimId: primary,
      reason: 'denial',
      why: 'Not covered: patient signed a waiver',
    })
    expect(r.movedCents).toBe(12500)
    const after = await p.run('ledger.patient', { patientId })
    expect(after.patientBalanceCents - before.patientBalanceCents).toBe(12500)
    expect(after.insuranceBalanceCents).toBe(before.insuranceBalanceCents)
    expect(await itemOf(primary)).toBeUndefined()
  })

  it('write off the denial with a reason', async () => {
    const { primary } = await p.submitted()
    post(p, primary, denyAll)
    const r = await p.run('followup.writeOff', {
      claimId: primary,
      reason: 'denial',
      category: 'denial',
      why: 'Appeal window closed',
    })
    expect(r.writtenOffCents).toBe(12500)
    const row = p.office.store.db
      .prepare(
        "SELECT insurance_cents, reason_code, memo FROM ledger_entries WHERE claim_id = ? AND kind = 'write_off'",
      )
      .get(primary)
    expect(row).toEqual({
      insurance_cents: -12500,
      reason_code: 'denial',
      memo: 'Appeal window closed',
    })
    const amounts = await p.run('claims.amounts', { claimId: primary })
    expect(amounts.balanceCents).toBe(0)
    expect(await itemOf(primary)).toBeUndefined()
  })

  it('correct and resend makes a frequency-7 claim', async () => {
    const { primary } = await p.submitted()
    post(p, primary, denyAll)
    const r = await p.run('followup.correct', {
      claimId: primary,
      reason: 'denial',
      why: 'Added the missing diagnosis',
    })
    const made = await p.run('claims.get', { claimId: r.newClaimId })
    expect(made.frequency).toBe('7')
    expect(made.replacesClaimId).toBe(primary)
    expect((await p.run('claims.get', { claimId: primary })).status).toBe('corrected')
    expect(await itemOf(primary)).toBeUndefined()
  })

  it('void from the queue sends a frequency-8 claim with the payer claim number', async () => {
    const { primary } = await p.submitted()
    post(p, primary, { ...denyAll, payerClaimNumber: 'PAYERVOID9' })
    const r = await p.run('followup.void', {
      claimId: primary,
      reason: 'denial',
      why: 'Billed to the wrong patient',
    })
    const made = await p.run('claims.get', { claimId: r.claimId })
    expect(made.frequency).toBe('8')
    expect(made.originalReference).toBe('PAYERVOID9')
    expect((await p.run('claims.get', { claimId: primary })).status).toBe('voided')
    expect(await itemOf(primary)).toBeUndefined()
  })

  it('the appeal letter PDF carries the claim facts and the denial meanings', async () => {
    const { primary } = await p.submitted()
    post(p, primary, { ...denyAll, payerClaimNumber: 'PAYERCLM777' })
    const r = await p.run('followup.appealLetter', {
      claimId: primary,
      reason: 'denial',
      paragraph: 'Our own words for this appeal.',
    })
    const file = join(p.dir, 'appeal.pdf')
    writeFileSync(file, Buffer.from(r.pdfBase64, 'base64'))
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout
    const item = (await p.run('followup.list', {})).items.find((i) => i.claimId === primary)!
    for (const fact of [
      item.patientControlNumber,
      'PAYERCLM777',
      '02/20/2026',
      'Date of birth',
      'Member ID',
      'CO-50',
      'Our own words for this appeal.',
      item.patientName.split(',')[0]!.trim(),
    ]) {
      expect(text).toContain(fact)
    }
    expect(text).toMatch(/medical necessity|not deemed/i)
  })
})

describe('claims without an answer and rejections', () => {
  it("a claim with no 835 after the payer's follow-up days is on the queue", async () => {
    let now = new Date(NOW)
    const p = await claimPractice(() => now)
    try {
      const payerId = await p.payer({
        name: 'Quick Example Plan (FAKE)',
        followUpDays: 14,
        timelyFilingDays: 45,
      })
      const send = async (payer: number) => {
        const visitId = await p.codedVisit(await p.patient([coverage(payer)]))
        const id = (await p.bill(visitId)).claims[0]!.claimId
        await p.run('claims.queue', { claimIds: [id] })
        const batch = await p.run('claims.batch', {})
        await p.run('claims.batchExported', { batchId: batch.batchId, file: 'out.837' })
        return id
      }
      const slow = await send(p.payerId)
      const quick = await send(payerId)
      // Days pass between calls: a fresh sign-in each time (an idle session locks).
      const list = async () =>
        (await p.call(await p.signIn(ADMIN.username, ADMIN.password), 'followup.list', {})).items
      expect(await list()).toEqual([])
      now = new Date(Date.parse(NOW) + 15 * 86_400_000)
      expect((await list()).map((i) => i.claimId)).toEqual([quick])
      now = new Date(Date.parse(NOW) + 31 * 86_400_000)
      const items = await list()
      expect(items.map((i) => i.claimId).sort()).toEqual([slow, quick].sort())
      expect(items[0]).toMatchObject({ reason: 'no_answer', amountCents: 12500, ageDays: 41 })
      expect(items[0]!.reasonText).toMatch(/^Sent 31 days ago/)
      const quickItem = items.find((i) => i.claimId === quick)!
      expect(quickItem).toMatchObject({ timelyFilingDaysLeft: 4, timelyFilingWarning: 'soon' })
      expect(items.find((i) => i.claimId === slow)!.timelyFilingWarning).toBeNull()
      now = new Date(Date.parse(NOW) + 40 * 86_400_000)
      expect((await list()).find((i) => i.claimId === quick)).toMatchObject({
        timelyFilingDaysLeft: -5,
        timelyFilingWarning: 'passed',
      })
    } finally {
      p.close()
    }
  })

  it('a rejected claim is on the queue and is resent as new from it', async () => {
    const p = await claimPractice()
    try {
      const sent = await sendClaims(p, 1)
      await importText(
        p,
        answer999(sent.content, {
          rejectTransactions: ['0001'],
          errors: [{ patientControlNumber: sent.pcns[0]!, elementCode: '1' }],
        }),
      )
      const items = (await p.run('followup.list', {})).items
      expect(items).toHaveLength(1)
      expect(items[0]).toMatchObject({ reason: 'rejection', claimId: sent.ids[0] })
      expect(items[0]!.reasonText).toMatch(/^Rejected \(999\)/)
      const r = await p.run('followup.resendAsNew', { claimId: sent.ids[0]!, reason: 'rejection' })
      expect(r.queued).toBe(true)
      expect((await p.run('followup.list', {})).items).toEqual([])
    } finally {
      p.close()
    }
  })
})
