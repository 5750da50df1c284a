import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { claimOf, write835 } from '../support/era835'
import { expect, test } from './fixtures'
import { addCodedVisit, addOffice, call, LAST_WEEK, openNewPractice, shoot } from './support'

test('previews and posts an 835 on the Remittances screen, then the patient ledger shows what the patient owes', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openNewPractice(page, app.entryUrl)
  const office = await addOffice(page, {
    fees: [['99213', 12500]],
    requiresPriorAuthorization: false,
  })
  const visitId = await addCodedVisit(page, office, office.patientId)
  const made = (await call(page, 'claims.create', { visitId })).claims[0]!
  await call(page, 'claims.queue', { claimIds: [made.claimId] })
  const batch = await call(page, 'claims.batch', {})
  await call(page, 'claims.batchExported', { batchId: batch.batchId, file: batch.fileName })
  const claim = await call(page, 'claims.get', { claimId: made.claimId })

  // The payer's answer: $80.00 paid, $25.00 contractual (CO-45), $20.00 coinsurance (PR-2).
  const line = claim.lines[0]!
  const path = join(app.dataDir, 'era-0001.835')
  writeFileSync(
    path,
    write835({
      trace: 'EFT7700001',
      paymentDate: new Date().toISOString().slice(0, 10),
      claims: [
        claimOf(made.patientControlNumber, '1', [
          {
            code: line.code,
            modifiers: line.modifiers,
            chargeCents: line.chargeCents,
            paidCents: 8000,
            adjustments: [
              { group: 'CO', reason: '45', amountCents: 2500 },
              { group: 'PR', reason: '2', amountCents: 2000 },
            ],
            lineControlNumber: line.lineControlNumber,
            date: LAST_WEEK,
          },
        ]),
      ],
    }),
  )

  await page.goto(`${app.url}#/remits`)
  await expect(page.getByRole('heading', { name: 'Remittances', level: 2 })).toBeVisible()
  await page.getByLabel('835 file').setInputFiles(path)
  const outcome = page.getByTestId('era-outcome')
  await expect(outcome).toContainText('Would post')
  await expect(page.getByTestId('remit-preview')).toContainText(made.patientControlNumber)
  // Nothing is posted by the preview.
  expect((await call(page, 'claims.amounts', { claimId: made.claimId })).insurancePaidCents).toBe(0)
  await page.getByTestId('era-post').click()
  await expect(outcome).toContainText('Posted 1 payment ($80.00) for 1 claim')
  await shoot(page, 'era-remittances')

  const amounts = await call(page, 'claims.amounts', { claimId: made.claimId })
  expect(amounts).toMatchObject({
    insurancePaidCents: 8000,
    contractualCents: 2500,
    patientResponsibilityCents: 2000,
    balanceCents: 0,
  })

  // The patient's Ledger tab: charge, payment, adjustment, and the $20.00 the patient owes.
  await page.goto(`${app.url}#/patients/${office.patientId}?tab=ledger`)
  await expect(page.getByRole('tab', { name: 'Ledger' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('ledger-patient-balance')).toHaveText('Patient owes $20.00')
  await expect(page.getByTestId('patient-balance')).toHaveText('Patient balance $20.00')
  const lines = page.getByRole('table', { name: 'Ledger lines' })
  await expect(lines).toContainText('$80.00')
  await expect(lines).toContainText('$20.00')
  await expect(lines).toContainText(/Insurance payment — 835 file #\d+ \(.+\.835\), claim \d+-/)
  await shoot(page, 'era-ledger')

  // The same file again is refused: posting twice never doubles a cent.
  await page.goto(`${app.url}#/remits`)
  await page.getByLabel('835 file').setInputFiles(path)
  await expect(page.getByTestId('era-outcome')).toContainText('already imported')
})
