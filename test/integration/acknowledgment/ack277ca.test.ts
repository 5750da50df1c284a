import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { queryAudit } from '../../../src/main/store/audit'
import { answer277ca, answer999 } from '../../support/clearinghouse-simulator'
import { claimPractice, importText, sendClaims, statusOf, type ClaimPractice } from './ack-practice'

describe('277CA claim acknowledgments', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  it('accepts claims into adjudication with the payer claim number, and puts rejected ones on the rejections list', async () => {
    const sent = await sendClaims(p, 3)
    await importText(p, answer999(sent.content), 'a.999')
    const [ok1, bad, ok2] = sent.ids as [number, number, number]
    const { file } = await importText(
      p,
      answer277ca(sent.content, { reject: { [sent.pcns[1]!]: 'A7:562:85' } }),
      'b.277',
    )
    expect(file.kind).toBe('277CA')
    expect(file.outcome).toBe(
      '277CA: 2 claims accepted into adjudication, 1 rejected to the rejections list.',
    )
    for (const id of [ok1, ok2]) {
      const claim = await p.run('claims.get', { claimId: id })
      expect(claim.status).toBe('acknowledged')
      expect(claim.payerClaimControlNumber).toBe(`PAYER${claim.patientControlNumber}`)
    }
    expect(await statusOf(p, bad)).toBe('payer_rejected')
    const list = await p.run('claims.rejections', {})
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ claimId: bad, kind: '277CA', status: 'payer_rejected' })
    expect(list[0]!.reason).toBe(
      "Rejected for Invalid Information: Entity's National Provider Identifier (NPI) (billing provider)",
    )
    const acks = await p.run('claims.acknowledgments', { claimId: bad })
    expect(acks.map((a) => [a.kind, a.status])).toEqual([
      ['999', 'accepted'],
      ['277CA', 'rejected'],
    ])
    expect(acks[1]!.codes).toEqual(['A7:562:85'])
    expect(acks[1]!.at).toBe('2026-12-05T00:00:00.000Z')
  })

  it('keeps every 277CA for one claim in its timeline', async () => {
    const sent = await sendClaims(p, 1)
    const id = sent.ids[0]!
    await importText(
      p,
      answer277ca(sent.content, { acceptCode: 'A1:19:PR', date: '20261204', controlNumber: 1 }),
    )
    expect(await statusOf(p, id)).toBe('acknowledged')
    await importText(
      p,
      answer277ca(sent.content, {
        acceptCode: 'A2:20',
        date: '20261205',
        controlNumber: 2,
        payerClaimNumber: () => 'EXPAYER-77',
      }),
    )
    await importText(
      p,
      answer277ca(sent.content, { acceptCode: 'P1:20', date: '20261206', controlNumber: 3 }),
    )
    const acks = await p.run('claims.acknowledgments', { claimId: id })
    expect(acks.map((a) => [a.kind, a.status, a.codes.join(' ')])).toEqual([
      ['277CA', 'accepted', 'A1:19:PR'],
      ['277CA', 'accepted', 'A2:20'],
      ['277CA', 'pending', 'P1:20'],
    ])
    expect(acks[0]!.explanation).toBe(
      'Receipt: Entity acknowledges receipt of claim/encounter (payer)',
    )
    expect(acks[1]!.payerClaimNumber).toBe('EXPAYER-77')
    const claim = await p.run('claims.get', { claimId: id })
    expect(claim.status).toBe('acknowledged')
    // The first number the payer gave stays; the later one is kept on its answer.
    expect(claim.payerClaimControlNumber).toBe(`PAYER${claim.patientControlNumber}`)
  })

  it('reads a 277CA with CRLF line breaks and indentation, and notes claims that are not ours', async () => {
    const sent = await sendClaims(p, 2)
    const text = answer277ca(sent.content, { pretty: true }).replace(
      `TRN*2*${sent.pcns[1]}`,
      'TRN*2*NOTOURS123',
    )
    const { file } = await importText(p, text)
    expect(file.status).toBe('processed')
    expect(file.outcome).toBe(
      "277CA: 1 claim accepted into adjudication, 0 rejected to the rejections list, 1 not ClaimDesk's (not applied).",
    )
    expect(await statusOf(p, sent.ids[0]!)).toBe('acknowledged')
    expect(await statusOf(p, sent.ids[1]!)).toBe('submitted')
  })

  it('refuses a 277CA that names no ClaimDesk claim, or one cut short', async () => {
    const sent = await sendClaims(p, 1)
    const foreign = answer277ca(sent.content).replace(`TRN*2*${sent.pcns[0]}`, 'TRN*2*NOTOURS')
    const { file } = await importText(p, foreign)
    expect(file.status).toBe('refused')
    expect(file.outcome).toMatch(/None of the 1 claims in this 277CA is a ClaimDesk claim/)
    const cut = answer277ca(sent.content, { controlNumber: 5 }).replace(/STC\*A2:20[^~]*~/, '')
    const refused = await importText(p, cut)
    expect(refused.file.status).toBe('refused')
    expect(refused.file.outcome).toMatch(
      /^Not a readable 277CA: Segment \d+: claim .* has no STC status\.$/,
    )
    expect(await statusOf(p, sent.ids[0]!)).toBe('submitted')
  })

  it('fix and resend: a rejected claim is scrubbed and queued again as an original, in one action', async () => {
    const sent = await sendClaims(p, 2)
    await importText(p, answer277ca(sent.content, { reject: { [sent.pcns[0]!]: 'A6:21' } }))
    const id = sent.ids[0]!
    const result = await p.run('claims.fixAndResend', { claimId: id })
    expect(result.queued).toBe(true)
    expect(result.message).toMatch(/in the outbox: it goes in the next batch/)
    expect(result.claim.status).toBe('queued')
    expect(result.claim.frequency).toBe('1')
    expect(result.claim.history.slice(-3).map((h) => [h.from, h.to])).toEqual([
      ['payer_rejected', 'draft'],
      ['draft', 'ready'],
      ['ready', 'queued'],
    ])
    expect(await p.run('claims.rejections', {})).toEqual([])
    const again = await p.run('claims.batch', {})
    expect(again.claimCount).toBe(1)
    await p.run('claims.batchExported', { batchId: again.batchId, file: 'again.837' })
    expect(await statusOf(p, id)).toBe('submitted')
    // A claim not rejected cannot take this path.
    const refused = await p.ask(p.admin, 'claims.fixAndResend', { claimId: sent.ids[1]! })
    expect(refused.ok ? '' : refused.error.message).toMatch(/not rejected/)
  })

  it('moves on by hand a claim no answer came for, with the reason in its history and the audit log', async () => {
    const sent = await sendClaims(p, 1)
    const id = sent.ids[0]!
    const noReason = await p.ask(p.admin, 'claims.moveOn', {
      claimId: id,
      to: 'acknowledged',
      reason: '',
    })
    expect(noReason.ok).toBe(false)
    const claim = await p.run('claims.moveOn', {
      claimId: id,
      to: 'acknowledged',
      reason: 'Payer portal shows it received; this clearinghouse sends no 277CA',
      payerClaimNumber: 'PORTAL-1',
    })
    expect(claim.status).toBe('acknowledged')
    expect(claim.payerClaimControlNumber).toBe('PORTAL-1')
    expect(claim.history.at(-1)!.reason).toBe(
      'Moved on by hand (acknowledged by the payer): Payer portal shows it received; this clearinghouse sends no 277CA',
    )
    const acks = await p.run('claims.acknowledgments', { claimId: id })
    expect(acks).toMatchObject([{ kind: 'manual', status: 'accepted', recordedBy: 'ann.admin' }])
    const audit = queryAudit(p.office.store.db, { action: 'claims.moveOn' })
    expect(audit).toHaveLength(1)
    expect(audit[0]!.patientId).toBe(claim.patientId)
    const twice = await p.ask(p.admin, 'claims.moveOn', {
      claimId: id,
      to: 'accepted',
      reason: 'again by mistake',
    })
    expect(twice.ok ? '' : twice.error.message).toMatch(/only a claim waiting for an answer/)
  })
})
