import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { VisitInput } from '../../../src/shared/schemas/visit'
import { newPractice, type TestPractice } from '../../support/practice'
import { registerBasics } from '../../support/registration'

const ORDER_FILE = resolve(import.meta.dirname, '../../fixtures/codes/icd10cm-order-valid.txt')

describe('coding a visit', () => {
  let p: TestPractice
  let ids: Awaited<ReturnType<typeof registerBasics>>
  let visit: VisitInput

  beforeEach(async () => {
    p = await newPractice()
    ids = await registerBasics(p)
    visit = {
      patientId: ids.patientId,
      dateOfService: '2026-01-15',
      renderingProviderId: ids.providerId,
      locationId: ids.locationId,
      placeOfService: '11',
      diagnoses: ['E11.9', 'I10'],
      lines: [
        { code: '99213', units: 1, chargeCents: 12500, pointers: [1, 2] },
        { code: '36415', units: 1, chargeCents: 2000, pointers: [1] },
      ],
    }
  })
  afterEach(() => p.close())

  it('saves a draft and marks it coded when every code is valid on the date of service', async () => {
    const saved = await p.call(p.admin, 'visits.save', { visit })
    expect(saved).toMatchObject({ status: 'draft', totalCents: 14500 })
    expect(saved.visit.diagnoses).toEqual(['E119', 'I10'])
    const r = await p.call(p.admin, 'visits.markCoded', { visitId: saved.visitId })
    expect(r.problems).toEqual([])
    expect(r.detail.status).toBe('coded')
    const listed = await p.call(p.admin, 'visits.list', { patientId: ids.patientId })
    expect(listed[0]).toMatchObject({
      status: 'coded',
      totalCents: 14500,
      codes: ['99213', '36415'],
    })
  })

  it('refuses a pointer at a diagnosis the visit does not have, at the pointer', async () => {
    const r = await p.ask(p.admin, 'visits.save', {
      visit: { ...visit, lines: [{ code: '99213', units: 1, chargeCents: 12500, pointers: [3] }] },
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'visit.lines.0.pointers.0' },
    })
  })

  it('refuses units below 1 and a zero charge before anything is saved', async () => {
    const units = await p.ask(p.admin, 'visits.save', {
      visit: { ...visit, lines: [{ code: '99213', units: 0, chargeCents: 12500, pointers: [1] }] },
    })
    expect(units.ok === false && units.error.field).toBe('visit.lines.0.units')
    const charge = await p.ask(p.admin, 'visits.save', {
      visit: { ...visit, lines: [{ code: '99213', units: 1, chargeCents: 0, pointers: [1] }] },
    })
    expect(charge.ok === false && charge.error.field).toBe('visit.lines.0.chargeCents')
  })

  it('names each code that is not valid on the date of service', async () => {
    const saved = await p.call(p.admin, 'visits.save', {
      visit: {
        ...visit,
        diagnoses: ['E11.9', 'Z99.999'],
        lines: [
          { code: '99213', units: 1, chargeCents: 12500, pointers: [1], modifiers: ['ZZ'] },
          { code: '99499', units: 1, chargeCents: 2000, pointers: [1] },
        ],
      },
    })
    const r = await p.call(p.admin, 'visits.markCoded', { visitId: saved.visitId })
    expect(r.coded).toBe(false)
    expect(r.detail.status).toBe('draft')
    const byField = Object.fromEntries(r.problems.map((x) => [x.field, x.message]))
    expect(byField['diagnoses.1']).toMatch(/Z99\.999 is not an ICD-10-CM code on 2026-01-15/)
    expect(byField['lines.0.modifiers.0']).toMatch(/modifier ZZ/)
    expect(byField['lines.1.code']).toMatch(/CPT 99499 is not on the fee schedule/)
  })

  it('refuses a category header and offers its billable codes', async () => {
    await p.call(p.admin, 'codes.import', {
      kind: 'icd10cm-order',
      fileName: 'icd10cm-order-fixture.txt',
      contentBase64: readFileSync(ORDER_FILE).toString('base64'),
      effective: '2026-01-01',
      allowShrink: true,
    })
    const saved = await p.call(p.admin, 'visits.save', {
      visit: { ...visit, diagnoses: ['E11'], lines: [visit.lines![1]!] },
    })
    const r = await p.call(p.admin, 'visits.markCoded', { visitId: saved.visitId })
    const header = r.problems.find((x) => x.field === 'diagnoses.0')!
    expect(header.message).toMatch(/E11 is a category, not a billable code/)
    expect(header.suggestions.map((s) => s.code)).toContain('E11.9')
  })

  it('sends a coded visit back to draft when it changes', async () => {
    const saved = await p.call(p.admin, 'visits.save', { visit })
    await p.call(p.admin, 'visits.markCoded', { visitId: saved.visitId })
    const changed = await p.call(p.admin, 'visits.save', {
      visitId: saved.visitId,
      visit: { ...visit, diagnoses: ['E11.9'], lines: [visit.lines![1]!] },
    })
    expect(changed).toMatchObject({ status: 'draft', totalCents: 2000 })
  })

  it('keeps favorites one keystroke away, with today’s description', async () => {
    await p.call(p.admin, 'favorites.save', { set: 'icd10cm', code: 'E11.9', label: 'DM2' })
    await p.call(p.admin, 'favorites.save', { set: 'procedure', code: '99213' })
    const favorites = await p.call(p.admin, 'favorites.list', {})
    expect(favorites).toEqual([
      expect.objectContaining({
        set: 'icd10cm',
        code: 'E119',
        label: 'DM2',
        description: expect.stringMatching(/Type 2 diabetes/),
      }),
      expect.objectContaining({ set: 'procedure', code: '99213' }),
    ])
    await p.call(p.admin, 'favorites.remove', { set: 'icd10cm', code: 'E11.9' })
    expect(await p.call(p.admin, 'favorites.list', {})).toHaveLength(1)
  })

  it('lets front desk see visits but not code them', async () => {
    await p.call(p.admin, 'users.add', {
      username: 'fran.desk',
      fullName: 'Fran Testdesk',
      role: 'front_desk',
      password: 'front desk first pw 8',
    })
    const s = await p.signIn('fran.desk', 'front desk first pw 8')
    await p.call(s, 'auth.changePassword', {
      currentPassword: 'front desk first pw 8',
      newPassword: 'my desk password 777',
    })
    expect((await p.ask(s, 'visits.list', {})).ok).toBe(true)
    const r = await p.ask(s, 'visits.save', { visit })
    expect(r.ok === false && r.error.code).toBe('forbidden')
  })
})
