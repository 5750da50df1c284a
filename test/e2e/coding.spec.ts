import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addOffice, call, openNewPractice, shoot, type Office } from './support'

/**
 * A new practice signed in as its administrator, with what a visit is coded against: one
 * provider, one office, a payer, a patient insured by it, and charges for a few codes.
 */
async function openCodingPractice(page: Page, entryUrl: string): Promise<Office> {
  await openNewPractice(page, entryUrl)
  return addOffice(page, {
    fees: [
      ['99213', 12500],
      ['99214', 18000],
      ['36415', 1800],
    ],
  })
}

/** An ICD-10-CM order file line in the CMS fixed-width layout (code 7–13, flag 15, text 17/78). */
function orderLine(order: number, code: string, billable: boolean, text: string): string {
  return `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${billable ? 1 : 0} ${text.slice(0, 60).padEnd(60)} ${text}`
}

/** A small FY2027 order file: the E11.6 category with its billable codes, and I10. */
const ORDER_FILE = [
  orderLine(4167, 'E11', false, 'Type 2 diabetes mellitus'),
  orderLine(4264, 'E116', false, 'Type 2 diabetes mellitus with other specified complications'),
  orderLine(4268, 'E1162', false, 'Type 2 diabetes mellitus with skin complications'),
  orderLine(4269, 'E11620', true, 'Type 2 diabetes mellitus with diabetic dermatitis'),
  orderLine(4270, 'E11621', true, 'Type 2 diabetes mellitus with foot ulcer'),
  orderLine(4271, 'E11622', true, 'Type 2 diabetes mellitus with other skin ulcer'),
  orderLine(4272, 'E11628', true, 'Type 2 diabetes mellitus with other skin complications'),
  orderLine(4279, 'E1165', true, 'Type 2 diabetes mellitus with hyperglycemia'),
  orderLine(4280, 'E1169', true, 'Type 2 diabetes mellitus with other specified complication'),
  orderLine(4281, 'E119', true, 'Type 2 diabetes mellitus without complications'),
  orderLine(11097, 'I10', true, 'Essential (primary) hypertension'),
].join('\r\n')

async function typeAndPick(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

test('codes a visit with two diagnoses and two service lines from the keyboard alone, marks it coded, and lists it with its total', async ({
  page,
  app,
}) => {
  await openCodingPractice(page, app.entryUrl)
  await page.goto(`${app.url}#/coding`)
  await expect(page.getByRole('heading', { name: 'Coding' })).toBeVisible()

  // Alt+N starts a visit; the patient is picked by type-ahead.
  await page.keyboard.press('Alt+N')
  const form = page.getByRole('form', { name: 'Visit coding' })
  const patient = form.getByRole('combobox', { name: 'Patient' })
  await expect(patient).toBeFocused()
  await typeAndPick(page, 'quin')
  await expect(patient).toHaveValue(/Quintero, Marisol/)
  // One provider and one office: filled in, with the office's place of service.
  await expect(form.getByLabel('Rendering provider')).toHaveValue(/\d+/)
  await expect(form.getByLabel('Place of service')).toHaveValue('11')

  // Diagnoses by code and by words; Enter picks the first match as it arrives.
  await page.keyboard.press('Alt+D')
  await expect(form.getByRole('combobox', { name: 'Add diagnosis' })).toBeFocused()
  await typeAndPick(page, 'e119')
  await typeAndPick(page, 'essential hypert')
  const rows = form.getByRole('list', { name: 'Diagnoses, primary first' }).getByRole('listitem')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(0)).toContainText('E11.9')
  await expect(rows.nth(1)).toContainText('I10')

  // Hypertension is what the visit was for: Alt+↑ makes it primary (A).
  await page.keyboard.press('Shift+Tab')
  await expect(rows.nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Alt+ArrowUp')
  await expect(rows.nth(0)).toContainText('I10')
  await expect(rows.nth(0)).toContainText('Primary')
  await expect(rows.nth(1)).toContainText('E11.9')

  // Lines: the charge comes from the fee schedule; Tab walks units, charge and pointers.
  await page.keyboard.press('Alt+L')
  await typeAndPick(page, '99213')
  const line1 = form.getByRole('group', { name: 'Line 1' })
  await expect(line1.getByLabel('Line 1 modifiers')).toBeFocused()
  await expect(line1.getByLabel('Line 1 charge')).toHaveValue('125.00')
  await page.keyboard.press('Tab') // units
  await page.keyboard.press('Tab') // charge
  await page.keyboard.press('Tab') // pointers
  await page.keyboard.type('ab')
  await expect(line1.getByLabel('Line 1 diagnosis pointers')).toHaveValue('AB')
  await page.keyboard.press('Tab')
  await expect(form.getByRole('combobox', { name: 'Add service line' })).toBeFocused()
  await typeAndPick(page, '36415')
  const line2 = form.getByRole('group', { name: 'Line 2' })
  await expect(line2.getByLabel('Line 2 modifiers')).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.type('20')
  await page.keyboard.press('Tab')
  await page.keyboard.type('b')
  await expect(page.getByTestId('visit-total')).toHaveText('Total $145.00')
  // Alt+↑ moves the line up, the cursor staying in its box; Alt+↓ puts it back.
  await page.keyboard.press('Alt+ArrowUp')
  await expect(line1.getByLabel('Line 1 code')).toHaveValue('36415')
  await expect(line1.getByLabel('Line 1 diagnosis pointers')).toBeFocused()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(line1.getByLabel('Line 1 code')).toHaveValue('99213')
  await expect(line2.getByLabel('Line 2 diagnosis pointers')).toBeFocused()
  await shoot(page, 'coding')

  // Ctrl+Enter saves and asks main to mark it coded.
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('visit-status')).toHaveText('Coded')
  await expect(page).toHaveURL(/#\/coding\/\d+$/)
  await shoot(page, 'coding-coded')

  const visitId = Number(/#\/coding\/(\d+)$/.exec(page.url())?.[1])
  const saved = await call(page, 'visits.get', { visitId })
  expect(saved.status).toBe('coded')
  expect(saved.visit.diagnoses).toEqual(['I10', 'E119'])
  expect(saved.visit.lines.map((l) => [l.code, l.units, l.chargeCents, l.pointers])).toEqual([
    ['99213', 1, 12500, [1, 2]],
    ['36415', 1, 2000, [2]],
  ])

  await page.goto(`${app.url}#/coding`)
  const row = page.getByRole('row', { name: /Quintero, Marisol/ })
  await expect(row).toContainText('coded')
  await expect(row).toContainText('I10, E11.9')
  await expect(row).toContainText('99213, 36415')
  await expect(row).toContainText('$145.00')
  await expect(row).toContainText('Okafor, Adaeze MD')
  await shoot(page, 'coding-list')

  // Enter opens it again, coded; a change sends it back to draft once saved.
  await expect(row).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('visit-status')).toHaveText('Coded')
  await expect(form.getByRole('listitem').filter({ hasText: 'I10' })).toContainText(
    'Essential (primary) hypertension',
  )
  await expect(form.getByRole('combobox', { name: 'Add diagnosis' })).toBeFocused()
  await typeAndPick(page, 'e785')
  await expect(page.getByText('Changed — saving puts it back to draft')).toBeVisible()
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('visit-status')).toHaveText('Draft')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('visit-status')).toHaveText('Coded')
})

