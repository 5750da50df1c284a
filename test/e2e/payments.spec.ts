import { expect, test } from './fixtures'
import { addCodedVisit, addOffice, call, openNewPractice, registerPatient } from './support'

test('posts a cash payment to a self-pay visit and the patient ledger balance drops', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openNewPractice(page, app.entryUrl)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  const patientId = await registerPatient(page, 'Selfpay', null)
  const visitId = await addCodedVisit(page, office, patientId)
  // Billing a self-pay visit posts its charge to the patient's ledger.
  await call(page, 'claims.create', { visitId })

  await page.goto(`${app.url}#/payments`)
  await expect(page.getByRole('heading', { name: 'Payments', level: 2 })).toBeVisible()
  await page.getByLabel('Patient').fill('Selfpay')
  await page.getByRole('button', { name: 'Choose' }).click()
  await expect(page.getByTestId('paying-patient')).toHaveText('Selfpay, Marisol')
  await expect(page.getByText('Patient owes $125.00')).toBeVisible()
  await page.getByLabel('Amount').fill('50.00')
  await page.getByLabel('Method').selectOption('cash')
  await page.getByText('Chosen visits', { exact: true }).click()
  await page.screenshot({ path: '/tmp/payments-form.png' })
  await page.getByText('Oldest balances first', { exact: true }).click()
  await page.getByRole('button', { name: 'Post payment' }).click()
  await expect(page.getByTestId('payments-notice')).toContainText('$50.00 applied')
  await expect(page.getByTestId('payments-notice')).toContainText('Patient now owes $75.00')
  const today = page.getByRole('table', { name: 'Today’s payments' })
  await expect(today).toContainText('Selfpay, Marisol')
  await expect(today).toContainText('$50.00')
  await expect(page.getByTestId('undeposited-total')).toHaveText('$50.00')
  await page.screenshot({ path: '/tmp/payments-screen.png' })

  await page.goto(`${app.url}#/patients/${patientId}?tab=ledger`)
  await expect(page.getByTestId('ledger-patient-balance')).toHaveText('Patient owes $75.00')
  await expect(page.getByTestId('patient-balance')).toHaveText('Patient balance $75.00')
  await expect(page.getByTestId('insurance-balance')).toHaveText('Insurance $0.00')
  const lines = page.getByRole('table', { name: 'Ledger lines' })
  await expect(lines.getByRole('row')).toHaveCount(3)
  await expect(lines.getByRole('row').last()).toContainText('$75.00')
  await page.screenshot({ path: '/tmp/payments-ledger.png' })

  // A small-balance write-off from the ledger tab.
  await page.getByRole('button', { name: 'Write off' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Amount').fill('5.00')
  await dialog.getByLabel('Reason').fill('small balance policy')
  await dialog.getByRole('button', { name: 'Write off' }).click()
  await expect(page.getByTestId('ledger-patient-balance')).toHaveText('Patient owes $70.00')
  await expect(page.getByTestId('patient-balance')).toHaveText('Patient balance $70.00')

  // The deposit slip: one cash payment.
  await page.goto(`${app.url}#/payments`)
  await page.getByRole('button', { name: 'Deposit 1 payment' }).click()
  await expect(page.getByRole('table', { name: 'Deposits' })).toContainText('$50.00')
})
