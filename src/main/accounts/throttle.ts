import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../store/atomic-file'

/**
 * Slows down password guessing: after 5 wrong passwords in a row for a user name, each further
 * try must wait twice as long as the one before (2 s, 4 s, … up to 15 min). Recovery-key tries
 * share one counter whatever user name they give, so changing the name does not reset it.
 *
 * The counters live in a small file in the data folder, outside the encrypted store (which is
 * closed while nobody is signed in), so the desktop app, the web server and every CLI run share
 * them. The same file holds failed sign-ins typed while the store was closed, until the store
 * opens and they go into the audit log. It holds user names as typed, never passwords.
 */
export const FREE_ATTEMPTS = 5
const MAX_WAIT_MS = 15 * 60_000
export const ATTEMPTS_FILE = 'claimdesk.attempts'
/** Failed sign-ins kept for the audit log while the store is closed; the oldest go first. */
const MAX_PENDING = 1000
/** Counters kept; the oldest failure goes first (a flood of made-up names cannot grow it). */
const MAX_COUNTERS = 1000
export const RECOVERY_KEY = 'recovery-key'

interface Counter {
  failures: number
  lastFailure: number
}

export interface PendingAudit {
  action: string
  username: string
  at: string
  detail: Record<string, unknown>
}

interface AttemptsFile {
  counters: Record<string, Counter>
  pending: PendingAudit[]
  /** Pending entries dropped because the list was full: said in the audit log too. */
  dropped: number
}

export class LoginThrottle {
  /** Without a folder (tests of the rule alone) the counters stay in memory. */
  private memory: AttemptsFile = empty()

  constructor(private readonly dataDir: string | null = null) {}

  private get path(): string | null {
    return this.dataDir === null ? null : join(this.dataDir, ATTEMPTS_FILE)
  }

  private load(): AttemptsFile {
    const path = this.path
    if (path === null) return this.memory
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<AttemptsFile>
      return {
        counters: parsed.counters && typeof parsed.counters === 'object' ? parsed.counters : {},
        pending: Array.isArray(parsed.pending) ? parsed.pending : [],
        dropped: typeof parsed.dropped === 'number' ? parsed.dropped : 0,
      }
    } catch {
      // Missing or damaged: start again (a damaged file must not lock everybody out).
      return empty()
    }
  }

  private save(file: AttemptsFile): void {
    const path = this.path
    if (path === null) {
      this.memory = file
      return
    }
    const names = Object.keys(file.counters)
    if (names.length > MAX_COUNTERS) {
      names
        .sort((a, b) => file.counters[a]!.lastFailure - file.counters[b]!.lastFailure)
        .slice(0, names.length - MAX_COUNTERS)
        .forEach((n) => delete file.counters[n])
    }
    const empty = names.length === 0 && file.pending.length === 0 && file.dropped === 0
    if (empty && !this.exists()) return
    mkdirSync(this.dataDir!, { recursive: true, mode: 0o700 })
    writeFileAtomic(path, Buffer.from(JSON.stringify(file)))
  }

  private exists(): boolean {
    try {
      readFileSync(this.path!)
      return true
    } catch {
      return false
    }
  }

  /** Milliseconds this user must still wait before another try, or 0. */
  waitFor(username: string, now = Date.now()): number {
    const r = this.load().counters[key(username)]
    if (!r || r.failures < FREE_ATTEMPTS) return 0
    const wait = Math.min(MAX_WAIT_MS, 1000 * 2 ** (r.failures - FREE_ATTEMPTS + 1))
    return Math.max(0, r.lastFailure + wait - now)
  }

  failed(username: string, now = Date.now()): number {
    const file = this.load()
    const r = file.counters[key(username)] ?? { failures: 0, lastFailure: 0 }
    r.failures += 1
    r.lastFailure = now
    file.counters[key(username)] = r
    this.save(file)
    return r.failures
  }

  succeeded(username: string): void {
    const file = this.load()
    if (!(key(username) in file.counters)) return
    delete file.counters[key(username)]
    this.save(file)
  }

  /** Keeps a failed sign-in for the audit log until the store opens. */
  pend(entry: PendingAudit): void {
    const file = this.load()
    file.pending.push(entry)
    if (file.pending.length > MAX_PENDING) {
      file.dropped += file.pending.length - MAX_PENDING
      file.pending.splice(0, file.pending.length - MAX_PENDING)
    }
    this.save(file)
  }

  /** The failed sign-ins waiting for the audit log, removed from the file. */
  takePending(): { pending: PendingAudit[]; dropped: number } {
    const file = this.load()
    if (file.pending.length === 0 && file.dropped === 0) return { pending: [], dropped: 0 }
    const taken = { pending: file.pending, dropped: file.dropped }
    this.save({ ...file, pending: [], dropped: 0 })
    return taken
  }
}

function empty(): AttemptsFile {
  return { counters: {}, pending: [], dropped: 0 }
}

function key(username: string): string {
  return username.normalize('NFC').toLowerCase()
}
