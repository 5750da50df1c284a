import Database from 'better-sqlite3-multiple-ciphers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LAST_ACCOUNT_NO } from '../../../../src/main/patients/records'
import { candidateQueries } from '../../../../src/main/patients/search'
import { areaCodes, localNumberQueries } from '../../../../src/main/patients/searchPhone'
import { migrate } from '../../../../src/main/store/migrations'

/**
 * The finder runs on every keystroke over tens of thousands of patients: every reading of what
 * was typed must walk an index, never read the whole patients or coverages table.
 */
describe('patient search query plans', () => {
  let db: Database.Database
  beforeAll(() => {
    db = new Database(':memory:')
    migrate(db)
  })
  afterAll(() => db.close())

  const plan = (query: { compile(): { sql: string; parameters: readonly unknown[] } }) => {
    const { sql, parameters } = query.compile()
    return db
      .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...parameters)
      .map((r) => r.detail)
  }

  const typed = [
    'te',
    'Testp',
    'testpatient, al',
    'alice testp',
    '1962-03-14',
    '03/14/1962',
    '100234',
    '1002',
    '(217) 555-0142',
    '+1 217 555 0142',
    'FBL0',
    'XQZ12345',
    '12061946',
    '217555',
    'fkm 1002',
  ]

  for (const text of typed) {
    it(`reads "${text}" through indexes only`, () => {
      const queries = candidateQueries(text, 50)
      expect(queries).not.toBeNull()
      for (const query of queries!) {
        const steps = plan(query)
        const tableSteps = steps.filter((step) =>
          /^(SCAN|SEARCH) (patients|coverages)\b/.test(step),
        )
        expect(tableSteps, steps.join(' | ')).not.toEqual([])
        // SEARCH seeks a range of an index; SCAN (even of an index) reads every patient.
        for (const step of tableSteps) expect(step, steps.join(' | ')).toMatch(/^SEARCH /)
      }
    })
  }

  it('finds a local number through one index seek per area code on file', () => {
    db.prepare(
      `INSERT INTO patients (account_no, last_name, first_name, dob, phone_mobile, data,
         created_at, updated_at) VALUES ('100001', 'Testpatient', 'Ann', '1960-01-01', ?, '{}', '', '')`,
    ).run('2175550142')
    expect(areaCodes(db, 'phone_mobile')).toEqual(['217'])
    const queries = localNumberQueries(db, '555-0142', 50)
    expect(queries.length).toBeGreaterThan(0)
    for (const query of queries) expect(plan(query).join(' | ')).toMatch(/^SEARCH patients/)
    expect(localNumberQueries(db, '555-01', 50)).toEqual([])
  })

  it('shows recent patients when nothing is typed, or only wildcards', () => {
    expect(candidateQueries('', 50)).toBeNull()
    expect(candidateQueries('  %_ ', 50)).toBeNull()
  })

  it('finds the last account number from its index, not by reading every patient', () => {
    expect(plan(LAST_ACCOUNT_NO).join(' | ')).toMatch(
      /USING COVERING INDEX patients_by_account_number/,
    )
  })
})
