import type Database from 'better-sqlite3-multiple-ciphers'
import type { BackupSchedule } from '../shared/ops/backup'
import type { OfficeSettings } from '../shared/ops/settings'
import { allRows, firstRow, runQuery, storeQuery } from './store/sync-query'

export const DEFAULT_SETTINGS: OfficeSettings = {
  autoLockMinutes: 10,
  backup: { folder: null, daily: false, time: '18:00', keep: 14 },
}

/** Office-wide settings live in the encrypted store as JSON values, one row per key. */
export function readSettings(db: Database.Database): OfficeSettings {
  const rows = allRows(db, storeQuery.selectFrom('settings').select(['key', 'value']))
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]))
  return {
    autoLockMinutes:
      (stored.autoLockMinutes as number | undefined) ?? DEFAULT_SETTINGS.autoLockMinutes,
    backup: { ...DEFAULT_SETTINGS.backup, ...((stored.backup as Partial<BackupSchedule>) ?? {}) },
  }
}

export function writeSettings(
  db: Database.Database,
  changes: Partial<OfficeSettings>,
): OfficeSettings {
  db.transaction(() => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) writeSetting(db, key, value)
    }
  })()
  return readSettings(db)
}

export function readSetting<T>(db: Database.Database, key: string): T | null {
  const row = firstRow(db, storeQuery.selectFrom('settings').select('value').where('key', '=', key))
  return row ? (JSON.parse(row.value) as T) : null
}

export function writeSetting(db: Database.Database, key: string, value: unknown): void {
  const json = JSON.stringify(value)
  runQuery(
    db,
    storeQuery
      .insertInto('settings')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json })),
  )
}
