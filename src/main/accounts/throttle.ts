/**
 * Slows down password guessing per user name: after 5 wrong passwords in a row, each further
 * try must wait twice as long as the one before (2 s, 4 s, … up to 15 min). Kept in memory
 * only: a wrong password must not change any file in the data folder.
 */
export const FREE_ATTEMPTS = 5
const MAX_WAIT_MS = 15 * 60_000

interface Record {
  failures: number
  lastFailure: number
}

export class LoginThrottle {
  private readonly byUser = new Map<string, Record>()

  /** Milliseconds this user must still wait before another try, or 0. */
  waitFor(username: string, now = Date.now()): number {
    const r = this.byUser.get(key(username))
    if (!r || r.failures < FREE_ATTEMPTS) return 0
    const wait = Math.min(MAX_WAIT_MS, 1000 * 2 ** (r.failures - FREE_ATTEMPTS + 1))
    return Math.max(0, r.lastFailure + wait - now)
  }

  failed(username: string, now = Date.now()): number {
    const r = this.byUser.get(key(username)) ?? { failures: 0, lastFailure: 0 }
    r.failures += 1
    r.lastFailure = now
    this.byUser.set(key(username), r)
    return r.failures
  }

  succeeded(username: string): void {
    this.byUser.delete(key(username))
  }
}

function key(username: string): string {
  return username.normalize('NFC').toLowerCase()
}
