import { expect, test } from './fixtures'
import { openNewPractice, registerPatient } from './support'

const shot = (name: string) => `/tmp/shots/${name}.png`

test('the duplicate-patient warning comes to the person, and the subscriber can share the address', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openNewPractice(page, app.entryUrl)
  await registerPatient(page, 'Quintero', null)

  await page.goto(`${app.url}#/patients/new`)
  const form = page.getByRole('form', { name: 'Register a patient' })
  await form.getByLabel('Last name').fill('Quintero')
  await form.getByLabel('First name').fill('Marisol')
  await form.getByLabel('Date of birth').fill('1962-03-14')
  await form.getByLabel('Sex').selectOption('F')
  const home = form.getByRole('group', { name: 'Home address' })
  await home.getByLabel('Street address').fill('48 Walnut St')
  await home.getByLabel('City').fill('Chatham')
  await home.getByLabel('State').selectOption('IL')
  await home.getByLabel('ZIP').fill('62629')
  await form.getByLabel('Mobile phone').fill('217-555-0199')

  // A spouse's plan: one click copies the patient's address to the subscriber's.
  await form.getByRole('button', { name: 'Add insurance coverage' }).click()
  const coverage = form.getByRole('region', { name: 'Coverage 1' })
  await coverage.getByLabel("Patient's relationship to subscriber").selectOption('spouse')
  const subscriber = coverage.getByRole('group', { name: /Subscriber — the insured person/ })
  await subscriber.getByRole('button', { name: 'Same as patient' }).click()
  const address = subscriber.getByRole('group', { name: 'Subscriber address' })
  await expect(address.getByLabel('Street address')).toHaveValue('48 Walnut St')
  await expect(address.getByLabel('City')).toHaveValue('Chatham')
  await expect(address.getByLabel('State')).toHaveValue('IL')
  await expect(address.getByLabel('ZIP')).toHaveValue('62629')
  await page.screenshot({ path: shot('registration-same-as-patient'), fullPage: false })
  await coverage.getByRole('button', { name: /Remove/ }).click()

  // Saved with the cursor up in the form: the warning is brought into view and focused.
  await form.getByLabel('First name').focus()
  await page.keyboard.press('Control+s')
  const warning = page.getByTestId('duplicate-warning')
  await expect(warning).toBeFocused()
  await expect(warning).toBeInViewport()
  await page.screenshot({ path: shot('registration-duplicate') })
})

test('the code-set screen says which list is valid today', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openNewPractice(page, app.entryUrl)
  await page.evaluate(() =>
    window.api['codes.search']({ text: 'diab', sets: ['icd10cm'], date: '2026-01-15' }),
  )
  await page.goto(`${app.url}#/codes`)
  await expect(page.getByTestId('code-version').first()).toContainText('Valid today')
  await page.screenshot({ path: shot('code-sets') })
})
