import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { addCodedVisit, addOffice, call, openNewPractice, shoot } from './support'

test("prints a paper-only payer's claims from the print queue and marks them mailed", async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  // The patient's only plan becomes a workers' comp carrier that takes paper claims only.
  await call(page, 'payers.save', {
    id: office.payerId,
    record: {
      name: "Prairie Workers' Comp (FAKE)",
      clearinghousePayerId: 'FAKEWC1',
      claimFilingIndicator: 'WC',
      acceptsElectronicClaims: false,
      claimsAddress: { street1: 'PO Box 4400', city: 'Springfield', state: 'IL', zip: '62704' },
    },
  })
  const visitId = await addCodedVisit(page, office, office.patientId)
  const made = await call(page, 'claims.create', { visitId })
  const claim = made.claims[0]!
  await call(page, 'claims.queue', { claimIds: [claim.claimId] })

  await page.goto(`${app.url}#/claims/paper`)
  const table = page.getByRole('table', { name: 'Paper claims to print' })
  const row = table.getByRole('row', { name: new RegExp(claim.patientControlNumber) })
  await expect(row).toContainText('$125.00')
  await expect(row).toContainText(
    "Prairie Workers' Comp (FAKE), PO Box 4400, Springfield, IL 62704",
  )
  await shoot(page, 'claims-print-queue')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Print CMS-1500s' }).click(),
  ])
  const saved = join(app.dataDir, download.suggestedFilename())
  await download.saveAs(saved)
  expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-')
  await expect(page.locator('.mantine-Alert-root[role=status]')).toContainText(
    'Print them, then mark them mailed',
  )
  // Printing alone leaves the claim queued: a jammed printer loses nothing.
  await expect(row).toBeVisible()

  await page.getByRole('button', { name: 'Mark mailed' }).click()
  await expect(page.locator('.mantine-Alert-root[role=status]')).toContainText(
    '1 claim is now submitted (mailed).',
  )
  await expect(page.getByText('No paper claim is waiting.')).toBeVisible()
  const after = await call(page, 'claims.get', { claimId: claim.claimId })
  expect(after.status).toBe('submitted')
})
