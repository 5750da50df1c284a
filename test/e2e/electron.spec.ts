import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * The Electron binary, if `npm ci` could download it. Read from electron's path.txt rather than
 * `require('electron')`, which would try to download it again.
 */
function electronBinary(): string | null {
  const pkg = join(ROOT, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const SKIP_REASON =
  'Electron binary not installed on this machine (its download is not reachable here); this test runs wherever `npm ci` could fetch it.'
if (!binary) console.warn(`[electron.spec] skipped: ${SKIP_REASON}`)

test.skip(!binary, SKIP_REASON)

test('the desktop window is sandboxed, isolated and opens no other windows', async () => {
  const app = await electron.launch({
    executablePath: binary!,
    args: [ROOT, '--no-sandbox'],
    env: { ...process.env, CLAIMDESK_DATA: resolve(ROOT, 'test-results', 'electron-data') },
  })
  try {
    const page = await app.firstWindow()
    await expect(page.getByTestId('app-title')).toHaveText('ClaimDesk')
    // getLastWebPreferences is Electron's own (untyped) way to read back what a window runs with.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const win = BrowserWindow.getAllWindows()[0]!
      type Prefs = Record<string, unknown>
      const p = (
        win.webContents as unknown as { getLastWebPreferences(): Prefs }
      ).getLastWebPreferences()
      return {
        contextIsolation: p.contextIsolation,
        sandbox: p.sandbox,
        nodeIntegration: p.nodeIntegration,
        webviewTag: p.webviewTag,
      }
    })
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    })
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    )
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    )
    expect(await page.evaluate(() => Object.keys(window.api).includes('app.info'))).toBe(true)
    // The shell's print dialog is offered to the page, and takes PDFs only.
    expect(await page.evaluate(() => typeof window.shell?.printPdf)).toBe('function')
    expect(await page.evaluate(() => window.shell!.printPdf(new Uint8Array([1, 2, 3])))).toBe(false)
    await page.evaluate(() => window.open('https://example.com'))
    expect(app.windows()).toHaveLength(1)
  } finally {
    await app.close()
  }
})
