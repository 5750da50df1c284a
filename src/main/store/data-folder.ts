import { existsSync } from 'node:fs'

/** The practice's encrypted database inside its data folder. */
export const DB_FILE = 'claimdesk.db'

/** The wrapped copies of the database key, one per person plus the recovery key. */
export const KEYRING_FILE = 'claimdesk.keyring'

/**
 * Present from the first byte of a new practice until its keyring is in place: a folder holding
 * it is a setup that did not finish (killed mid-way), which setup removes and starts over.
 */
export const SETUP_MARKER = '.claimdesk-setup-unfinished'

/** Files SQLite keeps beside a database while it is open or after a crash. */
export function sideFiles(dbPath: string): string[] {
  return [`${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`]
}

/** Which of these paths exist right now, so a failed attempt can remove only what it created. */
export function existingPaths(paths: string[]): Set<string> {
  return new Set(paths.filter((path) => existsSync(path)))
}
