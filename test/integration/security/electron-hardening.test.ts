import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { appPageUrl, isAppPage, isDevelopmentBuild } from '../../../src/main/shell-policy'

const ROOT = resolve(import.meta.dirname, '../../..')
const MAIN = '/opt/ClaimDesk/resources/app.asar/out/main'
const PAGE = pathToFileURL('/opt/ClaimDesk/resources/app.asar/out/renderer/index.html').href

describe('Electron shell hardening', () => {
  it('ignores ELECTRON_RENDERER_URL in a packaged or production build', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://127.0.0.1:6666/' }
    expect(appPageUrl(true, MAIN, env)).toBe(PAGE)
    expect(appPageUrl(false, MAIN, { ...env, NODE_ENV: 'production' })).toBe(PAGE)
    expect(appPageUrl(false, MAIN, env)).toBe('http://127.0.0.1:6666/')
  })

  it('has DevTools only in development builds', () => {
    expect(isDevelopmentBuild(true, {})).toBe(false)
    expect(isDevelopmentBuild(false, { NODE_ENV: 'production' })).toBe(false)
    expect(isDevelopmentBuild(false, {})).toBe(true)
    const window = readFileSync(resolve(ROOT, 'src/main/window.ts'), 'utf8')
    expect(window).toMatch(/devTools: isDevelopmentBuild\(app\.isPackaged\)/)
  })

  it('accepts IPC only from the exact app page, not any file:// page', () => {
    expect(isAppPage(PAGE, PAGE)).toBe(true)
    expect(isAppPage(`${PAGE}#/patients/3`, PAGE)).toBe(true)
    expect(isAppPage('file:///tmp/evil.html', PAGE)).toBe(false)
    expect(isAppPage(`${PAGE}/../../evil.html`, PAGE)).toBe(false)
    expect(isAppPage(`${PAGE}?x=1`, PAGE)).toBe(false)
    expect(isAppPage('http://localhost:5173/evil.html', 'http://localhost:5173/')).toBe(false)
    expect(isAppPage('not a url', PAGE)).toBe(false)
    const ipc = readFileSync(resolve(ROOT, 'src/main/ipc.ts'), 'utf8')
    expect(ipc).not.toContain("startsWith('file://')")
    expect(ipc).toContain('isAppPage(')
  })

  it('plans the fuses in the build config', () => {
    const config = readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')
    expect(config).toMatch(/runAsNode: false/)
    expect(config).toMatch(/enableCookieEncryption: true/)
    expect(config).toMatch(/enableEmbeddedAsarIntegrityValidation: true/)
    expect(config).toMatch(/onlyLoadAppFromAsar: true/)
  })
})
