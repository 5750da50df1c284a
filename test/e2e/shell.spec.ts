import { expect, test } from './fixtures'

test('opens the app and shows the version from app.info', async ({ page, app }) => {
  await page.goto(app.entryUrl)
  await expect(page.getByTestId('app-title')).toHaveText('ClaimDesk')
  const version = await page.evaluate(async () => {
    const r = await window.api['app.info']({})
    return r.ok ? r.value.version : null
  })
  expect(version).toMatch(/^\d+\.\d+\.\d+/)
  // A new data folder has no practice yet: the first screen sets one up.
  await expect(page.getByRole('heading', { name: /set up/i })).toBeVisible()
  await expect(page.getByTestId('status-version')).toContainText(version!)
})

test('refuses an API call with a bad token, and a page load without one', async ({
  page,
  app,
  request,
}) => {
  const bad = await request.post(`${app.url}api/call`, {
    headers: { 'x-claimdesk-token': 'f'.repeat(64), 'content-type': 'application/json' },
    data: { op: 'app.info', input: {} },
  })
  expect(bad.status()).toBe(401)

  const noToken = await page.goto(app.url)
  expect(noToken?.status()).toBe(401)
  await expect(page.locator('body')).toContainText('Open ClaimDesk with the link')
})
