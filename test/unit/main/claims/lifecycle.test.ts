import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DomainError } from '../../../../src/main/errors'
import {
  canTransition,
  refusal,
  transition,
  transitionPath,
  TRANSITIONS,
} from '../../../../src/main/claims/lifecycle'
import { migrate } from '../../../../src/main/store/migrations'
import { CLAIM_STATUSES, type ClaimStatus } from '../../../../src/shared/schemas/claim'

/** A store at the latest schema holding one claim row, on its own: no visit or patient behind it. */
function storeWithClaim(): Database.Database {
  const db = new Database(':memory:')
  migrate(db)
  db.pragma('foreign_keys = OFF')
  db.prepare(
    `INSERT INTO claims (id, visit_id, patient_id, payer_id, coverage_id, rendering_provider_id,
       responsibility, patient_control_number, frequency, status, date_of_service, total_cents,
       split_part, split_count, created_at, updated_at)
     VALUES (1, 1, 1, 1, 1, 1, 'primary', '100001-1-1', '1', 'draft', '2026-02-20', 12500, 1, 1,
       '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')`,
  ).run()
  return db
}

const setStatus = (db: Database.Database, status: ClaimStatus) =>
  db.prepare('UPDATE claims SET status = ? WHERE id = 1').run(status)
const status = (db: Database.Database) =>
  db.prepare('SELECT status FROM claims WHERE id = 1').pluck().get()

describe('the claim state machine', () => {
  let db: Database.Database
  beforeEach(() => {
    db = storeWithClaim()
  })
  afterEach(() => db.close())

  for (const from of CLAIM_STATUSES) {
    for (const to of CLAIM_STATUSES) {
      const legal = TRANSITIONS[from].includes(to)
      it(`${legal ? 'moves' : 'refuses to move'} a ${from} claim to ${to}`, () => {
        setStatus(db, from)
        const note = {
          user: 'bea.biller',
          reason: 'test',
          at: '2026-03-02T10:00:00.000Z',
          outcome: 'paid' as const,
        }
        if (legal) {
          transition(db, 1, to, note)
          expect(status(db)).toBe(to)
          expect(
            db.prepare('SELECT from_status, to_status, user FROM claim_history').get(),
          ).toEqual({
            from_status: from,
            to_status: to,
            user: 'bea.biller',
          })
        } else {
          expect(() => transition(db, 1, to, note)).toThrow(DomainError)
          expect(status(db)).toBe(from)
          expect(db.prepare('SELECT count(*) FROM claim_history').pluck().get()).toBe(0)
        }
      })
    }
  }

  it('says in plain words why a submitted claim cannot go back to draft', () => {
    setStatus(db, 'submitted')
    let error: unknown
    try {
      transition(db, 1, 'draft', { user: 'bea.biller', reason: 'oops' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).code).toBe('conflict')
    expect((error as DomainError).message).toMatch(
      /^A submitted claim cannot go back to draft: from here it can only become accepted by the clearinghouse, rejected by the clearinghouse/,
    )
    expect((error as DomainError).message).toMatch(
      /wait for the acknowledgment, then correct or void it\.$/,
    )
  })

  it('tells a biller to correct or void a claim the payer has', () => {
    expect(refusal('adjudicated', 'draft')).toMatch(
      /the payer has it: correct it \(frequency 7\) or void it \(frequency 8\) instead/,
    )
    expect(refusal('voided', 'ready')).toBe('A voided claim cannot become ready: it is final.')
  })

  it('records the outcome of adjudication, the sending time, the source file and the payer claim number', () => {
    setStatus(db, 'queued')
    transition(db, 1, 'submitted', {
      user: 'bea.biller',
      reason: 'batch',
      at: '2026-03-02T10:00:00.000Z',
      sourceFile: 'CD1.837',
    })
    transition(db, 1, 'acknowledged', {
      user: 'clearinghouse',
      reason: '277CA A1',
      sourceFile: 'ack.277',
      payerClaimControlNumber: 'PAYER77',
    })
    transition(db, 1, 'adjudicated', {
      user: 'era',
      reason: '835',
      outcome: 'partial',
      sourceFile: 'remit.835',
    })
    const row = db
      .prepare('SELECT status, outcome, submitted_at, payer_claim_control_number FROM claims')
      .get()
    expect(row).toEqual({
      status: 'adjudicated',
      outcome: 'partial',
      submitted_at: '2026-03-02T10:00:00.000Z',
      payer_claim_control_number: 'PAYER77',
    })
    expect(db.prepare('SELECT source_file FROM claim_history ORDER BY id').pluck().all()).toEqual([
      'CD1.837',
      'ack.277',
      'remit.835',
    ])
  })

  it('walks a path (adjudicated, then closed) with a history line per move and one final row', () => {
    setStatus(db, 'acknowledged')
    const note = { user: 'era', at: '2026-04-01T09:00:00.000Z', sourceFile: 'remit.835' }
    db.transaction(() =>
      transitionPath(db, 1, 'acknowledged', [
        { to: 'adjudicated', note: { ...note, reason: '835: paid', outcome: 'paid' } },
        { to: 'closed', note: { ...note, reason: '835: nothing more owed' } },
      ]),
    )()
    expect(db.prepare('SELECT status, outcome, updated_at FROM claims WHERE id = 1').get()).toEqual(
      { status: 'closed', outcome: 'paid', updated_at: note.at },
    )
    expect(
      db.prepare('SELECT from_status, to_status, reason FROM claim_history ORDER BY id').all(),
    ).toEqual([
      { from_status: 'acknowledged', to_status: 'adjudicated', reason: '835: paid' },
      { from_status: 'adjudicated', to_status: 'closed', reason: '835: nothing more owed' },
    ])
  })

  it('refuses a path with a move the state machine forbids, and writes nothing of it', () => {
    setStatus(db, 'acknowledged')
    const note = { user: 'era', reason: '835', outcome: 'paid' as const }
    expect(() =>
      transitionPath(db, 1, 'acknowledged', [
        { to: 'adjudicated', note },
        { to: 'draft', note },
      ]),
    ).toThrow(DomainError)
    expect(status(db)).toBe('acknowledged')
    expect(db.prepare('SELECT count(*) FROM claim_history').pluck().get()).toBe(0)
  })

  it('refuses adjudication without an outcome', () => {
    setStatus(db, 'acknowledged')
    expect(() => transition(db, 1, 'adjudicated', { user: 'era', reason: '835' })).toThrow(
      /paid, partial or denied/,
    )
  })

  it('treats corrected and voided as final, and every other status as having a way forward', () => {
    expect(TRANSITIONS.corrected).toEqual([])
    expect(TRANSITIONS.voided).toEqual([])
    for (const s of CLAIM_STATUSES.filter((x) => x !== 'corrected' && x !== 'voided')) {
      expect(TRANSITIONS[s].length).toBeGreaterThan(0)
    }
    expect(canTransition('submitted', 'draft')).toBe(false)
  })
})
