import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { ADMIN } from './practice'

const ROOT = resolve(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const CLI = join(ROOT, 'src', 'main', 'cli.ts')

/** Runs the real CLI against a data folder, as a person at a terminal would. */
export function runCli(
  data: string,
  args: string[],
  env: Record<string, string> = {},
): { code: number | null; out: string; err: string } {
  const r = spawnSync(TSX, [CLI, '--data', data, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** The first administrator's sign-in, as the CLI reads it from the environment. */
export const ADMIN_ENV = { CLAIMDESK_USER: ADMIN.username, CLAIMDESK_PASSWORD: ADMIN.password }
