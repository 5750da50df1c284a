import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import {
  lineControlNumber,
  patientControlNumber,
  reserveControlNumbers,
} from '../../../../src/main/claims/controlNumbers'
import { migrate } from '../../../../src/main/store/migrations'

describe('patient control numbers (CLM01)', () => {
  it('read account-visit-part, with S/T for secondary/tertiary and R/V for replacements and voids', () => {
    const base = {
      accountNo: '100234',
      visitId: 17,
      splitPart: 1,
      responsibility: 'primary' as const,
    }
    expect(patientControlNumber(base, 1)).toBe('100234-H-1')
    expect(patientControlNumber({ ...base, responsibility: 'secondary' }, 1)).toBe('100234-H-1S')
    expect(
      patientControlNumber({ ...base, splitPart: 2, revision: { kind: 'R', number: 1 } }, 1),
    ).toBe('100234-H-2R1')
  })

  it('always fit in 17 characters, however long the account number or visit id', () => {
    const long = {
      accountNo: '123456789012',
      visitId: 2_000_000_000,
      splitPart: 2,
      responsibility: 'tertiary' as const,
    }
    const pcn = patientControlNumber({ ...long, revision: { kind: 'V', number: 12 } }, 987_654)
    expect(pcn.length).toBeLessThanOrEqual(17)
    expect(
      patientControlNumber({ ...long, accountNo: 'ACCT-0000000000001' }, 5).length,
    ).toBeLessThanOrEqual(17)
  })

  it('give each line a REF*6R number made from the claim number', () => {
    expect(lineControlNumber('100234-H-1', 3)).toBe('100234-H-1-3')
  })
})

describe('interchange control numbers', () => {
  it('count up, and a reservation rolled back with its transaction is not issued', () => {
    const db = new Database(':memory:')
    migrate(db)
    expect(reserveControlNumbers(db, 'interchange')).toBe(1)
    expect(() =>
      db.transaction(() => {
        reserveControlNumbers(db, 'interchange')
        throw new Error('the batch failed')
      })(),
    ).toThrow('the batch failed')
    expect(reserveControlNumbers(db, 'interchange')).toBe(2)
    expect(reserveControlNumbers(db, 'transaction', 3)).toBe(1)
    expect(reserveControlNumbers(db, 'transaction')).toBe(4)
    db.close()
  })
})
