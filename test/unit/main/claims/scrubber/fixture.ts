/**
 * A clean claim for the scrubber rules, with everything a rule reads, and a small code book:
 * each rule test changes one thing and looks at what that rule says. Every person, number and
 * address is made up.
 */
import type { ClaimData, ClaimLine, ClaimRecord } from '../../../../../src/main/claims/claim'
import { RULES } from '../../../../../src/main/claims/scrubber'
import type {
  ScrubCodes,
  ScrubContext,
  ScrubRule,
} from '../../../../../src/main/claims/scrubber/rule'
import { cents } from '../../../../../src/shared/money'
import { Coverage } from '../../../../../src/shared/schemas/coverage'
import { Location } from '../../../../../src/shared/schemas/location'
import { Patient } from '../../../../../src/shared/schemas/patient'
import { Payer } from '../../../../../src/shared/schemas/payer'
import { Practice } from '../../../../../src/shared/schemas/practice'
import { Provider } from '../../../../../src/shared/schemas/provider'
import { npiWithCheckDigit } from '../../../../../src/shared/validators/npi'

export const BILLING_NPI = npiWithCheckDigit('199000001')
export const RENDERING_NPI = npiWithCheckDigit('111000001')
export const REFERRING_NPI = npiWithCheckDigit('122000001')
export const FACILITY_NPI = npiWithCheckDigit('133000001')

/** Codes valid on any date unless listed in `ended`; E11 and E116 are category headers. */
export function codeBook(
  options: { cptLoaded?: boolean; fees?: string[]; posLoaded?: boolean } = {},
): ScrubCodes {
  const icd = new Set(['E119', 'I10', 'J069', 'E11', 'E116', 'Z0000'])
  const headers = new Set(['E11', 'E116'])
  const hcpcs = new Set(['J1030', 'A4215', 'G0438'])
  const cpt = new Set(['99213', '99214', '20610', '36415', '93000', '96372'])
  const modifiers = new Set(['RT', 'LT', 'XU', 'GT'])
  const pos = new Set(['11', '02', '10', '22'])
  const fees = new Set(options.fees ?? ['99213', '99214', '20610', '36415', '93000', '96372'])
  const has = (set: string, code: string) =>
    set === 'icd10cm'
      ? icd.has(code)
      : set === 'hcpcs'
        ? hcpcs.has(code)
        : set === 'cpt'
          ? cpt.has(code)
          : set === 'modifier'
            ? modifiers.has(code)
            : pos.has(code)
  return {
    entry: (set, code) =>
      has(set, code) ? { billable: !(set === 'icd10cm' && headers.has(code)) } : null,
    problem: (set, code, date) => {
      if (!has(set, code)) return `${code} is not in the list loaded in ClaimDesk.`
      if (set === 'icd10cm' && headers.has(code))
        return `${code} is a category, not a billable code.`
      if (code === 'J069' && date < '2020-01-01') return `${code} is not valid on ${date}.`
      return null
    },
    loaded: (set) =>
      set === 'cpt'
        ? (options.cptLoaded ?? false)
        : set === 'pos'
          ? (options.posLoaded ?? true)
          : true,
    onFeeSchedule: (code) => fees.has(code),
  }
}

