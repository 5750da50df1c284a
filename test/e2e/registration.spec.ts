import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import {
  addPayers,
  AETNA,
  call,
  MEDICARE,
  openNewPractice,
  registerPatient,
  searchNames,
} from './support'

/** Presses Tab until `target` has the focus: proves it is reachable from the keyboard. */
async function tabTo(page: Page, target: Locator, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.type(text)
}

test('registers a patient with primary and secondary coverage from the keyboard alone, then finds them by a name prefix', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  await addPayers(page, [AETNA, MEDICARE])
  // An administrator opens on Today; the front desk's first screen is Patients.
  await page.goto(`${app.url}#/patients`)
  await page.reload()
  await expect(page.getByLabel('Find a patient')).toBeFocused()

  await page.keyboard.press('Alt+N')
  const form = page.getByRole('form', { name: 'Register a patient' })
  await expect(form.getByLabel('Last name')).toBeFocused()
  await page.keyboard.type('Quintero')
  await typeInto(page, form.getByLabel('First name'), 'Marisol')
  await typeInto(page, form.getByLabel('Date of birth'), '03141962')
  await typeInto(page, form.getByLabel('Sex'), 'F')
  const home = form.getByRole('group', { name: 'Home address' })
  await typeInto(page, home.getByLabel('Street address'), '12 Elm St')
  await typeInto(page, home.getByLabel('City'), 'Springfield')
  await typeInto(page, home.getByLabel('State'), 'IL')
  await typeInto(page, home.getByLabel('ZIP'), '62701')
  await typeInto(page, form.getByLabel('Home phone'), '(217) 555-0142')

  // Primary: the patient is the subscriber.
  await tabTo(page, form.getByRole('button', { name: 'Add insurance coverage' }))
  await page.keyboard.press('Enter')
  const primary = form.getByRole('region', { name: 'Coverage 1' })
  await expect(primary.getByRole('combobox', { name: 'Payer' })).toBeFocused()
  await page.keyboard.type('Aet')
  await page.keyboard.press('Enter')
  await expect(primary.getByRole('combobox', { name: 'Payer' })).toHaveValue('Aetna')
  await typeInto(page, primary.getByLabel('Member ID'), 'W123456789')
  await typeInto(page, primary.getByLabel('Group number'), 'G100')
  await typeInto(page, primary.getByLabel('Effective date'), '01012024')
  await typeInto(page, primary.getByLabel('Copay'), '25')

  // Secondary: through the spouse, so the subscriber's own details are asked for.
  await tabTo(page, form.getByRole('button', { name: 'Add another coverage' }))
  await page.keyboard.press('Enter')
  const secondary = form.getByRole('region', { name: 'Coverage 2' })
  await expect(secondary.getByRole('combobox', { name: 'Payer' })).toBeFocused()
  await page.keyboard.type('medi')
  await page.keyboard.press('Enter')
  await expect(secondary.getByRole('combobox', { name: 'Payer' })).toHaveValue('Medicare Part B')
  await expect(secondary.getByLabel('Order')).toHaveValue('secondary')
  await typeInto(page, secondary.getByLabel('Member ID'), '1EG4TE5MK73')
  await typeInto(page, secondary.getByLabel("Patient's relationship to subscriber"), 'Sp')
  await expect(secondary.getByLabel("Patient's relationship to subscriber")).toHaveValue('spouse')
  await typeInto(page, secondary.getByLabel('Effective date'), '06012023')
  const subscriber = secondary.getByRole('group', { name: /Subscriber — the insured person/ })
  await typeInto(page, subscriber.getByLabel('Last name'), 'Quintero')
  await typeInto(page, subscriber.getByLabel('First name'), 'Rafael')
  await typeInto(page, subscriber.getByLabel('Date of birth'), '07041958')
  await typeInto(page, subscriber.getByLabel('Sex'), 'M')
  await typeInto(page, subscriber.getByLabel('Street address'), '12 Elm St')
  await typeInto(page, subscriber.getByLabel('City'), 'Springfield')
  await typeInto(page, subscriber.getByLabel('State'), 'IL')
  await typeInto(page, subscriber.getByLabel('ZIP'), '62701')

  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('patient-name')).toHaveText('Quintero, Marisol')
  await expect(page.getByRole('tab', { name: 'Insurance (2)' })).toBeVisible()
  const patientId = Number(/#\/patients\/(\d+)$/.exec(page.url())?.[1])

  const saved = await call(page, 'patients.get', { patientId })
  expect(saved.patient).toMatchObject({
    dob: '1962-03-14',
    sex: 'F',
    address: { state: 'IL', zip: '62701' },
    phones: { home: '2175550142' },
  })
  expect(saved.coverages.map((c) => [c.coverage.order, c.payerName, c.coverage.memberId])).toEqual([
    ['primary', 'Aetna', 'W123456789'],
    ['secondary', 'Medicare Part B', '1EG4TE5MK73'],
  ])
  expect(saved.coverages[0]!.coverage.copayCents).toBe(2500)
  expect(saved.coverages[1]!.coverage.subscriber).toMatchObject({
    firstName: 'Rafael',
    dob: '1958-07-04',
    sex: 'M',
  })

  // Found again by typing part of the last name; Enter opens the chart.
  await page.goto(`${app.url}#/patients`)
  await expect(page.getByLabel('Find a patient')).toBeFocused()
  await page.keyboard.type('quin')
  await expect(page.getByTestId('result-count')).toHaveText('1 found')
  await expect(page.getByRole('option', { name: /Quintero, Marisol/ })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('patient-name')).toHaveText('Quintero, Marisol')
})

