import type { TestPractice } from './practice'
import { coverage, location, patient, payer, provider } from './records'

/** A provider, a location, a payer and a patient with coverage: what any visit is coded for. */
export async function registerBasics(p: TestPractice) {
  const s = p.admin
  const saved = await p.call(s, 'providers.save', { record: provider() })
  const place = await p.call(s, 'locations.save', { record: location() })
  const plan = await p.call(s, 'payers.save', { record: payer({ timelyFilingDays: 365 }) })
  const created = await p.call(s, 'patients.create', {
    patient: patient(),
    coverages: [coverage(plan.id)],
  })
  if (!created.created) throw new Error('the test patient looked like a duplicate')
  await p.call(s, 'fees.save', { code: '99213', chargeCents: 12500 })
  await p.call(s, 'fees.save', { code: '36415', chargeCents: 2000 })
  return {
    providerId: saved.id,
    locationId: place.id,
    payerId: plan.id,
    patientId: created.patientId,
  }
}
