import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eraClaim, write835 } from '../../support/era835'
import { remitPractice, type RemitPractice } from './remit-practice'

describe('a crossover (CLP02 19/20/21): the secondary the primary forwarded is held, not sent', () => {
  let p: RemitPractice
  let trace = 0
  const db = () => p.office.store.db

  beforeAll(async () => {
    p = await remitPractice()
  })
  afterAll(() => p.close())

  it('holds the crossed-over secondary out of the batch until the office decides to send it anyway', async () => {
    const { primary, secondary } = await p.submitted(undefined, true)
    const claim = {
      ...eraClaim(db(), primary, { statusCode: '19' }),
      crossoverPayer: 'SECOND FAKE PLAN',
    }
    p.importEra(write835({ trace: `XO${++trace}`, claims: [claim] }))
    const held = await p.run('claims.get', { claimId: secondary! })
    expect(held.status).toBe('draft')
    const finding = held.findings.find((f) => f.ruleId === 'secondary.crossed-over')
    expect(finding?.message).toMatch(/forwarded it to SECOND FAKE PLAN itself — do not send/)
    await expect(p.run('claims.queue', { claimIds: [secondary!] })).rejects.toThrow()
    await p.run('claims.batch', {}).catch(() => null)
    expect((await p.run('claims.get', { claimId: secondary! })).status).toBe('draft')

    // Sending it anyway is the office's decision: acknowledging the crossover warning.
    const sent = await p.run('claims.acknowledge', {
      claimId: secondary!,
      ruleId: 'secondary.crossed-over',
      field: 'claim.responsibility',
    })
    expect(sent.status).toBe('ready')
    await p.run('claims.queue', { claimIds: [secondary!] })
    expect((await p.run('claims.get', { claimId: secondary! })).status).toBe('queued')
  })

  it('releases the secondary to be sent when the primary did not forward it (CLP02 1)', async () => {
    const { primary, secondary } = await p.submitted(undefined, true)
    p.importEra(write835({ trace: `XO${++trace}`, claims: [eraClaim(db(), primary)] }))
    const released = await p.run('claims.get', { claimId: secondary! })
    expect(released.status).toBe('ready')
    expect(released.findings.map((f) => f.ruleId)).not.toContain('secondary.crossed-over')
  })
})
