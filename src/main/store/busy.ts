/** What a person sees when another window or command holds the write lock past the timeout. */
export const BUSY_MESSAGE =
  'The practice data is busy — another ClaimDesk window or command is writing; try again.'

/** How long a writer waits for another one to finish before giving up with BUSY_MESSAGE. */
export const BUSY_TIMEOUT_MS = 5_000

/** SQLite's "database is locked/busy" refusals (SQLITE_BUSY, SQLITE_LOCKED and their variants). */
export function isBusy(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false
  const code = (err as { code?: unknown }).code
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}
