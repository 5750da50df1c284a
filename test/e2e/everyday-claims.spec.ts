import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addCodedVisit, addOffice, call, openNewPractice } from './support'

const SHOTS = '/tmp/shots'

async function shot(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.waitForTimeout(200)
  await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

test('a claim offers only what its state allows, and warnings are acknowledged one at a time', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openNewPractice(page, app.entryUrl)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  const visitId = await addCodedVisit(page, office, office.patientId, [
    { code: '99213', units: 1, chargeCents: 12500, pointers: [1, 2] },
    { code: 'J1030', units: 1, chargeCents: 3500, pointers: [1] },
    { code: 'J1030', units: 2, chargeCents: 7000, pointers: [1] },
  ])
  const claim = (await call(page, 'claims.create', { visitId })).claims[0]!
  await page.goto(`${app.url}#/claims/${claim.claimId}`)
  await expect(page.getByTestId('claim-status').first()).toHaveText('draft')

  // A draft with open warnings: no correction or void (the payer has nothing), a withdrawal.
  const toolbar = page.getByRole('toolbar', { name: 'Claim actions' })
  await expect(toolbar.getByRole('button', { name: 'Withdraw…' })).toBeVisible()
  await expect(toolbar.getByRole('button', { name: 'Correct…' })).toHaveCount(0)
  await expect(toolbar.getByRole('button', { name: 'Void…' })).toHaveCount(0)
  await expect(toolbar.getByRole('button', { name: 'Queue for the next batch' })).toHaveCount(0)

  const findings = page.getByRole('list', { name: 'Scrubber findings' })
  const drugs = findings.getByRole('listitem').filter({ hasText: 'has no NDC' })
  await expect(drugs).toHaveCount(2)
  await drugs.nth(0).getByRole('button', { name: 'Acknowledge' }).click()
  await expect(drugs.nth(0)).toContainText('Acknowledged by')
  await expect(drugs.nth(1).getByRole('button', { name: 'Acknowledge' })).toBeVisible()
  await shot(page, 'claim-detail-draft')

  const all = toolbar.getByRole('button', { name: /^Acknowledge all/ })
  await expect(all).toHaveCount(0) // one warning left: its own button is enough
  await drugs.nth(1).getByRole('button', { name: 'Acknowledge' }).click()
  await expect(page.getByTestId('claim-status').first()).toHaveText('ready')
  await expect(toolbar.getByRole('button', { name: 'Queue for the next batch' })).toBeVisible()

  // The list: payer claim number, paid, balance and age; the total counts money once.
  await page.goto(`${app.url}#/claims`)
  await expect(page.getByTestId('claim-totals')).toContainText('1 claim · $230.00 charged')
  await expect(page.getByTestId('claim-balance').first()).toHaveText('$230.00')
  await shot(page, 'claims-list')

  // The audit log says what happened in words, with the claim's own number.
  await page.goto(`${app.url}#/audit`)
  await expect(
    page
      .getByTestId('audit-action')
      .filter({ hasText: `Viewed claim ${claim.patientControlNumber}` })
      .first(),
  ).toBeVisible()
  await expect(page.getByTestId('audit-patient').filter({ hasText: /\S/ }).first()).toBeVisible()
  await shot(page, 'audit-log')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  expect((await download).suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/)
})
