import { formatDate } from '../../src/shared/usFormat'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { ServiceLineInput } from '../../src/shared/schemas/visit'
import { expect, test } from './fixtures'
import {
  addCodedVisit,
  addOffice,
  call,
  LAST_WEEK,
  openNewPractice,
  registerPatient,
  shoot,
} from './support'

interface BillingPractice {
  patientId: number
  visitId: number
}

interface PracticeOptions {
  /** The payer requires a prior authorization number the visit does not have. */
  requiresPriorAuthorization?: boolean
  lines?: ServiceLineInput[]
  /** Adds a patient with no insurance and a coded visit: billed as self-pay, no claim. */
  selfPayVisit?: boolean
}

/** A new practice ready to bill: its office (see addOffice) and a coded visit for the patient. */
async function openBillingPractice(
  page: Page,
  entryUrl: string,
  options: PracticeOptions = {},
): Promise<BillingPractice> {
  await openNewPractice(page, entryUrl)
  const office = await addOffice(page, {
    fees: [
      ['99213', 12500],
      ['20610', 21000],
    ],
    requiresPriorAuthorization: options.requiresPriorAuthorization ?? false,
  })
  const visitId = await addCodedVisit(page, office, office.patientId, options.lines)
  if (options.selfPayVisit) {
    await addCodedVisit(page, office, await registerPatient(page, 'Selfpay', null), options.lines)
  }
  return { patientId: office.patientId, visitId }
}

/** The one claim main has for the practice (as the list answers it). */
async function onlyClaim(page: Page) {
  const listed = await call(page, 'claims.list', {})
  expect(listed.count).toBe(1)
  return listed.rows[0]!
}

test('bills a coded visit, queues its claim, makes a batch and saves the 837 file to disk', async ({
  page,
  app,
}) => {
  await openBillingPractice(page, app.entryUrl, { selfPayVisit: true })
  await page.goto(`${app.url}#/claims`)
  await expect(page.getByRole('heading', { name: 'Claims', level: 2 })).toBeVisible()
  await expect(page.getByTestId('claim-totals')).toContainText('0 claims')

  // Alt+C bills every coded visit: one claim, and the uninsured visit is skipped as self-pay.
  await page.keyboard.press('Alt+C')
  const report = page.getByTestId('billing-report')
  await expect(report).toContainText('Made 1 claim from 1 visit; skipped 1 self-pay visit.')
  await expect(report).toContainText('Self-pay — Selfpay, Marisol')
  await expect(report).toContainText('No insurance was active')

  const claim = await onlyClaim(page)
  const list = page.getByRole('listbox', { name: 'Claims' })
  const row = list.getByRole('option', { name: new RegExp(claim.patientControlNumber) })
  await expect(row).toContainText('Quintero, Marisol')
  await expect(row).toContainText('Aetna')
  await expect(row).toContainText(formatDate(LAST_WEEK))
  await expect(row).toContainText('$125.00')
  await expect(row).toContainText('ready')
  await expect(page.getByTestId('claim-totals')).toContainText('1 claim · $125.00')
  await shoot(page, 'claims')

  // The outbox: tick the ready claim with Space, queue it, then write the batch.
  await page.getByRole('tab', { name: 'Outbox' }).click()
  const ready = page.getByRole('listbox', { name: 'Ready claims' })
  await expect(ready.getByRole('option')).toHaveCount(1)
  await ready.focus()
  await page.keyboard.press('Space')
  await expect(ready.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
  await shoot(page, 'claims-outbox')
  await page.getByRole('button', { name: /^Queue 1/ }).click()
  await expect(page.getByText('Queued 1 claim ($125.00) for the next batch.')).toBeVisible()
  const queued = page.getByRole('listbox', { name: 'Queued claims' })
  await expect(queued.getByRole('option')).toHaveCount(1)
  await expect(queued.getByRole('option').first()).toContainText('queued')

  await page.getByRole('button', { name: 'Create batch' }).click()
  const made = page.getByRole('region', { name: 'Batch made' })
  await expect(made.getByTestId('batch-claim-count')).toHaveText('1')
  await expect(made.getByTestId('batch-total')).toHaveText('$125.00')
  const fileName = (await made.getByTestId('batch-file-name').textContent()) ?? ''
  expect(fileName).toMatch(/^CD\d{8}-\d{9}\.837$/)
  await expect(queued.getByRole('option')).toHaveCount(0)
  await shoot(page, 'claims-batch')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    made.getByRole('button', { name: 'Save 837 file' }).click(),
  ])
  expect(download.suggestedFilename()).toBe(fileName)
  const saved = join(app.dataDir, fileName)
  await download.saveAs(saved)
  const x12 = readFileSync(saved, 'utf8')
  expect(x12.startsWith('ISA*')).toBe(true)
  expect(x12).toContain('CLM*')
  expect(x12).toContain(claim.patientControlNumber)

  // The batch is listed, and the claim says where it went.
  await page.getByRole('tab', { name: 'Batches' }).click()
  await expect(
    page.getByRole('row', { name: new RegExp(fileName.replace('.', '\\.')) }),
  ).toBeVisible()
  await page.goto(`${app.url}#/claims/${claim.claimId}`)
  await expect(page.getByTestId('claim-number')).toHaveText(claim.patientControlNumber)
  await expect(page.getByTestId('claim-status').first()).toHaveText('submitted')
  await expect(page.getByTestId('claim-batch-file')).toHaveText(fileName)
  const timeline = page.getByRole('table', { name: 'Claim history' })
  await expect(timeline.getByRole('row', { name: /queued → submitted/ })).toContainText(fileName)
  await shoot(page, 'claim-submitted')

  // The same claim on a CMS-1500, as a PDF named by its claim number.
  await page.keyboard.press('Alt+P')
  const print = page.getByRole('dialog', { name: 'Print CMS-1500 (02/12)' })
  await expect(print.getByRole('button', { name: 'Make the PDF' })).toBeFocused()
  await page.waitForTimeout(300) // the dialog's fade-in, for the picture
  await shoot(page, 'claim-print')
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  expect(pdf.suggestedFilename()).toBe(`cms1500-${claim.patientControlNumber}.pdf`)
  const pdfPath = join(app.dataDir, pdf.suggestedFilename())
  await pdf.saveAs(pdfPath)
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  await expect(print).toBeHidden()
  await expect(page.getByTestId('claim-notice')).toContainText('Made cms1500-')
})