export function claimData(): ClaimData {
  return {
    v: 1,
    practice: Practice.parse({
      legalName: 'Fake Family Practice LLC',
      billingNpi: BILLING_NPI,
      ein: '123456789',
      taxonomyCode: '207Q00000X',
      billingAddress: {
        street1: '100 Example St',
        city: 'Springfield',
        state: 'IL',
        zip: '627010100',
      },
      phone: '2175550100',
    }),
    patient: {
      id: 7,
      accountNo: '100007',
      record: Patient.parse({
        lastName: 'Testpatient',
        firstName: 'Alice',
        dob: '1962-03-14',
        sex: 'F',
        address: { street1: '12 Example St', city: 'Springfield', state: 'IL', zip: '62701' },
        phones: { home: '2175550142' },
        guarantor: { kind: 'self' },
        statementPreference: 'mail',
        notes: '',
      }),
    },
    coverage: {
      id: 3,
      record: Coverage.parse({
        payerId: 2,
        order: 'primary',
        memberId: 'FKM100200',
        relationship: 'self',
        effectiveDate: '2025-01-01',
      }),
    },
    payer: {
      id: 2,
      active: true,
      record: Payer.parse({
        name: 'Example Health Plan (FAKE)',
        clearinghousePayerId: 'FAKE001',
        claimFilingIndicator: 'CI',
        timelyFilingDays: 365,
        acceptsElectronicClaims: true,
        requiresPriorAuthorization: false,
      }),
    },
    otherPayers: [],
    provider: {
      id: 4,
      active: true,
      record: Provider.parse({
        lastName: 'Testdoctor',
        firstName: 'Alice',
        credentials: 'MD',
        npi: RENDERING_NPI,
        taxonomyCode: '207Q00000X',
      }),
    },
    location: {
      id: 5,
      active: true,
      record: Location.parse({
        name: 'Main Office',
        address: { street1: '100 Example St', city: 'Springfield', state: 'IL', zip: '627010100' },
        defaultPlaceOfService: '11',
      }),
    },
    referrer: null,
    visit: {
      id: 9,
      dateOfService: '2026-02-20',
      placeOfService: '11',
      priorAuthorization: null,
      diagnoses: ['E119', 'I10'],
    },
    missing: [],
  }
}

export function line(overrides: Partial<ClaimLine> = {}): ClaimLine {
  return {
    lineNo: 1,
    code: '99213',
    modifiers: [],
    units: 1,
    chargeCents: cents(12500),
    pointers: [1, 2],
    ndc: null,
    lineControlNumber: '100007-9-1-1',
    ...overrides,
  }
}

export function claimRecord(
  data: ClaimData = claimData(),
  overrides: Partial<ClaimRecord> = {},
): ClaimRecord {
  return {
    id: 1,
    visitId: 9,
    patientId: 7,
    payerId: 2,
    coverageId: 3,
    renderingProviderId: 4,
    responsibility: 'primary',
    patientControlNumber: '100007-9-1',
    frequency: '1',
    replacesClaimId: null,
    payerClaimControlNumber: null,
    originalReference: null,
    status: 'draft',
    outcome: null,
    dateOfService: data.visit.dateOfService,
    totalCents: cents(12500),
    splitPart: 1,
    splitCount: 1,
    submittedAt: null,
    data,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    ...overrides,
  }
}

export interface ContextChanges {
  data?: (data: ClaimData) => void
  claim?: Partial<ClaimRecord>
  lines?: ClaimLine[]
  today?: string
  codes?: ScrubCodes
  earlier?: ScrubContext['earlier']
  lookalikes?: ScrubContext['lookalikes']
}

/** The clean claim with `changes` applied; the total follows the lines unless given. */
export function context(changes: ContextChanges = {}): ScrubContext {
  const data = claimData()
  changes.data?.(data)
  const lines = changes.lines ?? [line()]
  const total = cents(lines.reduce((s, l) => s + l.chargeCents, 0))
  return {
    claim: claimRecord(data, {
      dateOfService: data.visit.dateOfService,
      totalCents: total,
      ...changes.claim,
    }),
    lines,
    today: changes.today ?? '2026-03-02',
    codes: changes.codes ?? codeBook(),
    earlier: changes.earlier ?? [],
    lookalikes: changes.lookalikes ?? [],
  }
}

export function ruleOf(id: string): ScrubRule {
  const found = RULES.find((r) => r.id === id)
  if (!found) throw new Error(`no rule ${id}`)
  return found
}

/** What one rule finds on the claim with `changes`. */
export function findings(id: string, changes: ContextChanges = {}) {
  return ruleOf(id).check(context(changes))
}