test('Enter on a category header opens the billable codes under it to choose from, adds the one picked, and codes the visit', async ({
  page,
  app,
}) => {
  const { patientId } = await openCodingPractice(page, app.entryUrl)
  const imported = await call(page, 'codes.import', {
    fileName: 'icd10cm-order-2027.txt',
    kind: 'icd10cm-order',
    effective: '2026-10-01',
    contentBase64: Buffer.from(ORDER_FILE).toString('base64'),
    // A short test list: it would end most of the starter list, which is asked before it is done.
    allowShrink: true,
  })
  expect(imported.outcome).toBe('imported')

  await page.goto(`${app.url}#/coding/new?patient=${patientId}`)
  const form = page.getByRole('form', { name: 'Visit coding' })
  await expect(form.getByRole('combobox', { name: 'Patient' })).toHaveValue(/Quintero, Marisol/)
  await expect(form.getByLabel('Date of service')).toBeFocused()
  await page.keyboard.type('11022026')
  await expect(form.getByLabel('Date of service')).toHaveValue('11/02/2026')

  // E11.6 is a header: Enter lists the codes under it and adds nothing yet.
  await page.keyboard.press('Alt+D')
  await typeAndPick(page, 'e116')
  const children = form.getByRole('listbox', { name: 'Billable codes under E11.6' })
  await expect(children).toBeFocused()
  for (const code of ['E11.620', 'E11.621', 'E11.622', 'E11.628', 'E11.65', 'E11.69']) {
    await expect(
      children.getByRole('option', { name: new RegExp(code.replace('.', '\\.')) }),
    ).toBeVisible()
  }
  const rows = form.getByRole('list', { name: 'Diagnoses, primary first' }).getByRole('listitem')
  await expect(rows).toHaveCount(0)
  await shoot(page, 'coding-header')

  await moveTo(page, children, 'E11.621')
  await page.keyboard.press('Enter')
  await expect(rows.nth(0)).toContainText('E11.621')
  await expect(rows.nth(0)).toContainText('foot ulcer')
  await expect(children).toHaveCount(0)
  await expect(form.getByRole('combobox', { name: 'Add diagnosis' })).toBeFocused()

  // E11.62 typed in full and Enter: its codes to choose from, never E11.620 silently; Esc adds none.
  await typeAndPick(page, 'E11.62')
  const under62 = form.getByRole('listbox', { name: 'Billable codes under E11.62' })
  await expect(under62).toBeFocused()
  await expect(under62.getByRole('option')).toHaveCount(4)
  await page.keyboard.press('Escape')
  await expect(under62).toHaveCount(0)
  await expect(rows).toHaveCount(1)

  await page.keyboard.press('Alt+L')
  await typeAndPick(page, '99214')
  await expect(page.getByTestId('visit-total')).toHaveText('Total $180.00')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByTestId('visit-status')).toHaveText('Coded')
  const listed = await call(page, 'visits.list', { patientId })
  expect(listed.map((v) => [v.status, v.diagnoses, v.codes, v.totalCents])).toEqual([
    ['coded', ['E11621'], ['99214'], 18000],
  ])
})

