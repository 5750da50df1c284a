import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { csvCell } from '../../../src/main/audit/csv'
import { claimPractice, coverage, type ClaimPractice } from '../claims/claim-practice'

describe('an audit log a compliance officer can read', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  async function viewedClaim() {
    const patientId = await p.patient([coverage(p.payerId)], { lastName: 'Testpatient' })
    const [claim] = (await p.bill(await p.codedVisit(patientId))).claims
    await p.run('claims.get', { claimId: claim!.claimId })
    const patient = await p.run('patients.get', { patientId })
    return { claim: claim!, accountNo: patient.accountNo, patientId }
  }

  it('says what was done in words, naming the claim by its number and the patient by account', async () => {
    const { claim, accountNo } = await viewedClaim()
    const { entries } = await p.run('audit.list', { kind: 'viewed', limit: 50 })
    const viewed = entries.find((e) => e.action === 'claims.get')!
    expect(viewed.description).toBe(`Viewed claim ${claim.patientControlNumber}`)
    expect(viewed.patient).toEqual({ accountNo, name: expect.stringMatching(/^Testpatient, /) })
    // The type filter keeps only views of patient records.
    expect(
      entries.every((e) => ['claims.get', 'patients.get', 'visits.get'].includes(e.action)),
    ).toBe(true)
  })

  it('formats amounts and filters by patient account number, user and dates, in main', async () => {
    const { accountNo, patientId } = await viewedClaim()
    await p.run('fees.save', { code: '99215', chargeCents: 123456 })
    const fees = await p.run('audit.list', { action: 'fees.save', limit: 10 })
    expect(fees.entries[0]!.description).toMatch(/charge: \$1,234\.56/)

    const mine = await p.run('audit.list', { accountNo, limit: 500 })
    expect(mine.entries.length).toBeGreaterThan(0)
    expect(mine.entries.every((e) => e.patientId === patientId)).toBe(true)
    const none = await p.ask(p.admin, 'audit.list', { accountNo: 'NOSUCH1' })
    expect(none.ok ? '' : none.error.message).toBe('No patient has account number NOSUCH1.')
    const later = await p.run('audit.list', { from: '2026-03-03' })
    expect(later.entries).toEqual([])
    const byOther = await p.run('audit.list', { username: 'nobody.else' })
    expect(byOther.entries).toEqual([])
  })

  it('exports the filtered log as CSV in words, with formula-like cells made harmless', async () => {
    const { claim } = await viewedClaim()
    const file = await p.run('audit.export', { kind: 'viewed' })
    const lines = file.csv.trim().split('\r\n')
    expect(lines[0]).toBe('When (UTC),User,Action,Account no.,Patient,Details')
    expect(lines.length).toBe(file.count + 1)
    expect(file.csv).toContain(`Viewed claim ${claim.patientControlNumber}`)
    expect(file.fileName).toBe('audit-log-2026-03-02.csv')

    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('Testpatient, Alice')).toBe('"Testpatient, Alice"')
    expect(csvCell('plain')).toBe('plain')
  })
})
