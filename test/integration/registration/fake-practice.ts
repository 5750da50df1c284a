/**
 * A throwaway practice for behaviour tests: a real encrypted store in a temp folder, the real
 * router (outputs checked against the contract), and an administrator signed in through
 * 'setup.create'. Every record here is obviously fake: "Testpatient"-style names, "Example St"
 * addresses and phone lines 555-0100…0199, which are reserved for fiction.
 */
import type { ApiResult, OpInput, OpName, OpOutput } from '../../../src/shared/api'
import type { Role } from '../../../src/shared/permissions'
import type { CoverageInput } from '../../../src/shared/schemas/coverage'
import type { PatientInput } from '../../../src/shared/schemas/patient'
import type { PayerInput } from '../../../src/shared/schemas/payer'
import type { PracticeInput } from '../../../src/shared/schemas/practice'
import type { ProviderInput } from '../../../src/shared/schemas/provider'
import { npiWithCheckDigit } from '../../../src/shared/validators/npi'
import { handlers } from '../../../src/main/api/handlers'
import { createRouter, type Router } from '../../../src/main/api/router'
import { Session } from '../../../src/main/api/session'
import { Office } from '../../../src/main/office'
import { tempDir } from '../../support/temp'

export const ADMIN_PASSWORD = 'fake office password 1'
const STAFF_FIRST_PASSWORD = 'first staff password 1'
const STAFF_PASSWORD = 'changed staff password 2'

export interface TestPractice {
  office: Office
  router: Router
  admin: Session
  /** Calls as `session` (the administrator unless given) and answers with the raw result. */
  call<N extends OpName>(
    name: N,
    input: OpInput<N>,
    session?: Session,
  ): Promise<ApiResult<OpOutput<N>>>
  /** Calls and returns the value, failing the test with the router's message on a refusal. */
  ok<N extends OpName>(name: N, input: OpInput<N>, session?: Session): Promise<OpOutput<N>>
  /** A signed-in session for a new user with `role`, past the first-password change. */
  staff(role: Role, username: string): Promise<Session>
  close(): void
}

export async function openPractice(): Promise<TestPractice> {
  const dir = tempDir()
  const office = new Office(dir.path)
  const router = createRouter(handlers, office, { checkOutputs: true })
  const admin = new Session('cli')
  const call = async <N extends OpName>(name: N, input: OpInput<N>, session = admin) =>
    (await router.call(name, input, session)) as ApiResult<OpOutput<N>>
  const ok = async <N extends OpName>(name: N, input: OpInput<N>, session = admin) => {
    const r = await call(name, input, session)
    if (!r.ok)
      throw new Error(
        `${name} refused: ${r.error.code} ${r.error.message} (${r.error.field ?? '-'})`,
      )
    return r.value
  }
  await ok('setup.create', {
    practiceName: 'Fake Family Practice',
    admin: { username: 'ada', fullName: 'Ada Testadmin', password: ADMIN_PASSWORD },
  })
  return {
    office,
    router,
    admin,
    call,
    ok,
    async staff(role, username) {
      await ok('users.add', {
        username,
        fullName: `${username} Fakename`,
        role,
        password: STAFF_FIRST_PASSWORD,
      })
      const session = new Session('cli')
      await ok('auth.login', { username, password: STAFF_FIRST_PASSWORD }, session)
      await ok(
        'auth.changePassword',
        { currentPassword: STAFF_FIRST_PASSWORD, newPassword: STAFF_PASSWORD },
        session,
      )
      return session
    },
    close() {
      office.close()
      dir.remove()
    },
  }
}

/** A fake but valid NPI: any 9 digits completed with the Luhn check digit NPPES uses. */
export function fakeNpi(base: number): string {
  return npiWithCheckDigit(String(base).padStart(9, '0'))
}

/** The same NPI with its last digit changed, so the check digit no longer matches. */
export function badCheckDigit(npi: string): string {
  return npi.slice(0, 9) + String((Number(npi[9]) + 1) % 10)
}

export function practiceProfile(overrides: Partial<PracticeInput> = {}): PracticeInput {
  return {
    legalName: 'Fake Family Practice LLC',
    billingNpi: fakeNpi(199_000_001),
    ein: '12-3456789',
    taxonomyCode: '207Q00000X',
    billingAddress: {
      street1: '100 Example St',
      city: 'Springfield',
      state: 'IL',
      zip: '62701-0100',
    },
    phone: '(217) 555-0100',
    ...overrides,
  }
}

export function provider(overrides: Partial<ProviderInput> = {}): ProviderInput {
  return {
    lastName: 'Testdoctor',
    firstName: 'Alice',
    credentials: 'MD',
    npi: fakeNpi(111_000_001),
    taxonomyCode: '207Q00000X',
    ...overrides,
  }
}

export function payer(overrides: Partial<PayerInput> = {}): PayerInput {
  return {
    name: 'Example Health Plan (FAKE)',
    clearinghousePayerId: 'FAKE001',
    claimFilingIndicator: 'CI',
    acceptsElectronicClaims: true,
    ...overrides,
  }
}

export function patient(overrides: Partial<PatientInput> = {}): PatientInput {
  return {
    lastName: 'Testpatient',
    firstName: 'Alice',
    dob: '1962-03-14',
    sex: 'F',
    address: { street1: '12 Example St', city: 'Springfield', state: 'IL', zip: '62701' },
    phones: { home: '(217) 555-0142' },
    guarantor: { kind: 'self' },
    ...overrides,
  }
}

export function coverage(payerId: number, overrides: Partial<CoverageInput> = {}): CoverageInput {
  return {
    payerId,
    order: 'primary',
    memberId: 'FKM100200',
    relationship: 'self',
    effectiveDate: '2024-01-01',
    ...overrides,
  }
}

/** A parent who holds a child's coverage (837P 2010BA when the patient is not the subscriber). */
export const PARENT_SUBSCRIBER = {
  lastName: 'Testpatient',
  firstName: 'Bernard',
  dob: '1980-07-04',
  sex: 'M',
  address: { street1: '12 Example St', city: 'Springfield', state: 'IL', zip: '62701' },
} as const
