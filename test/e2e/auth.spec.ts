import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openNewPractice } from './support'

const ADMIN = {
  practice: 'Maple Street Family Practice',
  username: 'alice',
  fullName: 'Alice Admin',
  password: 'correct horse battery staple',
}

/** Crockford base32 in groups of four, as printed on the recovery sheet. */
const RECOVERY_KEY = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/

async function callFromPage(page: Page, op: 'users.list') {
  return page.evaluate((name) => window.api[name]({}), op)
}

test('first start: set up with the keyboard, keep the recovery key, then sign in, lock and unlock', async ({
  page,
  app,
}) => {
  await page.goto(app.entryUrl)

  // Setup, keyboard only: the first field has the focus, Tab walks the form, Enter submits.
  await expect(page.getByLabel('Practice name')).toBeFocused()
  await page.keyboard.type(ADMIN.practice)
  for (const value of [ADMIN.username, ADMIN.fullName, ADMIN.password, ADMIN.password]) {
    await page.keyboard.press('Tab')
    await page.keyboard.type(value)
  }
  await expect(page.getByLabel('Confirm password')).toBeFocused()
  await page.keyboard.press('Enter')

  const key = page.getByTestId('recovery-key')
  await expect(key).toHaveText(RECOVERY_KEY)
  const continueButton = page.getByRole('button', { name: 'Continue' })
  await expect(continueButton).toBeDisabled()
  await page.keyboard.press('Tab') // from Print to the checkbox
  await page.keyboard.press('Space')
  await expect(page.getByLabel('I have printed or written down the recovery key')).toBeChecked()
  await page.keyboard.press('Enter')

  await expect(page.getByTestId('user-menu')).toContainText(ADMIN.fullName)
  await expect(page.getByTestId('status-user')).toContainText('Administrator')
  await expect(page.getByTestId('status-store')).toContainText('open')
  await expect(key).toHaveCount(0)

  // Sign out, then a wrong password is refused with main's message.
  await page.getByTestId('user-menu').click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await expect(page.getByLabel('User name')).toBeFocused()
  await page.keyboard.type(ADMIN.username)
  await page.keyboard.press('Tab')
  await page.keyboard.type('not the password at all')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Wrong user name or password.')).toBeVisible()
  await expect(page.getByRole('navigation')).toHaveCount(0)

  // The password box was cleared and has the focus: type again, Enter.
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused()
  await page.keyboard.type(ADMIN.password)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('user-menu')).toContainText(ADMIN.fullName)
  await expect(page.getByRole('navigation', { name: 'Billing areas' })).toBeVisible()

  // Ctrl+L locks from anywhere: only the unlock screen remains, and main refuses data calls.
  await page.keyboard.press('Control+l')
  await expect(page.getByRole('heading', { name: 'ClaimDesk is locked' })).toBeVisible()
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await expect(page.getByTestId('user-menu')).toHaveCount(0)
  await expect(page.getByTestId('locked-user')).toContainText(ADMIN.fullName)
  expect(await callFromPage(page, 'users.list')).toMatchObject({
    ok: false,
    error: { code: 'locked' },
  })

  await expect(page.getByLabel('Password', { exact: true })).toBeFocused()
  await page.keyboard.type(ADMIN.password)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('navigation', { name: 'Billing areas' })).toBeVisible()
  expect(await callFromPage(page, 'users.list')).toMatchObject({ ok: true })
})

test('a refusal for a lock made elsewhere switches to the unlock screen at once', async ({
  page,
  app,
}) => {
  const { practice, ...admin } = ADMIN
  await openNewPractice(page, app.entryUrl, { practiceName: practice, admin })
  // The first screen's own calls answered: otherwise one still on its way when the lock lands is
  // the refusal that switches screens, before the click below can make one.
  await expect(page.getByLabel("Loading today's work")).toHaveCount(0)
  await expect(page.getByText(/^Clearinghouse: /)).toBeVisible()

  // Locked behind the renderer's back (as the idle lock does in main): the next refused call
  // switches screens without waiting for the 15-second poll.
  await page.evaluate(() => window.api['auth.lock']({}))
  await page.getByRole('link', { name: 'Audit log' }).click()
  await expect(page.getByRole('heading', { name: 'ClaimDesk is locked' })).toBeVisible({
    timeout: 5_000,
  })
  await expect(page.getByRole('navigation')).toHaveCount(0)
})
