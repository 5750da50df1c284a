/**
 * The scheduled sync, while the practice is open in this process (croner ticks once a minute and
 * decides whether a cycle is due): every N minutes within office hours; after a failure to reach
 * the server, again after 1, 2, 4 … minutes up to the schedule's interval (at most an hour); after
 * a wrong password or host key, not at all until a person fixes the settings or syncs by hand —
 * repeating those would lock the practice's clearinghouse account.
 */
import { Cron } from 'croner'
import type { SyncResult } from '../../shared/ops/clearinghouse'
import type { Office } from '../office'
import { readConnection } from './settings'
import { readSyncRecord, syncStatus } from './status'
import { syncOnce, type SyncOptions } from './sync'

const MINUTE = 60_000
const BACKOFF_CAP_MS = 60 * MINUTE

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

export class ClearinghouseSchedule {
  private job: Cron | null = null
  private running: Promise<SyncResult> | null = null
  /** Options for every cycle (tests pass shorter timeouts). */
  options: SyncOptions = {}

  constructor(private readonly office: Office) {}

  start(): void {
    this.stop()
    this.job = new Cron('* * * * *', { protect: true, unref: true }, () => {
      void this.tick().catch(() => undefined)
    })
  }

  stop(): void {
    this.job?.stop()
    this.job = null
  }

  /** When the next cycle will run, or null when none is scheduled. */
  nextAttempt(): Date | null {
    if (!this.office.isOpen()) return null
    const { db } = this.office.store
    const connection = readConnection(db)
    if (!connection?.schedule.enabled) return null
    const record = readSyncRecord(db)
    if (record.stopped) return null
    const now = this.office.clock()
    if (!record.lastAttemptAt) return this.withinHours(now, connection.schedule)
    const interval = connection.schedule.everyMinutes * MINUTE
    const wait =
      record.failures > 0
        ? Math.min(MINUTE * 2 ** (record.failures - 1), interval, BACKOFF_CAP_MS)
        : interval
    const due = new Date(Date.parse(record.lastAttemptAt) + wait)
    return this.withinHours(due < now ? now : due, connection.schedule)
  }

  /** `at`, or the start of the next office-hours window after it. */
  private withinHours(at: Date, hours: { from: string; until: string }): Date {
    const from = minutesOf(hours.from)
    const until = minutesOf(hours.until)
    const minute = at.getHours() * 60 + at.getMinutes()
    if (minute >= from && minute < until) return at
    const next = new Date(at)
    next.setHours(Math.floor(from / 60), from % 60, 0, 0)
    if (minute >= until) next.setDate(next.getDate() + 1)
    return next
  }

  async tick(): Promise<void> {
    // A one-off command line run does not start cycles of its own: `sync --once` is for that.
    const sessions = [...this.office.sessions]
    if (sessions.length > 0 && sessions.every((s) => s.origin === 'cli')) return
    const next = this.nextAttempt()
    if (!next || next.getTime() > this.office.clock().getTime()) return
    await this.runNow()
  }

  /** One cycle now; a cycle already running is joined rather than started twice. */
  runNow(user = 'scheduler'): Promise<SyncResult> {
    this.running ??= syncOnce(
      this.office.store.db,
      () => ({ user, at: this.office.clock().toISOString() }),
      { ...this.options, nextAttemptAt: () => this.nextAttempt()?.toISOString() ?? null },
    ).finally(() => {
      this.running = null
    })
    return this.running
  }

  status() {
    return syncStatus(this.office.store.db, this.nextAttempt()?.toISOString() ?? null)
  }
}
