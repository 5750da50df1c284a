import { expect, test } from './fixtures'
import { addCodedVisit, addOffice, call, openNewPractice, registerPatient } from './support'

const SHOTS = process.env.PLAN_SHOTS ?? '/tmp'

test('sets up a payment plan from the patient screen and sees its schedule', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openNewPractice(page, app.entryUrl)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  const patientId = await registerPatient(page, 'Planpatient', null)
  const visitId = await addCodedVisit(page, office, patientId)
  // Billing a self-pay visit puts its $125.00 on the patient's ledger.
  await call(page, 'claims.create', { visitId })

  await page.goto(`${app.url}#/patients/${patientId}?tab=plans`)
  await page.getByRole('button', { name: 'Set up a payment plan' }).click()
  const form = page.getByRole('form', { name: 'New payment plan' })
  await form.getByLabel('Down payment (due today)').fill('25.00')
  await form.getByLabel('Each installment').fill('30.00')
  const year = new Date().getFullYear() + 1
  await form.getByLabel('First installment due').fill(`${year}-01-31`)

  // The schedule shows before anything is saved: $25 down, then $30, $30, $30, $10.
  const preview = page.getByRole('table', { name: 'Schedule preview' })
  await expect(preview.getByRole('row')).toHaveCount(6)
  await expect(preview).toContainText(`02/28/${year}`)
  await expect(preview.getByRole('row').last()).toContainText('$10.00')
  await expect(page.getByTestId('plan-preview')).toContainText('covers $125.00 in 5 payments')
  await page.screenshot({ path: `${SHOTS}/plans-form.png` })
  await form.getByRole('button', { name: 'Start plan' }).click()

  const installments = page.getByRole('table', { name: 'Installments' })
  await expect(installments.getByRole('row')).toHaveCount(6)
  await expect(installments.getByRole('row').nth(1)).toContainText('Next due')
  await expect(page.getByTestId('plan-state')).toHaveText('On track')
  await page.screenshot({ path: `${SHOTS}/plans-patient.png` })

  // The down payment, taken at the desk, pays the first item.
  await call(page, 'payments.collect', { patientId, amountCents: 2500, method: 'cash' })
  await page.reload()
  await expect(installments.getByRole('row').nth(1)).toContainText('Paid')
  // The chart's header says so on every tab.
  await expect(page.getByTestId('patient-plan')).toHaveText('On a payment plan')
  await page.getByRole('tab', { name: 'Ledger' }).click()
  await expect(page.getByTestId('ledger-plan-notice')).toContainText('$100.00 left of $125.00')
  await page.screenshot({ path: `${SHOTS}/plans-ledger.png` })

  await page.goto(`${app.url}#/plans`)
  const list = page.getByRole('table', { name: 'Payment plans' })
  await expect(list).toContainText('Marisol Planpatient')
  await expect(list).toContainText('$100.00')
  await page.screenshot({ path: `${SHOTS}/plans-list.png` })

  await list.getByRole('link', { name: 'Marisol Planpatient' }).click()
  await page.getByRole('button', { name: 'End plan…' }).click()
  await page.getByLabel('Why does the plan end?').fill('Patient paid the rest by card')
  await page.getByRole('button', { name: 'End plan', exact: true }).click()
  await expect(page.getByText('Payment plan ended: Patient paid the rest by card')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Set up a payment plan' })).toBeVisible()
})
