import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addCodedVisit, addOffice, call, openNewPractice, type Office } from './support'

interface Claim {
  claimId: number
  patientControlNumber: string
}

/** A practice with one claim made from a coded visit. */
async function openClaim(page: Page, entryUrl: string): Promise<{ office: Office; claim: Claim }> {
  await openNewPractice(page, entryUrl)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  const visitId = await addCodedVisit(page, office, office.patientId)
  return { office, claim: (await call(page, 'claims.create', { visitId })).claims[0]! }
}

/**
 * Follows a finding's link from the claim screen. The links are built as findingLink.ts builds
 * them from a finding's field ('coverage.memberId' → the patient's primary coverage, focus
 * memberId; 'payer.…' → the Payers tab, the claim's payer).
 */
async function follow(page: Page, url: string, claim: Claim, href: string): Promise<void> {
  await page.goto(`${url}#/claims/${claim.claimId}`)
  await expect(page.getByTestId('claim-number')).toHaveText(claim.patientControlNumber)
  await page.goto(`${url}${href}`)
}

/** The name or data-field of the element with the cursor: which form field it is. */
const focusedField = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return el?.getAttribute('data-field') ?? el?.getAttribute('name') ?? null
  })

test("a finding about the patient's coverage or demographics lands on the field to fix", async ({
  page,
  app,
}) => {
  const { office, claim } = await openClaim(page, app.entryUrl)

  const patient = `#/patients/${office.patientId}`
  await follow(page, app.url, claim, `${patient}?tab=insurance&order=primary&focus=memberId`)
  const dialog = page.getByRole('dialog', { name: 'Edit primary coverage' })
  await expect(dialog.getByLabel('Member ID')).toBeFocused()
  expect(await focusedField(page)).toBe('coverage.memberId')
  await expect(dialog.getByLabel('Member ID')).toHaveValue('W123456789')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await follow(page, app.url, claim, `${patient}?focus=address.zip`)
  const form = page.getByRole('form', { name: 'Edit patient' })
  await expect(form.getByRole('group', { name: 'Home address' }).getByLabel('ZIP')).toBeFocused()
  expect(await focusedField(page)).toBe('patient.address.zip')
})

test('a finding about the practice, a provider, a payer or the office lands on the field to fix', async ({
  page,
  app,
}) => {
  const { office, claim } = await openClaim(page, app.entryUrl)

  await follow(page, app.url, claim, '#/practice?focus=billingNpi')
  await expect(
    page.getByRole('form', { name: 'Billing provider' }).getByLabel('Billing NPI'),
  ).toBeFocused()
  expect(await focusedField(page)).toBe('billingNpi')

  await follow(page, app.url, claim, '#/practice?focus=billingAddress.street1')
  const billing = page.getByRole('group', { name: /Billing address/ })
  await expect(billing.getByLabel('Street address')).toBeFocused()

  const payers = `#/practice?tab=payers&id=${office.payerId}`
  await follow(page, app.url, claim, `${payers}&focus=requiresPriorAuthorization`)
  const payerDialog = page.getByRole('dialog', { name: 'Edit payer' })
  await expect(payerDialog.getByLabel('Payer name')).toHaveValue('Aetna')
  await expect(payerDialog.getByLabel('Requires prior authorization')).toBeFocused()
  expect(await focusedField(page)).toBe('requiresPriorAuthorization')

  await follow(
    page,
    app.url,
    claim,
    `#/practice?tab=providers&id=${office.providerId}&focus=taxonomyCode`,
  )
  const providerDialog = page.getByRole('dialog', { name: 'Edit provider' })
  await expect(providerDialog.getByLabel('Last name')).toHaveValue('Okafor')
  await expect(providerDialog.getByLabel('Taxonomy code')).toBeFocused()

  // The claim does not name its office: the practice's only one is opened.
  await follow(page, app.url, claim, '#/practice?tab=locations&focus=npi')
  const locationDialog = page.getByRole('dialog', { name: 'Edit location' })
  await expect(locationDialog.getByLabel('Facility NPI')).toBeFocused()
  expect(await focusedField(page)).toBe('npi')
})
