import { resolve } from 'node:path'
import { expect, test } from './fixtures'
import { openNewPractice } from './support'

const FIXTURES = resolve(import.meta.dirname, '../fixtures/codes')

test('shows the loaded code sets and imports a CMS file all or nothing, once', async ({
  page,
  app,
}) => {
  await openNewPractice(page, app.entryUrl)
  await page.goto(`${app.url}#/codes`)
  const sets = page.getByTestId('code-sets')
  await expect(sets).toContainText('starter list')
  await expect(sets).toContainText('ICD-10-CM')

  const file = page.getByLabel('File')
  const result = page.getByTestId('code-import-result')
  await file.setInputFiles(resolve(FIXTURES, 'icd10cm-order-malformed.txt'))
  await page.getByLabel('Effective date').fill('10/01/2026')
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(result).toContainText('Nothing was imported')
  await expect(result).toContainText(/Line 2/)

  // A short list over the starter list would end most of its codes: asked, then confirmed.
  await file.setInputFiles(resolve(FIXTURES, 'icd10cm-order-valid.txt'))
  await page.getByRole('button', { name: 'Import' }).click()
  await expect(result).toContainText('This file would end many codes')
  await page.getByRole('button', { name: /^End [\d,]+ codes and import$/ }).click()
  await expect(result).not.toContainText('Nothing was imported')
  await expect(sets).toContainText('icd10cm-order-valid.txt')

  await page.getByRole('button', { name: 'Import' }).click()
  await expect(result).toContainText(/already imported/i)
})
