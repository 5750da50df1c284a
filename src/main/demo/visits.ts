import type { ServiceLineInput } from '../../shared/schemas/visit'
import { demoCharge } from './fees'
import type { Random } from './random'

/**
 * What a family practice codes on an ordinary day: office visits (E/M 99212–99215) for chronic
 * care and acute complaints, preventive exams, and the small procedures, labs and shots that go
 * with them. Every diagnosis is on the starter ICD-10-CM list and every procedure on the demo fee
 * schedule, so each visit passes the coding checks.
 */
export interface VisitContent {
  diagnoses: string[]
  lines: ServiceLineInput[]
}

export interface VisitPatient {
  age: number
  /** Medicare (Part B or Advantage) primary: the flu shot is given with G0008, not 90471. */
  medicare: boolean
}

export type VisitKind = 'chronic' | 'acute' | 'preventive' | 'injection' | 'ecg'

const CHRONIC = [
  'E11.9',
  'I10',
  'E78.5',
  'E03.9',
  'K21.9',
  'F41.9',
  'F32.9',
  'E66.9',
  'R73.03',
  'E55.9',
  'G47.00',
  'D64.9',
] as const

/** Acute complaints with the point-of-care test that often goes with them. */
const ACUTE: readonly [diagnosis: string, test: string | null][] = [
  ['J06.9', null],
  ['J02.9', '87880'],
  ['J01.90', null],
  ['J20.9', null],
  ['R05.1', null],
  ['N39.0', '81002'],
  ['M54.50', null],
  ['R51.9', null],
  ['M25.561', null],
  ['L30.9', null],
  ['A09', null],
  ['R42', null],
  ['R53.83', null],
]

const PAIN = ['M54.50', 'M25.561', 'R51.9'] as const
const CHEST = ['R07.89', 'R42', 'I10'] as const

/** NCCI: an E/M beside a drug or vaccine administration carries modifier 25 (see em.modifier25). */
const NEEDS_MODIFIER_25 = new Set(['90471', '96372'])

/** Ketorolac 30 mg/mL, 1 mL vial: a made-up NDC under the all-zero labeler code. */
const DEMO_KETOROLAC_NDC = { code: '00000-1885-01', quantity: 1, unit: 'ML' as const }

class Coding {
  readonly diagnoses: string[] = []
  readonly lines: ServiceLineInput[] = []

  /** The diagnosis's pointer (1-based), adding it when new. */
  dx(code: string): number {
    let i = this.diagnoses.indexOf(code)
    if (i < 0) i = this.diagnoses.push(code) - 1
    return i + 1
  }

  line(code: string, pointers: number[], extra: Partial<ServiceLineInput> = {}): void {
    const units = extra.units ?? 1
    this.lines.push({
      code,
      modifiers: [],
      units,
      chargeCents: demoCharge(code) * units,
      pointers: pointers.slice(0, 4),
      ...extra,
    })
  }

  /** The E/M first on the claim, pointing at the visit's problems (not the Z23 of a shot). */
  em(code: string): void {
    const problems = this.diagnoses.filter((d) => d !== 'Z23').map((d) => this.dx(d))
    this.lines.unshift({
      code,
      modifiers: [],
      units: 1,
      chargeCents: demoCharge(code),
      pointers: problems.slice(0, 4),
    })
  }

  content(modifier25: boolean): VisitContent {
    const em = this.lines[0]!
    if (modifier25 && this.lines.some((l) => NEEDS_MODIFIER_25.has(l.code))) {
      em.modifiers = ['25']
    }
    return { diagnoses: this.diagnoses, lines: this.lines }
  }
}

function fluShot(c: Coding, patient: VisitPatient): void {
  const z23 = c.dx('Z23')
  c.line(patient.medicare ? 'G0008' : '90471', [z23])
  c.line('90686', [z23])
}

