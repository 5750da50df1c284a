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
import { WalCheckpoints } from './store/checkpoints'
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
  readonly throttle: LoginThrottle
  readonly sessions = new Set<Session>()
  readonly backups: BackupSchedule
  readonly clearinghouse: ClearinghouseSchedule
  private readonly checkpoints = new WalCheckpoints()
  private open: OpenStore | null = null
  /** The administrators' key, in memory while an administrator is signed in (user-seal.ts). */
  adminKey: Buffer | null = null
  private appendsSinceHead = 0
  private cachedSettings: OfficeSettings | null = null

  constructor(
    readonly dataDir: string,
    readonly clock: () => Date = () => new Date(),
  ) {
    this.backups = new BackupSchedule(this)
    this.clearinghouse = new ClearinghouseSchedule(this)
    // Work files of a backup or restore killed earlier are swept on the next start.
    removeLeftovers(dataDir)
    // Wrong passwords typed while the store was closed wait in this file, shared by every
    // window and CLI run, and are audited once the store opens.
    this.throttle = new LoginThrottle(dataDir)
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
    this.flushPendingAudit(db)
    this.backups.start()
    this.clearinghouse.start()
    this.checkpoints.start(db)
    return this.open
  }

  private flushPendingAudit(db: Database.Database): void {
    const { pending, dropped } = this.throttle.takePending()
    db.transaction(() => {
      if (dropped > 0) {
        appendAudit(db, {
          userId: null,
          username: null,
          action: 'auth.failures_dropped',
          at: this.clock().toISOString(),
          detail: { count: dropped },
        })
      }
      for (const p of pending) {
        appendAudit(db, {
          userId: null,
          username: p.username,
          action: p.action,
          at: p.at,
          detail: p.detail,
        })
      }
    })()
  }

  close(): void {
    this.backups.stop()
    this.clearinghouse.stop()
    this.checkpoints.stop()
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
      if (PENDING_ACTIONS.has(action)) {
        this.throttle.pend({
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
    if (event.spec.audit === 'list-read') {
      // Who searched for what and how much came back, never the rows themselves.
      this.audit(session, event.op, {
        detail: { query: withoutSecrets(event.input), results: countOf(event.output) },
      })
      return
    }
    const patientId = pickPatientId(event.input) ?? pickPatientId(event.output)
    // Patient calls record which patient, not the chart itself: the log must not become a copy.
    const isPatient = event.spec.audit === 'patient-read' || event.spec.audit === 'patient-write'
    this.audit(session, event.op, {
      patientId,
      detail: isPatient ? recordIds(event.input) : withoutSecrets(event.input),
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

/** Audited even while the store is closed: kept in the attempts file until it opens. */
const PENDING_ACTIONS = new Set([
  'auth.login_failed',
  'auth.login_throttled',
  'auth.recover_failed',
  'auth.recover_throttled',
])

function countOf(output: unknown): number | null {
  if (Array.isArray(output)) return output.length
  if (output && typeof output === 'object') {
    const o = output as { count?: unknown; rows?: unknown }
    if (typeof o.count === 'number') return o.count
    if (Array.isArray(o.rows)) return o.rows.length
  }
  return null
}

/**
 * Which records a patient call touched, by id only (a claim, a visit): enough for the log to name
 * "claim 100046-7D-1" when read, never the chart itself.
 */
function recordIds(input: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (!input || typeof input !== 'object' || Array.isArray(input)) return out
  for (const [k, v] of Object.entries(input)) {
    if (k === 'patientId' || !/Ids?$/.test(k)) continue
    if (typeof v === 'number' || (Array.isArray(v) && v.every((x) => typeof x === 'number'))) {
      out[k] = v
    }
  }
  return out
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
