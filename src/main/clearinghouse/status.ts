/**
 * What the last sync did, kept in the store so the status line survives a restart: when it last
 * succeeded, what failed since, and whether the sync stopped itself (wrong password or host key:
 * repeating those locks clearinghouse accounts).
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { FailureKind, SyncStatus } from '../../shared/ops/clearinghouse'
import { pendingBatchCount } from '../claims/batch'
import { readSetting, writeSetting } from '../settings'
import { allRows, storeQuery } from '../store/sync-query'
import { readConnection } from './settings'
import { OFFLINE_KINDS, STOP_KINDS } from './transport'

const KEY = 'clearinghouse.sync'

export interface SyncRecord {
  lastSuccessAt: string | null
  lastAttemptAt: string | null
  failureKind: FailureKind | null
  failureMessage: string | null
  /** Failed cycles in a row (for the backoff). */
  failures: number
  /** Set by a login or host key failure: the schedule waits for a person. */
  stopped: boolean
}

const EMPTY: SyncRecord = {
  lastSuccessAt: null,
  lastAttemptAt: null,
  failureKind: null,
  failureMessage: null,
  failures: 0,
  stopped: false,
}

export function readSyncRecord(db: Database.Database): SyncRecord {
  return { ...EMPTY, ...(readSetting<Partial<SyncRecord>>(db, KEY) ?? {}) }
}

export function recordSuccess(db: Database.Database, at: string): void {
  writeSetting(db, KEY, { ...EMPTY, lastSuccessAt: at, lastAttemptAt: at })
}

export function recordFailure(
  db: Database.Database,
  at: string,
  kind: FailureKind,
  message: string,
): SyncRecord {
  const before = readSyncRecord(db)
  const next: SyncRecord = {
    ...before,
    lastAttemptAt: at,
    failureKind: kind,
    failureMessage: message,
    failures: before.failures + 1,
    stopped: STOP_KINDS.includes(kind),
  }
  writeSetting(db, KEY, next)
  return next
}

/** After the settings change or a person acts, the schedule may try again. */
export function clearStop(db: Database.Database): void {
  const before = readSyncRecord(db)
  if (before.stopped || before.failures > 0) {
    writeSetting(db, KEY, { ...before, stopped: false, failures: 0 })
  }
}

function waitingClaims(db: Database.Database): number {
  const rows = allRows(
    db,
    storeQuery.selectFrom('batches').select('claim_count').where('sent_at', 'is', null),
  )
  return rows.reduce((sum, r) => sum + r.claim_count, 0)
}

function clockTime(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function syncStatus(db: Database.Database, nextAttemptAt: string | null = null): SyncStatus {
  const record = readSyncRecord(db)
  const configured = readConnection(db) !== null
  const waitingBatches = pendingBatchCount(db)
  const claims = waitingClaims(db)
  const waiting = `${waitingBatches} ${waitingBatches === 1 ? 'batch' : 'batches'} waiting`
  const last = record.lastSuccessAt
    ? `last sync ${clockTime(record.lastSuccessAt)}`
    : 'never synced'
  const base = {
    configured,
    lastSuccessAt: record.lastSuccessAt,
    lastAttemptAt: record.lastAttemptAt,
    nextAttemptAt,
    failureKind: record.failureKind,
    waitingBatches,
    waitingClaims: claims,
  }
  if (!configured) {
    return {
      ...base,
      state: 'not_configured',
      message: `Clearinghouse not set up — ${waiting}`,
      nextAttemptAt: null,
    }
  }
  if (record.failureKind && record.stopped) {
    return {
      ...base,
      state: 'stopped',
      message: `Sync stopped — ${record.failureMessage ?? ''} (${waiting})`,
      nextAttemptAt: null,
    }
  }
  if (record.failureKind && OFFLINE_KINDS.includes(record.failureKind)) {
    return { ...base, state: 'offline', message: `offline — ${waiting} (${last})` }
  }
  if (record.failureKind) {
    return {
      ...base,
      state: 'error',
      message: `Sync failed — ${record.failureMessage ?? ''} (${waiting}, ${last})`,
    }
  }
  if (!record.lastSuccessAt)
    return { ...base, state: 'never', message: `Not synced yet — ${waiting}` }
  return {
    ...base,
    state: 'ok',
    message: `Last sync ${clockTime(record.lastSuccessAt)} — ${waiting}`,
  }
}
