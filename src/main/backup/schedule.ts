import type { z } from 'zod'
import type { BackupOutcome } from '../../shared/ops/backup'
import { DomainError } from '../errors'
import type { Office } from '../office'
import { readSetting, writeSetting } from '../settings'
import { createBackup, runFolderBackup } from '../store/backup'

type Outcome = z.infer<typeof BackupOutcome>
const LAST_KEY = 'backup.last'
const LAST_SUCCESS_KEY = 'backup.lastSuccess'
const DAY_MS = 24 * 60 * 60_000
// A practice that was closed at backup time gets its backup soon after someone opens it.
const CATCH_UP_DELAY_MS = 60_000

export interface BackupResult {
  file: string
  bytes: number
  createdAt: string
  removed: string[]
}

/**
 * Daily backups while the app is open (the key is only in memory then). Every outcome is kept in
 * the store, so a failure is shown on the backup screen instead of disappearing into a log.
 */
export class BackupSchedule {
  private timer: NodeJS.Timeout | null = null
  next: Date | null = null

  constructor(private readonly office: Office) {}

  start(): void {
    this.stop()
    if (!this.office.isOpen()) return
    const { daily, folder, time } = this.office.settings().backup
    if (!daily || !folder) return
    const now = this.office.clock()
    const lastSuccess = readSetting<string>(this.office.store.db, LAST_SUCCESS_KEY)
    const overdue = !lastSuccess || now.getTime() - Date.parse(lastSuccess) > DAY_MS
    this.next = overdue ? new Date(now.getTime() + CATCH_UP_DELAY_MS) : nextAt(time, now)
    this.timer = setTimeout(() => this.fire(), this.next.getTime() - now.getTime())
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.next = null
  }

  last(): Outcome | null {
    return this.office.isOpen() ? readSetting<Outcome>(this.office.store.db, LAST_KEY) : null
  }

  /** Backs up now: into `file` if given, else into the scheduled folder, pruning to `keep`. */
  run(file?: string): BackupResult {
    const { db, key } = this.office.store
    const { folder, keep } = this.office.settings().backup
    const at = this.office.clock().toISOString()
    try {
      let result: BackupResult
      if (file) {
        result = { ...createBackup(db, this.office.dataDir, file, key), removed: [] }
      } else {
        if (!folder)
          throw new DomainError(
            'invalid_input',
            'Choose a backup folder first (Backup settings).',
            'folder',
          )
        const written = runFolderBackup(db, this.office.dataDir, folder, keep, new Date(), key)
        result = { ...written, removed: written.removed }
      }
      this.record({
        at,
        ok: true,
        file: result.file,
        message: `Backed up ${formatBytes(result.bytes)}.`,
      })
      writeSetting(db, LAST_SUCCESS_KEY, at)
      return result
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      this.record({ at, ok: false, file: file ?? null, message: `Backup failed: ${message}` })
      if (err instanceof DomainError) throw err
      throw new DomainError('unavailable', `Backup failed: ${message}`)
    }
  }

  private fire(): void {
    try {
      this.run()
      this.office.audit(null, 'backup.scheduled')
    } catch {
      // Already recorded as the last outcome, which the backup screen shows in red.
    }
    this.start()
  }

  private record(outcome: Outcome): void {
    writeSetting(this.office.store.db, LAST_KEY, outcome)
  }
}

/** The next local time HH:MM strictly after `now`. */
export function nextAt(time: string, now: Date): Date {
  const [h, m] = time.split(':').map(Number) as [number, number]
  const next = new Date(now)
  next.setHours(h, m, 0, 0)
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1)
  return next
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