function labs(c: Coding, rng: Random): void {
  const has = (code: string) => c.diagnoses.includes(code)
  const drawn: number[] = []
  if ((has('E11.9') || has('R73.03')) && rng.chance(0.7)) {
    const p = c.dx(has('E11.9') ? 'E11.9' : 'R73.03')
    c.line('83036', [p])
    drawn.push(p)
  }
  if (rng.chance(0.4)) {
    const p = c.diagnoses.slice(0, 2).map((d) => c.dx(d))
    c.line('80053', p)
    drawn.push(...p)
  }
  if (has('D64.9') || rng.chance(0.15)) {
    const p = c.dx(has('D64.9') ? 'D64.9' : c.diagnoses[0]!)
    c.line('85025', [p])
    drawn.push(p)
  }
  if (drawn.length > 0) c.line('36415', [...new Set(drawn)])
}

function chronic(c: Coding, rng: Random): string {
  const count = rng.int(1, 3)
  while (c.diagnoses.length < count) c.dx(rng.pick(CHRONIC))
  labs(c, rng)
  const r = rng.next()
  return r < 0.6 ? '99213' : r < 0.95 ? '99214' : '99215'
}

function acute(c: Coding, rng: Random, patient: VisitPatient): string {
  const [diagnosis, test] =
    patient.age < 12 && rng.chance(0.3) ? (['H66.90', null] as const) : rng.pick(ACUTE)
  const p = c.dx(diagnosis)
  if (test && rng.chance(0.7)) c.line(test, [p])
  const r = rng.next()
  return r < 0.35 ? '99212' : r < 0.9 ? '99213' : '99214'
}

function preventive(c: Coding, rng: Random, patient: VisitPatient): string {
  c.dx(rng.chance(0.8) ? 'Z00.00' : 'Z00.01')
  if (rng.chance(0.5)) {
    const p = c.dx(c.diagnoses[0]!)
    c.line('80053', [p])
    c.line('85025', [p])
    c.line('36415', [p])
  }
  return patient.age < 40 ? '99395' : patient.age < 65 ? '99396' : '99397'
}

function injection(c: Coding, rng: Random): string {
  const p = c.dx(rng.pick(PAIN))
  c.line('96372', [p])
  // Ketorolac is billed per 15 mg: a 30 mg dose is 2 units.
  c.line('J1885', [p], { units: 2, ndc: DEMO_KETOROLAC_NDC })
  return rng.chance(0.7) ? '99213' : '99214'
}

function ecg(c: Coding, rng: Random): string {
  const p = c.dx(rng.pick(CHEST))
  if (c.diagnoses[0] !== 'I10' && rng.chance(0.4)) c.dx('I10')
  c.line('93000', [p])
  return '99214'
}

/** The kind of visit a patient of this age most likely came in for. */
export function pickVisitKind(rng: Random, patient: VisitPatient): VisitKind {
  const r = rng.next()
  if (patient.age < 18) return r < 0.9 ? 'acute' : 'injection'
  const preventiveShare = patient.medicare ? 0 : 0.15
  if (r < preventiveShare) return 'preventive'
  if (r < preventiveShare + 0.45) return 'chronic'
  if (r < preventiveShare + 0.8) return 'acute'
  return r < preventiveShare + 0.9 ? 'injection' : 'ecg'
}

/**
 * One visit's diagnoses and lines. `modifier25: false` leaves modifier 25 off the E/M of a visit
 * with an injection or vaccine, which the scrubber warns about.
 */
export function demoVisitContent(
  rng: Random,
  patient: VisitPatient,
  kind: VisitKind,
  modifier25 = true,
): VisitContent {
  const c = new Coding()
  const em =
    kind === 'chronic'
      ? chronic(c, rng)
      : kind === 'acute'
        ? acute(c, rng, patient)
        : kind === 'preventive'
          ? preventive(c, rng, patient)
          : kind === 'injection'
            ? injection(c, rng)
            : ecg(c, rng)
  // Flu season never ends in the demo: some adults get the shot at whatever visit.
  if (patient.age >= 18 && kind !== 'injection' && rng.chance(kind === 'preventive' ? 0.4 : 0.12))
    fluShot(c, patient)
  c.em(em)
  return c.content(modifier25)
}

/** The next E/M level up, for a replacement claim that bills what the notes support. */
export function nextEmLevel(code: string): string | null {
  const levels = ['99212', '99213', '99214', '99215']
  const i = levels.indexOf(code)
  return i >= 0 && i < levels.length - 1 ? levels[i + 1]! : null
}
