import { expect, test } from './fixtures'
import { addCodedVisit, addOffice, call, openNewPractice, shoot } from './support'

test("opens on today's work for a biller, each count a link to where it is worked", async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  const billed = await addCodedVisit(page, office, office.patientId)
  await addCodedVisit(page, office, office.patientId, [
    { code: '99213', units: 1, chargeCents: 12500, pointers: [1] },
  ])
  await call(page, 'claims.create', { visitId: billed })

  await page.goto(app.url)
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible()
  const attention = page.getByRole('region', { name: 'Needs attention' })
  await expect(attention.getByTestId('attention-ready')).toContainText('1Claims ready to send')
  await expect(attention.getByTestId('attention-unbilled')).toContainText(
    '1Visits coded, not billed',
  )
  await expect(attention.getByTestId('attention-clear')).toContainText('rejected claims to fix')
  // The key figures come from the reports, with the 90 days before beside each.
  await expect(page.getByLabel('Key figures')).toContainText('Days in A/R')
  await expect(page.getByLabel('Key figures')).toContainText('the 90 days before')
  await shoot(page, 'dashboard')

  await attention.getByRole('link', { name: 'Claims ready to send: 1' }).click()
  await expect(page).toHaveURL(/#\/claims\/outbox$/)
})