test('a scrubber error holds the claim back, and its link opens the visit at the field to fix', async ({
  page,
  app,
}) => {
  const { visitId } = await openBillingPractice(page, app.entryUrl, {
    requiresPriorAuthorization: true,
    // An E/M with a joint injection and no modifier 25: a warning to acknowledge.
    lines: [
      { code: '99213', units: 1, chargeCents: 12500, pointers: [1] },
      { code: '20610', units: 1, chargeCents: 21000, pointers: [2] },
    ],
  })
  await page.goto(`${app.url}#/claims`)
  await page.getByRole('button', { name: 'Create claims from coded visits' }).click()
  await expect(page.getByTestId('billing-report')).toContainText('Made 1 claim from 1 visit.')
  const claim = await onlyClaim(page)
  const row = page.getByRole('option', { name: new RegExp(claim.patientControlNumber) })
  await expect(row).toContainText('draft')
  await expect(row.getByTestId('finding-count')).toContainText('1 error')
  await expect(row.getByTestId('finding-count')).toContainText('1 warning')

  // The outbox offers nothing to queue and says why.
  await page.getByRole('tab', { name: 'Outbox' }).click()
  await expect(page.getByRole('listbox', { name: 'Ready claims' }).getByRole('option')).toHaveCount(
    0,
  )
  await expect(page.getByRole('link', { name: '1 draft claim needs work first' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Queue/ })).toBeDisabled()

  // Enter on the list opens the claim: it cannot be queued, and main refuses if asked anyway.
  await page.getByRole('link', { name: '1 draft claim needs work first' }).click()
  await expect(page).toHaveURL(/#\/claims\/list\?status=draft$/)
  await expect(page.getByRole('listbox', { name: 'Claims' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/claims/${claim.claimId}$`))
  // Only the moves its state allows are offered: a draft is not queued, the line above says why.
  await expect(page.getByRole('button', { name: 'Queue for the next batch' })).toHaveCount(0)
  await expect(page.getByTestId('claim-held')).toContainText(
    'Held back by 1 error and 1 unacknowledged warning',
  )
  const refused = await page.evaluate(async (claimId) => {
    const r = await window.api['claims.queue']({ claimIds: [claimId] })
    return r.ok ? 'queued' : r.error.message
  }, claim.claimId)
  expect(refused).toContain('Nothing was queued')

  const findings = page.getByRole('list', { name: 'Scrubber findings' })
  const error = findings.getByRole('listitem').filter({ hasText: 'requires prior authorization' })
  await expect(error).toHaveAttribute('data-severity', 'error')
  await expect(error).toContainText(
    "Aetna requires prior authorization — enter the authorization number from the payer's approval on the visit",
  )

  // The warning is acknowledged with the biller's name; the error still holds the claim.
  const warning = findings.getByRole('listitem').filter({ hasText: 'modifier 25' })
  await warning.getByRole('button', { name: 'Acknowledge' }).click()
  await expect(warning).toContainText('Acknowledged by biller')
  await expect(page.getByTestId('claim-held')).toHaveText(/Held back by 1 error:/)

  // A line finding shows its line on this screen.
  await warning.getByRole('link', { name: 'Show line 1 →' }).click()
  await expect(page.getByRole('row', { name: 'Line 1' })).toBeFocused()
  await shoot(page, 'claim-findings')

  // The error's link opens the visit on the coding screen, naming the field to fix.
  const link = error.getByRole('link', { name: 'Fix on the visit →' })
  await expect(link).toHaveAttribute('href', `#/coding/${visitId}?focus=priorAuthorization`)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`#/coding/${visitId}\\?focus=priorAuthorization$`))
  await expect(page.getByRole('heading', { name: `Visit #${visitId}` })).toBeVisible()
  await expect(page.getByLabel('Prior authorization')).toBeVisible()
})

test('the finding link puts the cursor on the prior authorization field, and the fix saved there readies the claim', async ({
  page,
  app,
}) => {
  const { visitId } = await openBillingPractice(page, app.entryUrl, {
    requiresPriorAuthorization: true,
  })
  const made = (await call(page, 'claims.create', { visitId })).claims[0]!
  await page.goto(`${app.url}#/claims/${made.claimId}`)
  await expect(page.getByTestId('claim-status').first()).toHaveText('draft')
  await page.getByRole('link', { name: 'Fix on the visit →' }).click()
  await expect(page.getByRole('heading', { name: `Visit #${visitId}` })).toBeVisible()
  const auth = page.getByLabel('Prior authorization')
  await expect(auth).toBeFocused({ timeout: 3000 })

  // Billed: the codes and lines are the claim's now, the header can still be fixed.
  await expect(page.getByTestId('visit-status')).toHaveText('Billed')
  await expect(page.getByTestId('billed-note')).toContainText(
    'codes and lines now live on the claim',
  )
  await expect(page.getByRole('combobox', { name: 'Add diagnosis' })).toHaveCount(0)
  await expect(page.getByLabel('Line 1 units')).toBeDisabled()
  await expect(page.getByLabel('Date of service')).toBeDisabled()
  await shoot(page, 'coding-billed-focus')

  await page.keyboard.type('PA-778812')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('coding-notice')).toHaveText(
    "Saved. The visit's unsent claims were scrubbed again.",
  )
  await expect(page.getByTestId('visit-status')).toHaveText('Billed')

  // Back on the claim: main scrubbed it again with the number, and it is ready to queue.
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`#/claims/${made.claimId}$`))
  await expect(page.getByTestId('claim-status').first()).toHaveText('ready')
  await expect(
    page.getByRole('list', { name: 'Scrubber findings' }).getByText('requires prior authorization'),
  ).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Queue for the next batch' })).toBeEnabled()
})

test('withdraws a claim not yet sent with a reason, and the history keeps who and why', async ({
  page,
  app,
}) => {
  const { visitId } = await openBillingPractice(page, app.entryUrl)
  const made = (await call(page, 'claims.create', { visitId })).claims[0]!
  await page.goto(`${app.url}#/claims/${made.claimId}`)
  await expect(page.getByTestId('claim-status').first()).toHaveText('ready')

  // Alt+V asks why; Esc closes without a change.
  await page.keyboard.press('Alt+V')
  const dialog = page.getByRole('dialog', { name: 'Withdraw the claim' })
  await expect(dialog.getByLabel('Why')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The reason is required by the same rule main applies.
  await page.keyboard.press('Alt+V')
  await expect(dialog.getByLabel('Why')).toBeFocused()
  await page.keyboard.press('Control+Enter')
  await expect(dialog.getByText('Say why, in a few words: the history keeps it')).toBeVisible()
  await page.keyboard.type('Billed to the wrong payer')
  await page.waitForTimeout(300) // the dialog's fade-in, for the picture
  await shoot(page, 'claim-void')
  await page.keyboard.press('Control+Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('claim-status').first()).toHaveText('voided')
  await expect(
    page.getByRole('table', { name: 'Claim history' }).getByRole('row', { name: /ready → voided/ }),
  ).toContainText('Withdrawn before the payer had it: Billed to the wrong payer')
  await expect(page.getByRole('button', { name: 'Void…' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Withdraw…' })).toHaveCount(0)
})
