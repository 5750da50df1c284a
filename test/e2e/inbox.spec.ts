import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { answer277ca } from '../support/clearinghouse-simulator'
import { expect, test } from './fixtures'
import { addCodedVisit, addOffice, call, openNewPractice, shoot } from './support'

test('imports a 277CA with a rejection in the Inbox, finds the claim in Rejections, fixes and resends it', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  const office = await addOffice(page, {
    fees: [['99213', 12500]],
    requiresPriorAuthorization: false,
  })
  const visitId = await addCodedVisit(page, office, office.patientId)
  const claim = (await call(page, 'claims.create', { visitId })).claims[0]!
  await call(page, 'claims.queue', { claimIds: [claim.claimId] })
  const batch = await call(page, 'claims.batch', {})
  const sent = await call(page, 'claims.batchFile', { batchId: batch.batchId })
  await call(page, 'claims.batchExported', { batchId: batch.batchId, file: sent.fileName })

  // What the clearinghouse sends back: the payer rejects the claim for the billing NPI.
  const path = join(app.dataDir, 'download-0001.txt')
  writeFileSync(
    path,
    answer277ca(sent.content, { reject: { [claim.patientControlNumber]: 'A7:562:85' } }),
  )

  await page.goto(`${app.url}#/inbox`)
  await expect(page.getByRole('heading', { name: 'Inbox', level: 2 })).toBeVisible()
  await page.getByLabel('Files', { exact: true }).setInputFiles(path)
  await page.getByRole('button', { name: 'Import' }).click()
  const imported = page.getByRole('status', { name: 'Imported' })
  await expect(imported).toContainText(
    'download-0001.txt: 277CA — 277CA: 0 claims accepted into adjudication, 1 rejected to the rejections list.',
  )
  const files = page.getByRole('table', { name: 'Inbound files' })
  await expect(files.getByRole('row')).toHaveCount(2)
  await expect(files).toContainText('277CA')
  await expect(files).toContainText('processed')
  await shoot(page, 'inbox')

  // Opening the file shows the answer per claim and the file itself.
  await files.getByRole('link', { name: 'download-0001.txt' }).click()
  const answers = page.getByRole('table', { name: 'Answers per claim' })
  await expect(answers).toContainText(claim.patientControlNumber)
  await expect(answers).toContainText(
    "Rejected for Invalid Information: Entity's National Provider Identifier (NPI) (billing provider)",
  )
  await expect(page.getByText(/^ISA\*00\*/)).toBeVisible()

  // The claim waits on the rejections list with the reason.
  await page.goto(`${app.url}#/claims`)
  await page.getByRole('tab', { name: 'Rejections' }).click()
  const rejected = page.getByRole('table', { name: 'Rejected claims' })
  await expect(rejected).toContainText(claim.patientControlNumber)
  await expect(rejected).toContainText("277CA: Rejected for Invalid Information: Entity's National")
  await shoot(page, 'claims-rejections')

  await rejected
    .getByRole('button', { name: `Fix and resend ${claim.patientControlNumber}` })
    .click()
  await expect(
    page.getByText(
      `Claim ${claim.patientControlNumber} is scrubbed clean and in the outbox: it goes in the next batch.`,
    ),
  ).toBeVisible()
  await expect(page.getByText('No rejected claim is waiting.')).toBeVisible()
  expect((await call(page, 'claims.get', { claimId: claim.claimId })).status).toBe('queued')

  // Its screen keeps the answer in the acknowledgments timeline.
  await page.goto(`${app.url}#/claims/${claim.claimId}`)
  const acks = page.getByRole('table', { name: 'Acknowledgments' })
  await expect(acks).toContainText('277CA')
  await expect(acks).toContainText('rejected')
})
