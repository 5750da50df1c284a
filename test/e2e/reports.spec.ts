import { expect, test } from './fixtures'
import { addCodedVisit, addOffice, call, openNewPractice, shoot } from './support'

test('the aging shows a billed visit under its payer and drills down to its claim', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  const visitId = await addCodedVisit(page, office, office.patientId)
  const claim = (await call(page, 'claims.create', { visitId })).claims[0]!

  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(`${app.url}#/reports`)
  const table = page.getByRole('table').first()
  const row = table.getByRole('row', { name: /Aetna/ })
  await expect(row).toContainText('$125.00')
  await expect(table.getByRole('row', { name: /^Total/ })).toContainText('$125.00')
  await shoot(page, 'reports-aging')

  await row.getByRole('button', { name: '$125.00' }).first().click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(claim.patientControlNumber)
  await page.keyboard.press('Escape')

  await page.getByRole('tab', { name: 'KPIs' }).click()
  await expect(page.getByText('Days in A/R')).toBeVisible()
  await expect(page.getByText(/average daily net charges/)).toBeVisible()
})
