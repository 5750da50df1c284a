import { existsSync } from 'node:fs'

/** The practice's encrypted database inside its data folder. */
export const DB_FILE = 'claimdesk.db'

/** The wrapped copies of the database key, one per person plus the recovery key. */
export const KEYRING_FILE = 'claimdesk.keyring'

/** Files SQLite keeps beside a database while it is open or after a crash. */
export function sideFiles(dbPath: string): string[] {
  return [`${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`]
}

/** Which of these paths exist right now, so a failed attempt can remove only what it created. */
export function existingPaths(paths: string[]): Set<string> {
  return new Set(paths.filter((path) => existsSync(path)))
}
