import { hit, rule, type RuleHit } from './rule'

/** 2010BA/2010CA NM1 and N3/N4: the patient's full name and address. */
export const patientName = rule({
  id: 'patient.name',
  severity: 'error',
  summary: "The patient's first and last name are present",
  check: ({ claim }) => {
    const p = claim.data.patient.record
    const hits: RuleHit[] = []
    if (!p.lastName?.trim())
      hits.push(hit('patient.lastName', "Enter the patient's last name as on the insurance card"))
    if (!p.firstName?.trim())
      hits.push(hit('patient.firstName', "Enter the patient's first name as on the insurance card"))
    return hits
  },
})

export const patientAddress = rule({
  id: 'patient.address',
  severity: 'error',
  summary: "The patient's street, city, state and ZIP are present",
  check: ({ claim }) => {
    const a = claim.data.patient.record.address
    const parts: [string, string | undefined][] = [
      ['street1', a?.street1],
      ['city', a?.city],
      ['state', a?.state],
      ['zip', a?.zip],
    ]
    const missing = parts.filter(([, value]) => !value?.trim())
    if (missing.length === 0) return []
    return [
      hit(
        `patient.address.${missing[0]![0]}`,
        `The patient's address is missing its ${missing.map(([name]) => (name === 'street1' ? 'street' : name === 'zip' ? 'ZIP' : name)).join(', ')} — complete it on the patient's record`,
      ),
    ]
  },
})
