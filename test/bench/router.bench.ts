import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openOffice } from '../../src/main/api'
import { Session } from '../../src/main/api/session'

/** What the router itself costs per call (parse, access check, handler, output check). */
export async function run(report: (name: string, value: number, unit: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'))
  try {
    const { router } = openOffice(dir)
    const session = new Session('cli')
    for (let i = 0; i < 2_000; i++) await router.call('app.info', {}, session)
    const n = 20_000
    const start = process.hrtime.bigint()
    for (let i = 0; i < n; i++) await router.call('app.info', {}, session)
    const us = Number(process.hrtime.bigint() - start) / 1_000 / n
    report('router.call_us', us, 'us')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
