import { expect, test } from './fixtures'
import { addCodedVisit, addOffice, call, openNewPractice, registerPatient } from './support'

const SHOTS = process.env.STATEMENT_SHOTS ?? '/tmp'

test('previews a statement run, prints it with progress, and hands the PDF to the print dialog', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  // The print dialog is the desktop shell's (window.shell from the preload); here a stub at that
  // boundary records what it was given.
  await page.addInitScript(() => {
    const w = window as unknown as { shell: unknown; printed: { size: number; head: string }[] }
    w.printed = []
    w.shell = {
      printPdf: (pdf: Uint8Array) => {
        w.printed.push({ size: pdf.length, head: String.fromCharCode(...pdf.subarray(0, 5)) })
        return Promise.resolve(true)
      },
    }
  })
  await openNewPractice(page, app.entryUrl)
  const office = await addOffice(page, { fees: [['99213', 12500]] })
  // Three self-pay visits, billed: $125.00 each on three guarantors' statements.
  for (const name of ['Statementone', 'Statementtwo', 'Statementthree']) {
    const patientId = await registerPatient(page, name, null)
    await call(page, 'claims.create', { visitId: await addCodedVisit(page, office, patientId) })
  }

  await page.goto(`${app.url}#/statements`)
  await page.getByRole('button', { name: 'Preview' }).click()
  const table = page.getByTestId('statements-preview')
  await expect(table).toContainText('Marisol Statementone')
  await expect(page.getByTestId('statements-total')).toHaveText('$375.00')

  // Hold the first progress poll to see the screen while the run is under way.
  let release: () => void = () => undefined
  const held = new Promise<void>((r) => (release = r))
  let holding = true
  await page.route('**/api/call', async (route) => {
    if (holding && (route.request().postData() ?? '').includes('statements.runStatus')) {
      holding = false
      await held
    }
    await route.continue()
  })
  await page.getByRole('button', { name: 'Print', exact: true }).click()
  const progress = page.getByTestId('statements-progress')
  await expect(progress).toContainText('of 3')
  await expect(progress.getByRole('button', { name: 'Cancel run' })).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/statements-running.png` })
  release()

  await expect(page.getByTestId('statements-done')).toContainText(
    'Printed 3 statements ($375.00 due)',
  )
  await expect(progress).toBeHidden()
  const printed = await page.evaluate(
    () => (window as unknown as { printed: { size: number; head: string }[] }).printed,
  )
  expect(printed).toHaveLength(1)
  expect(printed[0]!.head).toBe('%PDF-')
  expect(printed[0]!.size).toBeGreaterThan(2000)
  await page.screenshot({ path: `${SHOTS}/statements-done.png` })

  // Marked sent: a second preview skips them as billed today.
  await page.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByText('Billed 0 days ago').first()).toBeVisible()
})
