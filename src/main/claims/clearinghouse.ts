import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClearinghouseSettings } from '../../shared/schemas/claim'
import { readSetting, writeSetting } from '../settings'

const KEY = 'clearinghouse'

/**
 * Until the practice enrolls with a clearinghouse and enters the IDs from its letter, files are
 * made with placeholders and marked T (test), so nothing made before then is taken as live.
 */
export const DEFAULT_CLEARINGHOUSE: ClearinghouseSettings = {
  senderQualifier: 'ZZ',
  senderId: 'CLAIMDESK',
  receiverQualifier: 'ZZ',
  receiverId: 'CLEARINGHOUSE',
  receiverName: 'CLEARINGHOUSE',
  submitterId: 'CLAIMDESK',
  contactName: 'BILLING OFFICE',
  usage: 'T',
}

export function readClearinghouse(db: Database.Database): ClearinghouseSettings {
  return {
    ...DEFAULT_CLEARINGHOUSE,
    ...(readSetting<Partial<ClearinghouseSettings>>(db, KEY) ?? {}),
  }
}

export function writeClearinghouse(
  db: Database.Database,
  changes: Partial<ClearinghouseSettings>,
): ClearinghouseSettings {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined))
  writeSetting(db, KEY, { ...readClearinghouse(db), ...defined })
  return readClearinghouse(db)
}
