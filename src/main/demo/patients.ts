import type { CoverageInput, SubscriberInput } from '../../shared/schemas/coverage'
import type { PatientInput } from '../../shared/schemas/patient'
import type { AddressInput } from '../../shared/schemas/address'
import type { DemoPayerIds, DemoPayerKind } from './directory'
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES, MIDDLE_INITIALS } from './names'
import type { Random } from './random'

/**
 * Fake patients as a family practice sees them: about 70% with one coverage, 20% with a primary
 * and a secondary, 10% self-pay; children on a parent's plan; some with a coverage that ended.
 * Dates are fixed (not "today"), so the same seed always gives the same practice.
 */
export interface DemoPatient {
  patient: PatientInput
  coverages: CoverageInput[]
  /** For the summary. */
  kind: 'one' | 'two' | 'self-pay'
  child: boolean
  endedCoverage: boolean
}

/** Every age is counted from this day, so a practice built next year is the same practice. */
const AGE_AT = 2025

// Towns near the demo office; addresses themselves are all on Example St.
const TOWNS: readonly [city: string, zip: string][] = [
  ['Springfield', '62701'],
  ['Springfield', '62702'],
  ['Springfield', '62703'],
  ['Springfield', '62704'],
  ['Chatham', '62629'],
  ['Rochester', '62563'],
  ['Sherman', '62684'],
  ['Riverton', '62561'],
  ['Auburn', '62615'],
  ['Petersburg', '62675'],
]

/** 555-0100 through 555-0199 are reserved for fiction in every area code. */
function fakePhone(rng: Random): string {
  let area: number
  do area = rng.int(201, 989)
  while (area % 100 === 11) // N11 codes (211, 311…) are service numbers, not area codes
  return `(${area}) 555-${String(rng.int(100, 199)).padStart(4, '0')}`
}

const pad2 = (n: number): string => String(n).padStart(2, '0')
const date = (year: number, month: number, day: number): string =>
  `${year}-${pad2(month)}-${pad2(day)}`

function birthDate(rng: Random, age: number): string {
  return date(AGE_AT - age, rng.int(1, 12), rng.int(1, 28))
}

function firstName(rng: Random, sex: 'F' | 'M' | 'U'): string {
  return rng.pick(
    sex === 'M'
      ? MALE_FIRST_NAMES
      : sex === 'F'
        ? FEMALE_FIRST_NAMES
        : [...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES],
  )
}

function pickAge(rng: Random): number {
  const r = rng.next()
  if (r < 0.2) return rng.int(0, 17)
  if (r < 0.75) return rng.int(18, 64)
  return rng.int(65, 95)
}

/** Member IDs start with F and the payer's code so no one mistakes them for a real card. */
function memberId(kind: DemoPayerKind, serial: number): string {
  return `F${kind}${String(serial).padStart(8, '0')}`
}

