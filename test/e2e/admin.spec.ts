import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openNewPractice, signIn, signOut } from './support'

const ADMIN = {
  username: 'alice',
  fullName: 'Alice Admin',
  password: 'correct horse battery staple',
}
const BILLER = {
  username: 'bbiller',
  fullName: 'Bob Biller',
  firstPassword: 'maple tree window 42',
  password: 'blue kettle on the stove',
}

/** The practice exists already: these tests are about running it, not setting it up. */
const PRACTICE = { practiceName: 'Maple Street Family Practice', admin: ADMIN }

const nav = (page: Page) => page.getByRole('navigation', { name: 'Billing areas' })

test('an administrator adds a biller, who must choose a password and sees only what a biller may', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl, PRACTICE)

  await nav(page).getByRole('link', { name: 'Users' }).click()
  await page.getByRole('button', { name: 'Add user' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add user' })
  await expect(dialog.getByLabel('User name')).toBeFocused()
  await page.keyboard.type(BILLER.username)
  await dialog.getByLabel('Full name').fill(BILLER.fullName)
  await dialog.getByLabel('Role').selectOption({ label: 'Biller' })
  await dialog.getByLabel('First password', { exact: true }).fill(BILLER.firstPassword)
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  const row = page
    .getByTestId('users-table')
    .getByRole('row', { name: new RegExp(BILLER.username) })
  await expect(row).toContainText(BILLER.fullName)
  await expect(row).toContainText('Biller')
  await expect(row).toContainText('Yes') // must change the first password

  await signOut(page)
  await signIn(page, BILLER.username, BILLER.firstPassword)

  // Nothing else until the first password is replaced.
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible()
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await expect(page.getByLabel('Current password')).toBeFocused()
  await page.keyboard.type(BILLER.firstPassword)
  await page.getByLabel('New password', { exact: true }).fill(BILLER.password)
  await page.getByLabel('Confirm new password').fill(BILLER.password)
  await page.keyboard.press('Enter')

  await expect(page.getByTestId('user-menu')).toContainText(BILLER.fullName)
  await expect(nav(page).getByRole('link', { name: 'Backup' })).toBeVisible()
  await expect(nav(page).getByRole('link', { name: 'Users' })).toHaveCount(0)
  await expect(nav(page).getByRole('link', { name: 'Audit log' })).toHaveCount(0)
  const refused = await page.evaluate(() => window.api['users.list']({}))
  expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })

  // Back as the administrator: the audit log shows the sign-ins and the user administration.
  await signOut(page)
  await signIn(page, ADMIN.username, ADMIN.password)
  await nav(page).getByRole('link', { name: 'Audit log' }).click()
  const audit = page.getByTestId('audit-table')
  await expect(audit.getByRole('row').filter({ hasText: 'Signed in' }).first()).toBeVisible()
  await expect(audit.getByRole('row').filter({ hasText: BILLER.username }).first()).toBeVisible()
  await expect(audit.getByRole('row').filter({ hasText: 'Added user' })).toHaveCount(1)
  await expect(audit.getByRole('row').filter({ hasText: 'Changed own password' })).toHaveCount(1)

  await page.getByRole('button', { name: 'Verify chain' }).click()
  await expect(page.getByTestId('verify-result')).toHaveText(/^OK \(\d+ entries\)$/)
})

test('an administrator backs up now into a chosen folder, sees the file, and restores it', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl, PRACTICE)
  // Backups never go inside the data folder (a restore would then overwrite its own source).
  const folder = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-backups-'))

  await nav(page).getByRole('link', { name: 'Backup' }).click()
  await page.getByLabel('Backup folder').fill(folder)
  await page.keyboard.press('Control+s')
  await expect(page.getByText('Backup schedule saved.')).toBeVisible()

  await page.getByRole('button', { name: 'Back up now' }).click()
  const result = page.getByTestId('backup-result')
  await expect(result).toContainText('Backup written')
  await expect(result).toContainText(folder)
  await expect(page.getByTestId('backup-files')).toContainText(folder)
  await expect(page.getByTestId('backup-last')).toContainText('Last backup')

  // Restoring asks first, then signs everyone out and says why on the sign-in screen.
  await page.getByRole('button', { name: 'Choose for restore' }).first().click()
  await expect(page.getByLabel('Your password', { exact: true })).toBeFocused()
  await page.keyboard.type(ADMIN.password)
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('dialog', { name: 'Replace the practice data?' })
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Replace data and sign everyone out' }).click()
  await expect(page.getByTestId('sign-in-notice')).toContainText('restored from')
  await signIn(page, ADMIN.username, ADMIN.password)
  await expect(page.getByTestId('user-menu')).toContainText(ADMIN.fullName)
  rmSync(folder, { recursive: true, force: true })
})
