import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/main/x12/tokenize'
import { validate837 } from '../../../src/main/x12/validate837'
import { claimPractice, coverage, NOW, officeVisit, type ClaimPractice } from './claim-practice'

function segments(text: string, id: string) {
  return tokenize(text).segments.filter((s) => s.id === id)
}

describe('claims.batch: 837P files', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  /** Bills `count` visits (the odd ones for a child on a parent's plan) and queues every ready claim. */
  async function queued(count: number): Promise<number[]> {
    const ids: number[] = []
    for (let i = 0; i < count; i++) {
      const child = i % 2 === 1
      const patientId = await p.patient(
        [
          coverage(p.payerId, {
            memberId: `FKM1002${i}`,
            ...(child
              ? {
                  relationship: 'child' as const,
                  subscriber: {
                    lastName: 'Testparent',
                    firstName: 'Bernard',
                    dob: '1970-07-04',
                    sex: 'M' as const,
                    address: {
                      street1: '12 Example St',
                      city: 'Springfield',
                      state: 'IL',
                      zip: '62701',
                    },
                  },
                }
              : {}),
          }),
          coverage(p.secondPayerId, { order: 'secondary', memberId: `SEC${i}` }),
        ],
        child ? { dob: '2015-09-02' } : {},
      )
      const visitId = await p.codedVisit(patientId, {
        lines: [
          officeVisit({ chargeCents: 12500 + i }),
          officeVisit({ code: '36415', chargeCents: 2500, pointers: [2] }),
        ],
      })
      const made = await p.bill(visitId)
      ids.push(...made.claims.filter((c) => c.status === 'ready').map((c) => c.claimId))
    }
    await p.run('claims.queue', { claimIds: ids })
    return ids
  }

  it('writes every queued claim into one file that passes the 837P validator with zero errors', async () => {
    const ids = await queued(5)
    const batch = await p.run('claims.batch', {})
    // In a batch waiting to go: still queued, and not picked up by the next batch.
    for (const id of ids) expect((await p.run('claims.get', { claimId: id })).status).toBe('queued')
    expect((await p.run('claims.batches', {}))[0]!.sentAt).toBeNull()
    await p.run('claims.batchExported', { batchId: batch.batchId, file: 'out.837' })
    expect(batch).toMatchObject({ claimCount: 5, usage: 'T', interchangeControlNumber: 1 })
    expect(batch.fileName).toBe('CD20260302-000000001.837')
    const expectedTotal = [0, 1, 2, 3, 4].reduce((s, i) => s + 12500 + i + 2500, 0)
    expect(batch.totalCents).toBe(expectedTotal)

    const file = await p.run('claims.batchFile', { batchId: batch.batchId })
    const path = join(p.dir, file.fileName)
    writeFileSync(path, file.content)
    const text = readFileSync(path, 'utf8')
    expect(validate837(text).errors).toEqual([])

    const st = segments(text, 'ST')
    const se = segments(text, 'SE')
    expect(st).toHaveLength(1)
    // SE01 counts the segments from ST to SE, both included.
    expect(se[0]!.elements[1]).toBe(String(se[0]!.position - st[0]!.position + 1))
    expect(segments(text, 'CLM')).toHaveLength(5)
    expect(segments(text, 'LX')).toHaveLength(10)
    expect(segments(text, 'GE')[0]!.elements[1]).toBe('1')
    expect(segments(text, 'ISA')[0]!.elements[15]).toBe('T')
    // Each primary claim tells the payer about the secondary coverage (2320 SBR*S).
    expect(segments(text, 'SBR').filter((s) => s.elements[1] === 'S')).toHaveLength(5)
    // The child's claims carry a 2000C patient loop.
    expect(segments(text, 'PAT')).toHaveLength(2)
    const total = segments(text, 'CLM').reduce(
      (s, c) => s + Math.round(Number(c.elements[2]) * 100),
      0,
    )
    expect(total).toBe(expectedTotal)
    expect(segments(text, 'REF').filter((s) => s.elements[1] === '6R')).toHaveLength(10)

    for (const id of ids) {
      const claim = await p.run('claims.get', { claimId: id })
      expect(claim.status).toBe('submitted')
      expect(claim.batch).toEqual({ batchId: batch.batchId, fileName: batch.fileName })
      expect(claim.history.at(-1)).toEqual({
        at: new Date(NOW).toISOString(),
        user: 'ann.admin',
        from: 'queued',
        to: 'submitted',
        reason: 'Sent in 837 batch 1 (test), written to a file to send by hand',
        sourceFile: batch.fileName,
      })
    }
    expect(await p.run('claims.batches', {})).toEqual([
      expect.objectContaining({ batchId: batch.batchId, claimCount: 5, totalCents: expectedTotal }),
    ])
  })

  it('takes new control numbers for each batch and never issues one again, even after a failed attempt', async () => {
    await queued(1)
    const first = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: first.batchId, file: 'out.837' })

    await queued(1)
    // A receiver name with an X12 separator makes the writer refuse the file after the
    // control numbers were reserved: the attempt must leave no trace.
    await p.run('claims.settings.update', { receiverName: 'BAD*NAME' })
    const failed = await p.ask(p.admin, 'claims.batch', {})
    expect(failed.ok ? '' : failed.error.message).toMatch(/no batch was made/)
    expect(await p.run('claims.batches', {})).toHaveLength(1)

    await p.run('claims.settings.update', { receiverName: 'EXAMPLE CLEARINGHOUSE' })
    const second = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: second.batchId, file: 'out.837' })
    await queued(1)
    const third = await p.run('claims.batch', { usage: 'P' })
    await p.run('claims.batchExported', { batchId: third.batchId, file: 'out.837' })

    const files = await Promise.all(
      [first, second, third].map((b) => p.run('claims.batchFile', { batchId: b.batchId })),
    )
    const numbers = files.map((f) => {
      const isa = segments(f.content, 'ISA')[0]!
      return {
        isa: Number(isa.elements[13]),
        gs: Number(segments(f.content, 'GS')[0]!.elements[6]),
        st: Number(segments(f.content, 'ST')[0]!.elements[2]),
      }
    })
    expect(numbers).toEqual([
      { isa: 1, gs: 1, st: 1 },
      { isa: 2, gs: 2, st: 2 },
      { isa: 3, gs: 3, st: 3 },
    ])
    expect(segments(files[2]!.content, 'ISA')[0]!.elements[15]).toBe('P')
    for (const f of files) expect(validate837(f.content).errors).toEqual([])
  })

  it('sends from and to the clearinghouse IDs in the settings (test files until set to P)', async () => {
    expect(await p.run('claims.settings.get', {})).toMatchObject({
      senderId: 'CLAIMDESK',
      usage: 'T',
    })
    await p.run('claims.settings.update', {
      senderId: 'fake12345',
      receiverId: 'CHFAKE',
      submitterId: 'ETIN777',
      usage: 'P',
    })
    await queued(1)
    const batch = await p.run('claims.batch', {})
    await p.run('claims.batchExported', { batchId: batch.batchId, file: 'out.837' })
    expect(batch.usage).toBe('P')
    const text = (await p.run('claims.batchFile', { batchId: batch.batchId })).content
    const isa = segments(text, 'ISA')[0]!
    expect([isa.elements[6]?.trim(), isa.elements[8]?.trim(), isa.elements[15]]).toEqual([
      'FAKE12345',
      'CHFAKE',
      'P',
    ])
    expect(segments(text, 'NM1').find((s) => s.elements[1] === '41')!.elements[9]).toBe('ETIN777')
    const bad = await p.ask(p.admin, 'claims.settings.update', { senderId: 'has space' })
    expect(bad.ok ? '' : bad.error.field).toBe('senderId')
  })

  it('holds back a claim that fails the 837 check, with its reason, and sends the rest', async () => {
    const ids = await queued(3)
    const bad = ids[1]!
    // A name the scrubber would have caught, changed after queueing: only the file check sees it.
    p.office.store.db
      .prepare(
        `UPDATE claim_documents SET data = json_set(data, '$.coverage.record.memberId', 'FKMÉ1002')
         WHERE claim_id = ?`,
      )
      .run(bad)
    const made = await p.run('claims.batch', {})
    expect(made.claimCount).toBe(2)
    expect(made.heldBack).toEqual([
      {
        claimId: bad,
        patientControlNumber: expect.any(String),
        reason: expect.stringMatching(/outside the X12 character set/),
      },
    ])
    expect(made.heldBack[0]!.reason).not.toMatch(/segment \d+/)
    const held = await p.run('claims.get', { claimId: bad })
    expect(held.status).toBe('draft')
    expect(held.history.at(-1)!.reason).toMatch(
      /^Held back from batch \d+: 2010BA NM109 contains a character outside/,
    )
    const file = await p.run('claims.batchFile', { batchId: made.batchId })
    expect(validate837(file.content).errors).toEqual([])
    expect(segments(file.content, 'CLM').map((s) => s.elements[1])).not.toContain(
      held.patientControlNumber,
    )
  })

  it('refuses a batch when nothing is queued', async () => {
    const r = await p.ask(p.admin, 'claims.batch', {})
    expect(r.ok ? '' : r.error.message).toBe('No claims are queued: queue ready claims first.')
  })
})