export function demoPatient(rng: Random, index: number, payers: DemoPayerIds): DemoPatient {
  const sex = rng.chance(0.01) ? 'U' : rng.chance(0.52) ? 'F' : 'M'
  const age = pickAge(rng)
  const child = age < 18
  const lastName = rng.pick(LAST_NAMES)
  const [city, zip] = rng.pick(TOWNS)
  const address: AddressInput = {
    street1: `${rng.int(1, 9999)} Example St`,
    street2: rng.chance(0.15) ? `Apt ${rng.int(1, 40)}` : undefined,
    city,
    state: 'IL',
    zip,
  }
  const phone = fakePhone(rng)
  const first = firstName(rng, sex)
  const parent: SubscriberInput = {
    lastName,
    firstName: firstName(rng, rng.chance(0.5) ? 'F' : 'M'),
    dob: birthDate(rng, age + rng.int(22, 40)),
    sex: rng.chance(0.5) ? 'F' : 'M',
    address,
  }
  const patient: PatientInput = {
    lastName,
    firstName: first,
    middleName: rng.chance(0.4) ? rng.pick(MIDDLE_INITIALS) : undefined,
    dob: birthDate(rng, age),
    sex,
    address,
    phones: rng.chance(0.7)
      ? { mobile: phone }
      : { home: phone, work: rng.chance(0.2) ? fakePhone(rng) : undefined },
    email:
      !child && rng.chance(0.3)
        ? `${first}.${lastName}${index}@example.com`.toLowerCase()
        : undefined,
    guarantor: child
      ? {
          kind: 'other',
          lastName: parent.lastName,
          firstName: parent.firstName,
          relationship: 'parent',
          address,
          phone,
        }
      : { kind: 'self' },
  }

  const roll = rng.next()
  const kind: DemoPatient['kind'] = roll < 0.1 ? 'self-pay' : roll < 0.3 ? 'two' : 'one'
  if (kind === 'self-pay') return { patient, coverages: [], kind, child, endedCoverage: false }

  const coverage = (
    payer: DemoPayerKind,
    order: 'primary' | 'secondary',
    effectiveDate: string,
    serial: number,
    holder: 'self' | 'parent' | 'spouse' = 'self',
  ): CoverageInput => {
    const commercial = payer === 'BL' || payer === 'CI' || payer === 'HM'
    const spouse: SubscriberInput = {
      ...parent,
      firstName: firstName(rng, sex === 'F' ? 'M' : 'F'),
      dob: birthDate(rng, Math.max(18, age + rng.int(-5, 5))),
      sex: sex === 'F' ? 'M' : 'F',
    }
    return {
      payerId: payers[payer],
      order,
      memberId: memberId(payer, serial),
      groupNumber: commercial ? `GRP${rng.int(1000, 9999)}` : undefined,
      relationship: holder === 'parent' ? 'child' : holder,
      subscriber: holder === 'parent' ? parent : holder === 'spouse' ? spouse : undefined,
      effectiveDate,
      copayCents:
        commercial && order === 'primary' ? rng.pick([1500, 2000, 2500, 3000, 4000]) : undefined,
    }
  }

  // Each patient owns serials index*4 … index*4+3, so member IDs never repeat across patients.
  const serial = index * 4
  const start = date(rng.int(2020, 2025), rng.int(1, 12), 1)
  let primary: DemoPayerKind
  if (age >= 65) primary = rng.chance(0.6) ? 'MB' : '16'
  else if (child) primary = rng.pick(['MC', 'MC', 'BL', 'CI', 'HM', 'CH'] as const)
  else primary = rng.pick(['BL', 'BL', 'BL', 'CI', 'CI', 'HM', 'MC', 'CH', 'WC'] as const)
  let secondary: DemoPayerKind | null = null
  if (kind === 'two') {
    if (primary === 'MB') secondary = rng.pick(['CI', 'MC'] as const)
    else if (primary === '16') secondary = 'MC'
    else if (primary === 'MC')
      [primary, secondary] = ['BL', 'MC'] // Medicaid pays last
    else secondary = primary === 'BL' ? 'CI' : 'BL'
  }
  // A child is on a parent's plan, except Medicaid, where the child is the member; an adult's
  // second commercial plan is usually a spouse's.
  const holderFor = (payer: DemoPayerKind, order: 'primary' | 'secondary') => {
    if (payer === 'MC' || payer === 'MB' || payer === '16') return 'self' as const
    if (child) return 'parent' as const
    return order === 'secondary' && age < 65 ? ('spouse' as const) : ('self' as const)
  }
  const coverages = [coverage(primary, 'primary', start, serial, holderFor(primary, 'primary'))]
  if (secondary)
    coverages.push(
      coverage(secondary, 'secondary', start, serial + 1, holderFor(secondary, 'secondary')),
    )

  const endedCoverage = rng.chance(0.15)
  if (endedCoverage) {
    // The plan before this one, ended before the current primary began.
    const [year, month] = start.split('-').map(Number) as [number, number]
    const endDate = month === 1 ? date(year - 1, 12, 31) : date(year, month - 1, 28)
    const before: DemoPayerKind = primary === 'CI' ? 'BL' : 'CI'
    const old = coverage(
      before,
      'primary',
      date(year - rng.int(2, 6), 1, 1),
      serial + 2,
      holderFor(before, 'primary'),
    )
    coverages.push({ ...old, endDate })
  }
  return { patient, coverages, kind, child, endedCoverage }
}
