import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base } from '@playwright/test'

const ROOT = resolve(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')

export interface ServedApp {
  /** Where the server listens (no token). */
  url: string
  /** The link printed at start-up, carrying the token. */
  entryUrl: string
  token: string
  dataDir: string
}

/** Each test gets its own practice folder and its own `claimdesk serve`. */
export const test = base.extend<{ app: ServedApp }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'claimdesk-e2e-'))
    const child = spawn(TSX, [CLI, '--data', dataDir, 'serve'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      const entryUrl = await waitForEntryUrl(child)
      const url = new URL(entryUrl)
      await use({
        url: `${url.origin}/`,
        entryUrl,
        token: url.searchParams.get('token')!,
        dataDir,
      })
    } finally {
      child.kill('SIGTERM')
      rmSync(dataDir, { recursive: true, force: true })
    }
  },
})

function waitForEntryUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(
      () => reject(new Error(`serve did not start:\n${out}\n${err}`)),
      30_000,
    )
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolvePromise(m[1]!)
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`serve exited (${code}):\n${out}\n${err}`)))
  })
}

export { expect } from '@playwright/test'
