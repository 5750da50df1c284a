import { readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DB_FILE, KEYRING_FILE } from './data-folder'

/**
 * Work files a killed backup, restore or atomic write leaves beside the store
 * (`.claimdesk.db.<hex>.snapshot`, `.claimdesk.db.<hex>.restore` and their `.tmp` siblings,
 * `.claimdesk.keyring.<hex>.tmp`…), and the key-check folders in TMPDIR. A snapshot holds the
 * whole (encrypted) practice; none of them is ever needed again. Only files untouched for a while
 * are removed, so a backup or restore running right now in another window keeps its work files.
 */
const WORK_FILE = new RegExp(
  `^\\.+(${escape(DB_FILE)}|${escape(KEYRING_FILE)})\\.[0-9a-f]{12}\\.(snapshot|restore|tmp)` +
    `(\\.[0-9a-f]{12}\\.tmp)?(-wal|-shm|-journal)?$`,
)
const KEYCHECK = /^claimdesk-keycheck-/
export const LEFTOVER_AGE_MS = 10 * 60_000
const KEYCHECK_AGE_MS = 60_000

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Removes stale leftovers; returns the paths removed. Never throws: it is housekeeping. */
export function removeLeftovers(dataDir: string, now = Date.now()): string[] {
  const removed: string[] = []
  const sweep = (dir: string, match: RegExp, ageMs: number) => {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return
    }
    for (const name of names) {
      if (!match.test(name)) continue
      const path = join(dir, name)
      try {
        if (now - statSync(path).mtimeMs < ageMs) continue
        rmSync(path, { recursive: true, force: true })
        removed.push(path)
      } catch {
        // Gone already, or not ours to remove.
      }
    }
  }
  sweep(dataDir, WORK_FILE, LEFTOVER_AGE_MS)
  sweep(tmpdir(), KEYCHECK, KEYCHECK_AGE_MS)
  return removed
}
