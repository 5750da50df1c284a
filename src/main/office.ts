import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { StoreStatus } from '../shared/ops/app'
import type { OfficeSettings } from '../shared/ops/settings'
import { LoginThrottle } from './accounts/throttle'
import { DomainError } from './errors'
import type { AuditEvent } from './api/router'
import type { Session } from './api/session'
import { BackupSchedule } from './backup/schedule'
import { ClearinghouseSchedule } from './clearinghouse/schedule'
import { readSettings } from './settings'
import { appendAudit } from './store/audit'
import { HEAD_CHECKPOINT_EVERY, recordAuditHead } from './store/audit-head'
import { openDatabase, StoreError } from './store/database'
import { DB_FILE, SETUP_MARKER } from './store/data-folder'
import { removeLeftovers } from './store/leftovers'
import { APP_VERSION } from './version'

export interface OpenStore {
  db: Database.Database
  /** The database key, held in memory only while the store is open. */
  key: Buffer
}

export interface AuditNote {
  patientId?: number | null
  detail?: Record<string, unknown>
}

/**
 * The practice's office as main sees it: one data folder, its store (open while someone is
 * signed in), and the sessions of the people using it. Every transport shares one Office.
 */
export class Office {
  readonly version = APP_VERSION
  readonly throttle = new LoginThrottle()
  readonly sessions = new Set<Session>()
  readonly backups: BackupSchedule
  readonly clearinghouse: ClearinghouseSchedule
  private open: OpenStore | null = null
  /** The administrators' key, in memory while an administrator is signed in (user-seal.ts). */
  adminKey: Buffer | null = null
  private appendsSinceHead = 0
  private cachedSettings: OfficeSettings | null = null
  /** Wrong passwords typed while the store was closed: audited once it opens. */
  private pendingAudit: {
    action: string
    username: string
    at: string
    detail: Record<string, unknown>
  }[] = []

  constructor(
    readonly dataDir: string,
    readonly clock: () => Date = () => new Date(),
  ) {
    this.backups = new BackupSchedule(this)
    this.clearinghouse = new ClearinghouseSchedule(this)
    // Work files of a backup or restore killed earlier are swept on the next start.
    removeLeftovers(dataDir)
  }

  get dbPath(): string {
    return join(this.dataDir, DB_FILE)
  }

  storeStatus(): StoreStatus {
    if (this.open) return 'open'
    // A setup that was killed before it finished is no practice: it may be set up again.
    if (existsSync(join(this.dataDir, SETUP_MARKER))) return 'absent'
    return existsSync(this.dbPath) ? 'closed' : 'absent'
  }

  /** The open store, or a refusal a person understands. */
  get store(): OpenStore {
    if (this.open) return this.open
    if (this.storeStatus() === 'absent') {
      throw new DomainError('setup_required', 'This computer has no practice set up yet.')
    }
    throw new DomainError('not_signed_in', 'Sign in to open the practice data.')
  }

  isOpen(): boolean {
    return this.open !== null
  }

  openWith(key: Buffer, opts: { create?: boolean } = {}): OpenStore {
    if (this.open) return this.open
    let db: Database.Database
    try {
      db = openDatabase(this.dbPath, key, opts)
    } catch (err) {
      if (err instanceof StoreError) throw new DomainError('unavailable', err.message)
      throw err
    }
    this.open = { db, key }
    this.cachedSettings = null
    for (const p of this.pendingAudit.splice(0)) {
      appendAudit(db, {
        userId: null,
        username: p.username,
        action: p.action,
        at: p.at,
        detail: p.detail,
      })
    }
    this.backups.start()
    this.clearinghouse.start()
    return this.open
  }

  close(): void {
    this.backups.stop()
    this.clearinghouse.stop()
    if (!this.open) return
    const { db, key } = this.open
    this.checkpointAuditHead()
    this.adminKey?.fill(0)
    this.adminKey = null
    this.open = null
    this.cachedSettings = null
    db.close()
    key.fill(0)
  }

  /** Records the audit head in the keyring file (see store/audit-head.ts for when and why). */
  checkpointAuditHead(): void {
    if (!this.open) return
    this.appendsSinceHead = 0
    try {
      recordAuditHead(this.dataDir, this.open.db, this.open.key)
    } catch {
      // The next checkpoint tries again; verify reports a head that fell behind as nothing worse.
    }
  }

  settings(): OfficeSettings {
    this.cachedSettings ??= readSettings(this.store.db)
    return this.cachedSettings
  }

  settingsChanged(): void {
    this.cachedSettings = null
    this.backups.start()
  }

  audit(session: Session | null, action: string, note: AuditNote = {}): void {
    const user = session?.user ?? null
    if (!this.open) {
      if (action === 'auth.login_failed' || action === 'auth.recover_failed') {
        this.pendingAudit.push({
          action,
          username: String(note.detail?.username ?? ''),
          at: this.clock().toISOString(),
          detail: note.detail ?? {},
        })
      }
      return
    }
    appendAudit(this.open.db, {
      userId: user?.id ?? null,
      username:
        user?.username ?? (typeof note.detail?.username === 'string' ? note.detail.username : null),
      action,
      patientId: note.patientId ?? null,
      detail: note.detail ?? {},
      at: this.clock().toISOString(),
    })
    if (++this.appendsSinceHead >= HEAD_CHECKPOINT_EVERY) this.checkpointAuditHead()
  }

  /** Router hook: one audit entry per call of an audited operation, and per refusal. */
  recordCall(event: AuditEvent, session: Session): void {
    if (!this.open) return
    if (event.outcome === 'denied') {
      this.audit(session, `${event.op}.denied`)
      return
    }
    if (!event.spec.audit) return
    const patientId = pickPatientId(event.input) ?? pickPatientId(event.output)
    // Patient calls record which patient, not the chart itself: the log must not become a copy.
    const isPatient = event.spec.audit === 'patient-read' || event.spec.audit === 'patient-write'
    this.audit(session, event.op, {
      patientId,
      detail: isPatient ? {} : withoutSecrets(event.input),
    })
  }

  /** Locks a session whose person has been away longer than the office allows. */
  applyIdleLock(session: Session): void {
    if (!session.user || session.locked || session.origin === 'cli' || !this.open) return
    const idleMs = this.clock().getTime() - session.lastActivity
    if (idleMs > this.settings().autoLockMinutes * 60_000) {
      session.locked = true
      this.audit(session, 'auth.autolock')
    }
  }
}

function pickPatientId(value: unknown): number | null {
  if (value && typeof value === 'object' && 'patientId' in value) {
    const id = (value as { patientId: unknown }).patientId
    return typeof id === 'number' ? id : null
  }
  return null
}

const SECRET_KEYS = /password|recoverykey|token|privatekey/i

/** What the audit keeps of an input: everything but secrets. */
export function withoutSecrets(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_KEYS.test(k)) continue
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? withoutSecrets(v) : v
  }
  return out
}
