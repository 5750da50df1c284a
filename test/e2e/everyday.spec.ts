import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addOffice, call, openNewPractice, registerPatient } from './support'

/** Where the walk-through's screenshots go: outside the repository, looked at by a person. */
async function shot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: `/tmp/shots/everyday-${name}.png` })
}

test('dates are typed and shown MM/DD/YYYY, and a DOB typed as eight digits finds the patient', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  await page.setViewportSize({ width: 1366, height: 768 })
  const patientId = await registerPatient(page, 'Quintero', null)
  const { dob } = (await call(page, 'patients.get', { patientId })).patient
  const [y, m, d] = dob.split('-')

  await page.goto(`${app.url}#/patients/${patientId}`)
  await expect(page.getByText(`DOB ${m}/${d}/${y}`)).toBeVisible()
  await expect(page.getByText(dob)).toHaveCount(0)

  await page.goto(`${app.url}#/patients`)
  const finder = page.getByLabel('Find a patient')
  await finder.fill(`${m}${d}${y}`)
  await expect(page.getByText('Quintero, Marisol').first()).toBeVisible()

  // A new patient: a date that is no date is refused in the shape it is typed.
  await page.goto(`${app.url}#/patients/new`)
  const form = page.getByRole('form', { name: 'Register a patient' })
  const box = form.getByLabel('Date of birth')
  await expect(box).toHaveAttribute('placeholder', 'MM/DD/YYYY')
  await box.fill('12061946')
  await box.blur()
  await expect(box).toHaveValue('12/06/1946')
  await box.fill('12/6/46')
  await page.keyboard.press('Control+s')
  await expect(form.getByText('Date of birth must be written MM/DD/YYYY')).toBeVisible()
  await expect(form.getByText(/YYYY-MM-DD/)).toHaveCount(0)
  await box.fill('02/30/1981')
  await page.keyboard.press('Control+s')
  await expect(form.getByText('Date of birth 02/30/1981 is not a real date')).toBeVisible()
  await shot(page, 'registration-date')
})

test('leaving a form with unsaved changes asks first; an untouched form just closes', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  const questions: string[] = []
  let answer = false
  page.on('dialog', (dialog) => {
    questions.push(dialog.message())
    void (answer ? dialog.accept() : dialog.dismiss())
  })

  // Untouched: Esc closes with no question.
  await page.goto(`${app.url}#/patients/new`)
  const form = page.getByRole('form', { name: 'Register a patient' })
  await expect(form.getByLabel('Last name')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  expect(questions).toEqual([])

  // Filled: Esc and the sidebar ask; saying no keeps the work.
  await page.goto(`${app.url}#/patients/new`)
  await form.getByLabel('Last name').fill('Quintero')
  await page.keyboard.press('Escape')
  await expect(form.getByLabel('Last name')).toHaveValue('Quintero')
  await page.getByRole('navigation').getByRole('link', { name: 'Claims' }).click()
  await expect(form.getByLabel('Last name')).toHaveValue('Quintero')
  expect(questions).toHaveLength(2)
  expect(questions[0]).toContain('not saved')

  // Saying yes leaves.
  answer = true
  await page.getByRole('navigation').getByRole('link', { name: 'Claims' }).click()
  await expect(form).toHaveCount(0)
  expect(questions).toHaveLength(3)
  expect(page.url()).toContain('#/claims')
})

test('adding a code already on the fee schedule is refused and offers to edit it', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  await call(page, 'fees.save', { code: '99213', chargeCents: 12500 })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(`${app.url}#/practice?tab=fees`)
  await page.getByRole('button', { name: 'Add code' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Code').fill('99213')
  await dialog.getByLabel('Charge').fill('1')
  await page.keyboard.press('Control+s')
  await expect(dialog.getByText('99213 is already on the fee schedule at $125.00')).toBeVisible()
  await shot(page, 'fee-exists')
  await dialog.getByRole('button', { name: 'Edit 99213 instead' }).click()
  await expect(page.getByRole('dialog', { name: 'Edit 99213' })).toBeVisible()
  await expect(page.getByRole('dialog').getByLabel('Charge')).toHaveValue('125.00')
  const [fee] = await call(page, 'fees.list', {})
  expect(fee!.chargeCents).toBe(12500)
})

test('Alt+Delete removes the line wherever the cursor is in it, the charge box too', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  await page.goto(`${app.url}#/coding/new?patient=${office.patientId}`)
  const form = page.getByRole('form', { name: 'Visit coding' })
  await expect(form.getByLabel('Date of service')).toBeFocused()
  await page.keyboard.press('Alt+L')
  await page.keyboard.type('99213')
  await page.keyboard.press('Enter')
  const line1 = form.getByRole('group', { name: 'Line 1' })
  await expect(line1.getByLabel('Line 1 charge')).toHaveValue('125.00')
  await line1.getByLabel('Line 1 charge').focus()
  await page.keyboard.press('Alt+Delete')
  await expect(line1).toHaveCount(0)
})

test('an unknown address shows Not found, and the recovery key copies whole and never splits a group', async ({
  page,
  app,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(app.entryUrl)
  await page.getByLabel('Practice name').fill('Maple Street Family Medicine')
  await page.getByLabel('Administrator user name').fill('biller')
  await page.getByLabel('Full name').fill('Pat Biller')
  await page.getByLabel('Password', { exact: true }).fill('maple street billing office')
  await page.getByLabel('Confirm password').fill('maple street billing office')
  await page.keyboard.press('Enter')
  const key = page.getByTestId('recovery-key')
  await expect(key).toBeVisible()
  const text = (await key.textContent())!
  const groups = key.locator('.key-group')
  expect(await groups.count()).toBe(text.split('-').length)
  for (const group of await groups.all()) {
    await expect(group).toHaveCSS('white-space', 'nowrap')
    // One line high: no group is broken across lines.
    const box = (await group.boundingBox())!
    expect(box.height).toBeLessThan(48)
  }
  await page.getByRole('button', { name: 'Copy key' }).click()
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text)
  await shot(page, 'recovery-key')

  await page.getByLabel('I have printed or written down the recovery key').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.goto(`${app.url}#/no-such-screen`)
  await expect(page.getByTestId('not-found')).toContainText('Not found')
  await expect(page.getByRole('heading', { name: 'About ClaimDesk' })).toHaveCount(0)
  await shot(page, 'not-found')
  await page.goto(`${app.url}#/about`)
  await shot(page, 'about')
})
