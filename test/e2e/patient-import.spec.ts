import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { addPayers, AETNA, MEDICARE, openNewPractice, searchNames } from './support'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/e2e/${name}`, import.meta.url))
const LAST_NAMES = ['Quillfeather', 'Brightwater', 'Oakhurst', 'Pemberton', 'Ravensworth']

async function foundByLastName(page: Page): Promise<string[]> {
  const found: string[] = []
  for (const last of LAST_NAMES) found.push(...(await searchNames(page, last)))
  return found
}

test('a file with two bad rows shows both problems, imports nothing, and the fixed file imports every row', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  await addPayers(page, [AETNA, MEDICARE])
  // An administrator opens on Today; the front desk's first screen is Patients.
  await page.goto(`${app.url}#/patients`)
  await page.reload()

  await page.getByRole('button', { name: 'Import CSV' }).click()
  await page.getByLabel('CSV file').setInputFiles(fixture('patients-bad.csv'))

  await expect(page.getByTestId('import-row-count')).toContainText('5 rows')
  // Main's guess at the columns, shown for the person to check.
  const patientColumns = page.getByRole('group', { name: 'Patient' })
  await expect(patientColumns.getByLabel('Last name')).toHaveValue('Last Name')
  await expect(patientColumns.getByLabel('Date of birth')).toHaveValue('DOB')
  const primaryColumns = page.getByRole('group', { name: 'Primary coverage' })
  await expect(primaryColumns.getByLabel('Payer')).toHaveValue('Insurance')
  await expect(primaryColumns.getByLabel('Member ID')).toHaveValue('Member ID')

  const problems = page.getByTestId('import-problems').getByRole('row')
  await expect(problems).toHaveCount(3) // the header and one row per problem
  await expect(problems.nth(1)).toContainText('3')
  await expect(problems.nth(1)).toContainText('DOB')
  await expect(problems.nth(1)).toContainText('1980-02-30 is not a real date')
  await expect(problems.nth(2)).toContainText('6')
  await expect(problems.nth(2)).toContainText('Insurance')
  await expect(problems.nth(2)).toContainText('no payer called "Cigna"')
  await expect(page.getByRole('button', { name: 'Import 5 patients' })).toBeDisabled()
  expect(await foundByLastName(page)).toEqual([])

  // Changing the mapping asks main again: without a date of birth column nothing can be read.
  await patientColumns.getByLabel('Date of birth').selectOption('')
  await expect(page.getByTestId('import-problems')).toContainText(
    'No column holds the date of birth',
  )
  await patientColumns.getByLabel('Date of birth').selectOption('DOB')
  await expect(problems).toHaveCount(3)

  await page.getByLabel('CSV file').setInputFiles(fixture('patients-fixed.csv'))
  await expect(page.getByTestId('import-problems')).toHaveCount(0)
  await expect(page.getByTestId('import-preview').getByRole('row')).toHaveCount(6)
  expect(await foundByLastName(page)).toEqual([])

  await page.getByRole('button', { name: 'Import 5 patients' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved 5 patients' })).toBeVisible()
  await expect(page.getByTestId('result-count')).toHaveText('5 most recently changed patients')
  expect((await foundByLastName(page)).sort()).toEqual([
    'Brightwater, Ben',
    'Oakhurst, Clara',
    'Pemberton, Dev',
    'Quillfeather, Ada',
    'Ravensworth, Elena',
  ])

  // The list finds them too, with the payer from the file.
  await page.getByLabel('Find a patient').fill('ravens')
  await expect(page.getByTestId('result-count')).toHaveText('1 found')
  await expect(page.getByRole('option', { name: /Ravensworth, Elena/ })).toContainText('Aetna')
})
