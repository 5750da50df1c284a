/**
 * The clearinghouse's SFTP account. Like every setting it lives in the encrypted store; the
 * password or private key is kept in its own row there and never leaves main (the views and the
 * CLI show only whether one is set).
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ClearinghouseConnection } from '../../shared/ops/clearinghouse'
import { DomainError } from '../errors'
import { readSetting, writeSetting } from '../settings'

const CONNECTION_KEY = 'clearinghouse.connection'
const SECRET_KEY = 'clearinghouse.secret'

export interface ClearinghouseSecret {
  password: string | null
  privateKey: string | null
}

export interface Account {
  connection: ClearinghouseConnection
  secret: ClearinghouseSecret
}

export function readConnection(db: Database.Database): ClearinghouseConnection | null {
  return readSetting<ClearinghouseConnection>(db, CONNECTION_KEY)
}

export function readSecret(db: Database.Database): ClearinghouseSecret {
  return readSetting<ClearinghouseSecret>(db, SECRET_KEY) ?? { password: null, privateKey: null }
}

/** The account to connect with, or a refusal saying what to set up first. */
export function readAccount(db: Database.Database): Account {
  const connection = readConnection(db)
  if (!connection) {
    throw new DomainError(
      'conflict',
      'Set up the clearinghouse connection first (Settings → Clearinghouse, or `clearinghouse set`).',
    )
  }
  return { connection, secret: readSecret(db) }
}

export function saveConnection(
  db: Database.Database,
  connection: ClearinghouseConnection,
  secret: { password?: string; privateKey?: string },
): void {
  db.transaction(() => {
    const before = readSecret(db)
    const next: ClearinghouseSecret = {
      password: secret.password ?? before.password,
      privateKey: secret.privateKey ?? before.privateKey,
    }
    if (connection.auth === 'password' && !next.password) {
      throw new DomainError('invalid_input', 'Enter the SFTP password.', 'password')
    }
    if (connection.auth === 'key' && !next.privateKey) {
      throw new DomainError('invalid_input', 'Choose the private key file.', 'privateKey')
    }
    if (next.privateKey && !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(next.privateKey)) {
      throw new DomainError(
        'invalid_input',
        'That is not a private key file (it should start with -----BEGIN … PRIVATE KEY-----).',
        'privateKey',
      )
    }
    writeSetting(db, CONNECTION_KEY, connection)
    writeSetting(db, SECRET_KEY, next)
  })()
}

/** Keeps a host key a person confirmed on first connect. */
export function trustHostKey(db: Database.Database, fingerprint: string): void {
  const connection = readConnection(db)
  if (connection) writeSetting(db, CONNECTION_KEY, { ...connection, hostKey: fingerprint })
}
