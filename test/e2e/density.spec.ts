import { expect, test } from './fixtures'
import { AETNA, addPayers, call, openNewPractice, registerPatient } from './support'

test('the chart header shows insurance, both balances and a credit on every tab', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  const [aetna] = await addPayers(page, [AETNA])
  const patientId = await registerPatient(page, 'Headerton', aetna!)
  // Money taken with nothing to pay stays on the account as credit.
  await call(page, 'payments.collect', {
    patientId,
    amountCents: 4000,
    method: 'cash',
    apply: 'credit',
  })
  await page.setViewportSize({ width: 1366, height: 768 })
  for (const tab of ['demographics', 'insurance', 'ledger']) {
    await page.goto(`${app.url}#/patients/${patientId}?tab=${tab}`)
    const header = page.getByTestId('patient-header')
    await expect(header).toContainText('Aetna · W123456789')
    await expect(header.getByTestId('insurance-balance')).toHaveText('Insurance $0.00')
    await expect(header.getByTestId('patient-balance')).toHaveText('Credit $40.00')
  }
  await page.screenshot({ path: '/tmp/shots/density-header-credit.png' })
})

test("a code's charge is typed in its row: Enter saves it and keeps the expected allowed amounts", async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  const [aetna] = await addPayers(page, [AETNA])
  await call(page, 'fees.save', {
    code: '99213',
    chargeCents: 12500,
    expectedAllowed: [{ payerId: aetna!, allowedCents: 9000 }],
  })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(`${app.url}#/practice?tab=fees`)
  const charge = page.getByLabel('Charge for 99213')
  await expect(charge).toHaveValue('125.00')
  await charge.fill('140')
  await charge.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Saved 99213: $140.00.' })).toBeVisible()
  await expect(charge).toHaveValue('140.00')
  const [fee] = await call(page, 'fees.list', {})
  expect(fee!.chargeCents).toBe(14000)
  expect(fee!.expectedAllowed).toEqual([{ payerId: aetna!, allowedCents: 9000 }])

  // Esc puts a half-typed charge back; nothing is saved.
  await charge.fill('1')
  await charge.press('Escape')
  await expect(charge).toHaveValue('140.00')
  await page.screenshot({ path: '/tmp/shots/density-fee-inline.png' })
})
