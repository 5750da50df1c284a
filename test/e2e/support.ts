import type { Page } from '@playwright/test'
import type { ApiResult, OpInput, OpName, OpOutput } from '../../src/shared/api'
import type { PayerInput } from '../../src/shared/schemas/payer'
import type { ServiceLineInput } from '../../src/shared/schemas/visit'
import { readFileSync } from 'node:fs'
import { sharedDataPath } from '../support/shared-data'
import { expect } from './fixtures'

/**
 * What the specs share: signing in, and setting a practice up through the same operations its
 * screens use, so each test starts from the records it is about.
 */

/** One operation of main, called from the page as the screens call it; a refusal throws. */
export async function call<N extends OpName>(
  page: Page,
  op: N,
  input: OpInput<N>,
): Promise<OpOutput<N>> {
  const result = await page.evaluate(
    ({ name, given }) =>
      (window.api[name] as (input: unknown) => Promise<ApiResult<unknown>>)(given),
    { name: op as OpName, given: input as unknown },
  )
  if (!result.ok) throw new Error(`${op}: ${result.error.message}`)
  return result.value as OpOutput<N>
}

export interface Account {
  username: string
  fullName: string
  password: string
}

export const BILLER: Account = {
  username: 'biller',
  fullName: 'Pat Biller',
  password: 'maple street billing office',
}

/** A new practice in the test's own data folder, signed in as its administrator. */
export async function openNewPractice(
  page: Page,
  entryUrl: string,
  { practiceName = 'Maple Street Family Medicine', admin = BILLER } = {},
): Promise<void> {
  await page.goto(entryUrl)
  await call(page, 'setup.create', { practiceName, admin })
  await page.reload()
  await expect(page.getByTestId('user-menu')).toContainText(admin.fullName)
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('User name').fill(username)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.keyboard.press('Enter')
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
}

export const AETNA: PayerInput = {
  name: 'Aetna',
  clearinghousePayerId: '60054',
  claimFilingIndicator: 'CI',
  timelyFilingDays: 180,
  acceptsElectronicClaims: true,
}

export const MEDICARE: PayerInput = {
  name: 'Medicare Part B',
  clearinghousePayerId: '12202',
  claimFilingIndicator: 'MB',
  timelyFilingDays: 365,
  acceptsElectronicClaims: true,
}

/** Adds payers through the same operation the Payers tab uses; answers their ids. */
export async function addPayers(page: Page, payers: PayerInput[]): Promise<number[]> {
  const ids: number[] = []
  for (const record of payers) ids.push((await call(page, 'payers.save', { record })).id)
  return ids
}

/** What patients.search answers for a text, as "Last, First" names. */
export async function searchNames(page: Page, text: string): Promise<string[]> {
  const found = await call(page, 'patients.search', { text })
  return found.map((p) => `${p.lastName}, ${p.firstName}`)
}

/** Registers Marisol with this last name, insured by the payer as primary when one is given. */
export async function registerPatient(
  page: Page,
  lastName: string,
  payerId: number | null,
): Promise<number> {
  const created = await call(page, 'patients.create', {
    patient: {
      lastName,
      firstName: 'Marisol',
      dob: '1962-03-14',
      sex: 'F',
      address: { street1: '12 Elm St', city: 'Springfield', state: 'IL', zip: '62701' },
      phones: { home: '2175550142' },
      guarantor: { kind: 'self' },
    },
    coverages:
      payerId === null
        ? []
        : [
            {
              payerId,
              order: 'primary',
              memberId: 'W123456789',
              relationship: 'self',
              effectiveDate: '2024-01-01',
            },
          ],
  })
  if (!created.created) throw new Error('the patient was taken for a duplicate')
  return created.patientId
}

export interface Office {
  providerId: number
  locationId: number
  payerId: number
  /** Marisol Quintero, insured by Aetna as primary. */
  patientId: number
}

export interface OfficeOptions {
  /** The practice's charge per code. */
  fees: readonly (readonly [string, number])[]
  /** The payer requires a prior authorization number on its claims. */
  requiresPriorAuthorization?: boolean
}

/**
 * What a visit is coded and billed against: the practice as billing provider (valid NPI, EIN,
 * taxonomy, street address with ZIP+4), one provider, one office, Aetna, the fee schedule, and
 * a patient insured by Aetna.
 */
export async function addOffice(page: Page, options: OfficeOptions): Promise<Office> {
  await call(page, 'practice.update', {
    legalName: 'Maple Street Family Medicine LLC',
    billingNpi: '1234567893',
    ein: '12-3456789',
    taxonomyCode: '207Q00000X',
    billingAddress: { street1: '100 Main St', city: 'Springfield', state: 'IL', zip: '62701-1234' },
    phone: '(217) 555-0100',
  })
  const provider = await call(page, 'providers.save', {
    record: {
      lastName: 'Okafor',
      firstName: 'Adaeze',
      credentials: 'MD',
      npi: '1245319599',
      taxonomyCode: '207Q00000X',
    },
  })
  const location = await call(page, 'locations.save', {
    record: {
      name: 'Maple Street Office',
      address: { street1: '100 Main St', city: 'Springfield', state: 'IL', zip: '627011234' },
      defaultPlaceOfService: '11',
    },
  })
  const [payerId] = await addPayers(page, [
    { ...AETNA, requiresPriorAuthorization: options.requiresPriorAuthorization ?? false },
  ])
  for (const [code, chargeCents] of options.fees) {
    await call(page, 'fees.save', { code, chargeCents })
  }
  return {
    providerId: provider.id,
    locationId: location.id,
    payerId: payerId!,
    patientId: await registerPatient(page, 'Quintero', payerId!),
  }
}

/** A week ago: well inside the payer's filing limit, never in the future. */
export const LAST_WEEK = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10)

/** A visit last week at the office, coded: hypertension and diabetes, an office visit by default. */
export async function addCodedVisit(
  page: Page,
  office: Office,
  patientId: number,
  lines: ServiceLineInput[] = [{ code: '99213', units: 1, chargeCents: 12500, pointers: [1, 2] }],
): Promise<number> {
  const saved = await call(page, 'visits.save', {
    visit: {
      patientId,
      dateOfService: LAST_WEEK,
      renderingProviderId: office.providerId,
      locationId: office.locationId,
      placeOfService: '11',
      diagnoses: ['I10', 'E119'],
      lines,
    },
  })
  const coded = await call(page, 'visits.markCoded', { visitId: saved.visitId })
  if (!coded.coded) throw new Error(coded.problems.map((p) => p.message).join('; '))
  return saved.visitId
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true })
}

/** The CARC list the tests read from ../shared/data, imported as Code sets does it. */
export const CARC = 'carc_from_librehealth_adjustment_reason_codes_2016.csv'

export async function importCarcs(page: Page): Promise<void> {
  await call(page, 'codes.import', {
    kind: 'carc-csv',
    fileName: CARC,
    contentBase64: readFileSync(sharedDataPath(CARC)).toString('base64'),
    effective: '2016-01-01',
  })
}

/** The visit billed, queued, batched and its 837 saved: the claim is submitted to the payer. */
export async function submitClaim(page: Page, visitId: number) {
  const made = (await call(page, 'claims.create', { visitId })).claims[0]!
  await call(page, 'claims.queue', { claimIds: [made.claimId] })
  const batch = await call(page, 'claims.batch', {})
  await call(page, 'claims.batchExported', { batchId: batch.batchId, file: batch.fileName })
  return made
}
