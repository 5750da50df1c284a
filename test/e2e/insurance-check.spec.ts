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

test('an insurance check is posted from a paper EOB, what it does not apply stays unapplied, and a check typed wrong is voided', async ({
  page,
  app,
}) => {
  test.skip(!hasSharedData(CARC), 'the shared CARC list is not here')
  await page.setViewportSize({ width: 1366, height: 768 })
  await openNewPractice(page, app.entryUrl)
  await importCarcs(page)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  const made = await submitClaim(page, await addCodedVisit(page, office, office.patientId))
  const payer = (await call(page, 'payers.list', {})).find((p) => p.id === office.payerId)!

  await page.goto(`${app.url}#/remits`)
  await page.getByRole('tab', { name: 'Insurance check / EOB' }).click()
  await page.getByRole('combobox', { name: 'Payer', exact: true }).click()
  await page.getByRole('option', { name: payer.record.name }).click()
  await page.getByLabel('Check number').fill('55501')
  await page.getByLabel('Check amount').fill('100.00')
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await page.getByRole('button', { name: 'Add to EOB' }).click()

  // The EOB: $80.00 paid, $45.00 contractual (CO-45).
  await page.getByTestId('c0-l1-paid').fill('80.00')
  await expect(page.getByTestId('c0-l1-gap')).toContainText('$45.00 not explained')
  await page.getByRole('button', { name: '+ Adjustment' }).click()
  await expect(page.getByTestId('c0-l1-adj-amount')).toHaveValue('45.00')
  const carc = page.getByRole('combobox', { name: 'Line 1 adjustment reason (CARC)' })
  await carc.fill('45')
  await page.getByRole('option', { name: /^45/ }).first().click()
  await expect(page.getByText(/CO-45: Charge exceeds/)).toBeVisible()
  await expect(page.getByText('Balances', { exact: true })).toBeVisible()
  await expect(page.getByTestId('check-unapplied')).toHaveText('$20.00')
  await shoot(page, 'insurance-check-entry')

  await page.getByTestId('check-post').click()
  await expect(page.getByTestId('check-notice')).toContainText(
    'Applied $80.00 of $100.00; $20.00 is still unapplied',
  )
  await expect(page.getByTestId('check-unapplied')).toHaveText('$20.00')
  await shoot(page, 'insurance-check-posted')
  expect(await call(page, 'claims.amounts', { claimId: made.claimId })).toMatchObject({
    insurancePaidCents: 8000,
    contractualCents: 4500,
    balanceCents: 0,
    carcs: ['CO-45'],
  })
  const open = await call(page, 'checks.list', { open: true })
  expect(open.rows.map((c) => [c.checkNumber, c.unappliedCents])).toEqual([['55501', 2000]])
  // Main refuses a reason code that is not on the imported CARC list.
  await expect(
    call(page, 'checks.post', {
      paymentId: open.rows[0]!.paymentId,
      claims: [
        {
          claimId: made.claimId,
          lines: [
            {
              lineNo: 1,
              paidCents: 0,
              adjustments: [{ group: 'CO', reason: 'ZZ9', amountCents: 12500 }],
              remarks: [],
            },
          ],
        },
      ],
    }),
  ).rejects.toThrow('ZZ9 is not on the imported CARC list')
  // Typed on the wrong claim: the check is voided from its screen, and the claim is owed again.
  await page.getByRole('button', { name: 'Void check…' }).click()
  const dialog = page.getByRole('dialog', { name: /Void check 55501 from/ })
  await dialog.getByLabel('Reason').fill('EOB typed on the wrong claim')
  await shoot(page, 'insurance-check-void')
  await dialog.getByRole('button', { name: 'Void check' }).click()
  await expect(page.getByTestId('check-notice')).toContainText(
    /^Check 55501 from .+ voided: 2 ledger lines reversed on 1 claim, owed by the payer again\.$/,
  )
  expect(await call(page, 'claims.amounts', { claimId: made.claimId })).toMatchObject({
    status: 'adjudicated',
    insurancePaidCents: 0,
    balanceCents: 12500,
  })
  expect((await call(page, 'checks.list', { open: false })).rows).toEqual([])
})