/** Arrow down the pick list until the option holding `text` is the active one. */
async function moveTo(page: Page, list: Locator, text: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const active = list.locator('[aria-selected="true"]')
    if (((await active.textContent()) ?? '').includes(text)) return
    await page.keyboard.press('ArrowDown')
  }
  await expect(list.locator('[aria-selected="true"]')).toContainText(text)
}

test('keeps starred codes one keystroke away, asks for a drug line’s NDC, and points out a pointer to a missing diagnosis', async ({
  page,
  app,
}) => {
  const { patientId } = await openCodingPractice(page, app.entryUrl)
  await call(page, 'fees.save', { code: 'J3420', chargeCents: 3000 })
  await page.goto(`${app.url}#/coding/new?patient=${patientId}`)
  const form = page.getByRole('form', { name: 'Visit coding' })
  await expect(form.getByLabel('Date of service')).toBeFocused()
  const favorites = page.getByRole('list', { name: 'Favorite codes' })

  // Star the diagnosis (Alt+F on its row) and the drug line (Alt+F in the line).
  await page.keyboard.press('Alt+D')
  await typeAndPick(page, 'diab foot ulc')
  const rows = form.getByRole('list', { name: 'Diagnoses, primary first' }).getByRole('listitem')
  await expect(rows.nth(0)).toContainText('E11.621')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Alt+F')
  await expect(favorites.getByRole('listitem')).toHaveCount(1)
  await expect(favorites).toContainText('Alt+1')
  await expect(favorites).toContainText('E11.621')

  await page.keyboard.press('Alt+L')
  await typeAndPick(page, 'j3420')
  const line1 = form.getByRole('group', { name: 'Line 1' })
  await expect(line1.getByLabel('Line 1 charge')).toHaveValue('30.00')
  await page.keyboard.press('Alt+F')
  await expect(favorites.getByRole('listitem')).toHaveCount(2)
  await expect(favorites.getByRole('listitem').nth(1)).toContainText('J3420')

  // Two units of the drug: the charge follows the fee schedule. Its NDC, quantity and unit follow.
  await page.keyboard.press('Tab')
  await page.keyboard.type('2')
  await expect(line1.getByLabel('Line 1 charge')).toHaveValue('60.00')
  await page.keyboard.press('Tab') // charge
  await page.keyboard.press('Tab') // pointers
  await page.keyboard.press('Tab')
  await expect(line1.getByLabel('Line 1 NDC', { exact: true })).toBeFocused()
  await page.keyboard.type('00409-4888-02')
  await page.keyboard.press('Tab')
  await page.keyboard.type('1')
  await page.keyboard.press('Tab')
  await page.keyboard.type('U')
  await expect(line1.getByLabel('Line 1 NDC unit')).toHaveValue('UN')

  // Take both off, then Alt+1 and Alt+2 put them back.
  await page.keyboard.press('Alt+Delete')
  await expect(form.getByRole('group', { name: 'Line 1' })).toHaveCount(0)
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await expect(rows.nth(0)).toBeFocused()
  await page.keyboard.press('Delete')
  await expect(rows).toHaveCount(0)
  await page.keyboard.press('Alt+1')
  await page.keyboard.press('Alt+2')
  await expect(rows.nth(0)).toContainText('E11.621')
  await expect(line1.getByLabel('Line 1 code')).toHaveValue('J3420')
  await expect(page.getByTestId('visit-total')).toHaveText('Total $30.00')

  // A pointer to a diagnosis the visit does not have is refused beside it, before main is asked.
  await expect(line1.getByLabel('Line 1 modifiers')).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.type('c')
  await page.keyboard.press('Control+s')
  const pointers = line1.getByLabel('Line 1 diagnosis pointers')
  await expect(pointers).toBeFocused()
  await expect(pointers).toHaveAccessibleDescription(
    'Line 1 points at diagnosis C, which is not on the visit',
  )
  await expect(page.getByTestId('visit-status')).toHaveText('New — not saved')
  await shoot(page, 'coding-favorites')

  await page.keyboard.type('a')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('visit-status')).toHaveText('Draft')
  await expect(page.getByTestId('coding-notice')).toHaveText('Draft saved.')
})