test('refuses an invalid NPI and a PO box billing address beside their fields, and saves nothing', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  await page.goto(`${app.url}#/practice`)
  const form = page.getByRole('form', { name: 'Billing provider' })
  await expect(form.getByLabel('Legal name')).toHaveValue('Maple Street Family Medicine')
  await form.getByLabel('Billing NPI').fill('1234567890')
  await form.getByLabel('EIN').fill('12-3456789')
  await form.getByLabel('Taxonomy code').fill('207Q00000X')
  await form.getByLabel('Phone').fill('(217) 555-0100')
  const billing = form.getByRole('group', { name: /Billing address/ })
  await billing.getByLabel('Street address').fill('PO Box 123')
  await billing.getByLabel('City').fill('Springfield')
  await billing.getByLabel('State').selectOption('IL')
  await billing.getByLabel('ZIP').fill('62701-1234')
  await page.keyboard.press('Control+s')

  // The cursor goes to the first refused field, to be retyped.
  await expect(form.getByLabel('Billing NPI')).toBeFocused()
  await expect(form.getByLabel('Billing NPI')).toHaveAccessibleDescription(
    /NPI 1234567890 fails its check digit/,
  )
  await expect(billing.getByLabel('Street address')).toHaveAccessibleDescription(
    /"PO Box 123" is a PO box — payers reject a PO box as the billing provider address/,
  )
  await expect(
    form.getByText('NPI 1234567890 fails its check digit', { exact: false }),
  ).toBeVisible()
  await expect(billing.getByText('is a PO box', { exact: false })).toBeVisible()
  // The other fields were fine: no message beside them.
  await expect(form.getByLabel('EIN')).not.toHaveAttribute('aria-invalid', 'true')
  const before = (await call(page, 'practice.get', {})).profile
  expect(before).toBeNull()

  // The PO box belongs in the pay-to address, which takes one.
  await form.getByLabel('Billing NPI').fill('1234567893')
  await billing.getByLabel('Street address').fill('100 Main St')
  const payTo = form.getByRole('group', { name: /Pay-to address/ })
  await payTo.getByLabel('Street address').fill('PO Box 123')
  await payTo.getByLabel('City').fill('Springfield')
  await payTo.getByLabel('State').selectOption('IL')
  await payTo.getByLabel('ZIP').fill('62705')
  await page.keyboard.press('Control+s')
  await expect(form.getByText('Practice details saved.')).toBeVisible()
  const after = (await call(page, 'practice.get', {})).profile
  expect(after).toMatchObject({
    billingNpi: '1234567893',
    ein: '123456789',
    billingAddress: { street1: '100 Main St', zip: '627011234' },
    payToAddress: { street1: 'PO Box 123' },
  })
})

test('warns before registering the same name and date of birth again, and creates only when told', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  const id = await registerPatient(page, 'Quintero', null)
  const existing = {
    id,
    accountNo: (await call(page, 'patients.get', { patientId: id })).accountNo,
  }

  await page.goto(`${app.url}#/patients/new`)
  const form = page.getByRole('form', { name: 'Register a patient' })
  await form.getByLabel('Last name').fill('Quintero')
  await form.getByLabel('First name').fill('Marisol')
  await form.getByLabel('Date of birth').fill('03/14/1962')
  await form.getByLabel('Sex').selectOption('F')
  const home = form.getByRole('group', { name: 'Home address' })
  await home.getByLabel('Street address').fill('48 Walnut St')
  await home.getByLabel('City').fill('Chatham')
  await home.getByLabel('State').selectOption('IL')
  await home.getByLabel('ZIP').fill('62629')
  await form.getByLabel('Mobile phone').fill('217-555-0199')
  await page.keyboard.press('Control+s')

  const warning = page.getByTestId('duplicate-warning')
  await expect(warning).toContainText('This may be a patient already on file')
  const row = warning.getByRole('row', { name: new RegExp(existing.accountNo) })
  await expect(row).toContainText('Quintero, Marisol')
  await expect(row).toContainText('03/14/1962')
  await expect(row).toContainText('same name and date of birth')
  await expect(
    row.getByRole('link', { name: `Open account ${existing.accountNo}` }),
  ).toHaveAttribute('href', `#/patients/${existing.id}`)
  expect(await searchNames(page, 'quintero')).toEqual(['Quintero, Marisol'])

  await warning.getByRole('button', { name: 'Create anyway' }).click()
  await expect(page.getByTestId('patient-name')).toHaveText('Quintero, Marisol')
  await expect(page.getByTestId('account-no')).not.toHaveText(existing.accountNo)
  expect(await searchNames(page, 'quintero')).toEqual(['Quintero, Marisol', 'Quintero, Marisol'])

  // The link in the warning opens the chart already on file.
  await page.goto(`${app.url}#/patients/${existing.id}`)
  await expect(page.getByTestId('account-no')).toHaveText(existing.accountNo)
})
