import type Database from 'better-sqlite3-multiple-ciphers'
import { auditHead, headIsAuthentic, signAuditHead, type HeadWitness } from './audit'
import { readKeyring, writeKeyring } from './keyring-file'
import { StoreError } from './store-error'

/**
 * Writes the audit log's current head into the keyring file, authenticated with the store key.
 * Called at checkpoints (every HEAD_CHECKPOINT_EVERY entries, each backup, and when the store
 * closes), not per entry: the keyring is rewritten durably (temp file, fsync, rename, folder
 * fsync), a few milliseconds we do not want on every audited call. `audit verify` therefore
 * checks "the log still holds the entry the head names, with the same hash" (count ≥ head), which
 * the entries written since the last checkpoint cannot break. A head recorded with a larger
 * count than the log now has is evidence of truncation and is never overwritten.
 */
export const HEAD_CHECKPOINT_EVERY = 50

export function recordAuditHead(dataDir: string, db: Database.Database, key: Buffer): void {
  let keyring
  try {
    keyring = readKeyring(dataDir)
  } catch (err) {
    // During setup the keyring is written after the first entries; its head comes at close.
    if (err instanceof StoreError) return
    throw err
  }
  const head = auditHead(db)
  const stored = keyring.auditHead
  if (stored) {
    if (!headIsAuthentic(key, stored)) return
    if (stored.count > head.count) return
    if (stored.count === head.count && stored.lastHash === head.lastHash) return
  }
  writeKeyring(dataDir, { ...keyring, auditHead: signAuditHead(key, head) })
}

/** The keyring's recorded head, if it has one, for verifyAuditWithHeads. */
export function keyringWitness(dataDir: string): HeadWitness[] {
  const head = readKeyring(dataDir).auditHead
  return head ? [{ source: 'the key file (claimdesk.keyring)', head }] : []
}
