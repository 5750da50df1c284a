import { claimOf, write835 } from '../support/era835'
import { hasSharedData } from '../support/shared-data'
import { expect, test } from './fixtures'
import {
  addCodedVisit,
  addOffice,
  call,
  CARC,
  importCarcs,
  openNewPractice,
  shoot,
  submitClaim,
} from './support'

test('a denial posted from an 835 is worked from Follow-up to a corrected claim', async ({
  page,
  app,
}) => {
  test.skip(!hasSharedData(CARC), 'the shared CARC list is not here')
  await page.setViewportSize({ width: 1366, height: 768 })
  await openNewPractice(page, app.entryUrl)
  await importCarcs(page)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  const made = await submitClaim(page, await addCodedVisit(page, office, office.patientId))

  // The payer denies the claim: CLP02 4, CO-50 on its only line, posted through era.import.
  const claim = await call(page, 'claims.get', { claimId: made.claimId })
  const era = claimOf(
    claim.patientControlNumber,
    '4',
    claim.lines.map((l) => ({
      code: l.code,
      modifiers: l.modifiers,
      chargeCents: l.chargeCents,
      paidCents: 0,
      adjustments: [{ group: 'CO', reason: '50', amountCents: l.chargeCents }],
      lineControlNumber: l.lineControlNumber,
      date: claim.dateOfService,
    })),
    'PAYER0001',
  )
  const posted = await call(page, 'era.import', {
    fileName: 'denial.835',
    content: write835({ trace: 'E2EDENY1', claims: [era] }),
  })
  expect(posted.status).toBe('processed')

  await page.goto(`${app.url}#/followup`)
  await expect(page.getByRole('heading', { name: 'Follow-up', level: 2 })).toBeVisible()
  const queue = page.getByTestId('followup-queue')
  await expect(queue).toContainText(claim.patientControlNumber)
  await expect(queue).toContainText('Denied')
  await expect(queue).toContainText('$125.00')
  await queue.getByRole('button', { name: claim.patientControlNumber }).click()
  const panel = page.getByTestId('followup-panel')
  await expect(panel).toContainText('CO-50')
  await expect(panel).toContainText(/medical necessity|not deemed/i)

  await panel.getByLabel('Owner').fill('biller.one')
  await panel.getByRole('button', { name: 'Assign' }).click()
  await expect(page.getByTestId('followup-notice')).toHaveText('Assigned to biller.one.')
  await panel
    .getByLabel('Add a note')
    .fill('Records show medical necessity; correcting the diagnosis')
  await panel.getByRole('button', { name: 'Add note' }).click()
  await expect(panel).toContainText('Records show medical necessity; correcting the diagnosis')
  await page.evaluate(() => window.scrollTo(0, 0))
  await shoot(page, 'followup')
  await page.screenshot({ path: '/tmp/followup-1366.png' })

  await panel.getByLabel('Why (kept with the action)').fill('Diagnosis pointer fixed')
  await panel.getByRole('button', { name: 'Correct and resend' }).click()
  await expect(page.getByTestId('followup-notice')).toContainText('(frequency 7) made')
  await expect(page.getByText('Nothing to follow up', { exact: false })).toBeVisible()
  const corrected = await call(page, 'claims.list', { limit: 10 })
  const replacement = corrected.rows.find((r) => r.frequency === '7')
  expect(replacement).toBeDefined()
  expect((await call(page, 'claims.get', { claimId: made.claimId })).status).toBe('corrected')
})
