import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ClaimsToPost, loadClaim } from '../../../src/main/remits/match'
import { remitPractice, type RemitPractice } from './remit-practice'

describe('claims read ahead for an 835 transaction (ClaimsToPost)', () => {
  let p: RemitPractice
  const db = () => p.office.store.db
  const pcn = (claimId: number) =>
    (
      db().prepare('SELECT patient_control_number AS n FROM claims WHERE id = ?').get(claimId) as {
        n: string
      }
    ).n

  beforeAll(async () => {
    p = await remitPractice()
  })
  afterAll(() => p.close())

  it('hands out a claim as loadClaim reads it, with its visit’s ledger, once per visit', async () => {
    const { primary, secondary, visitId } = await p.submitted(undefined, true)
    const other = (await p.submitted()).primary
    const toPost = new ClaimsToPost(db(), [pcn(primary), pcn(secondary!), pcn(other), 'NOSUCH-9'])

    const first = toPost.take(pcn(primary))!
    expect(first.claim).toEqual(loadClaim(db(), primary))
    expect(first.visit!.ledger).toEqual(
      db()
        .prepare(
          'SELECT visit_id, line_no, claim_id, insurance_cents FROM ledger_entries WHERE visit_id = ? ORDER BY id',
        )
        .all(visitId),
    )
    expect(first.visit!.ledger.length).toBeGreaterThan(0)
    // The secondary waits for the primary's answer.
    expect(first.visit!.waitingClaimIds).toEqual([secondary])

    // Something may have been posted on that visit since: read again, ledger left to the posting.
    const sameVisit = toPost.take(pcn(secondary!))!
    expect(sameVisit.claim).toEqual(loadClaim(db(), secondary!))
    expect(sameVisit.visit).toBeNull()
    // The same claim a second time (a reversal, then its correction) is read again too.
    expect(toPost.take(pcn(primary))!.visit).toBeNull()

    expect(toPost.take(pcn(other))!.visit).toMatchObject({ waitingClaimIds: [] })
    expect(toPost.take('NOSUCH-9')).toBeNull()
  })
})
