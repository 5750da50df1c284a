/**
 * "Test connection": every step the sync takes, in order, stopping at the first that fails and
 * saying which — DNS, refused, timeout, host key, login, a folder missing, no permission to write.
 */
import { randomBytes } from 'node:crypto'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ConnectionTest } from '../../shared/ops/clearinghouse'
import { clearStop } from './status'
import { readConnection, readSecret, trustHostKey } from './settings'
import { connectSftp, type ConnectOptions } from './sftp'
import { joinRemote, TransportError, type Transport } from './transport'

export type Connector = (
  account: Parameters<typeof connectSftp>[0],
  options: ConnectOptions,
) => Promise<Transport>

export async function testConnection(
  db: Database.Database,
  options: ConnectOptions & { connect?: Connector } = {},
): Promise<ConnectionTest> {
  const connection = readConnection(db)
  if (!connection) {
    return {
      ok: false,
      kind: 'not_configured',
      message: 'Set up the clearinghouse connection first.',
      fingerprint: null,
    }
  }
  const account = { connection, secret: readSecret(db) }
  const connect = options.connect ?? connectSftp
  let transport: Transport | null = null
  try {
    transport = await connect(account, options)
    for (const [label, dir] of [
      ['upload', connection.uploadDir],
      ['download', connection.downloadDir],
      ...(connection.archiveDir ? [['archive', connection.archiveDir]] : []),
    ] as const) {
      if (!(await transport.isFolder(dir))) {
        throw new TransportError(
          'folder_missing',
          `The ${label} folder ${dir} does not exist on ${connection.host}: check its name with the clearinghouse.`,
        )
      }
    }
    // Can files be written to the upload folder? A hidden scratch file, removed at once.
    const probe = joinRemote(
      connection.uploadDir,
      `.claimdesk-check-${randomBytes(4).toString('hex')}`,
    )
    try {
      await transport.put(Buffer.from('ClaimDesk connection check\n'), probe)
    } catch (err) {
      const kind = err instanceof TransportError ? err.kind : 'other'
      throw new TransportError(
        kind === 'folder_missing' || kind === 'no_write' ? 'no_write' : kind,
        `${connection.username} may not write files in the upload folder ${connection.uploadDir}: ask the clearinghouse to allow uploads.`,
      )
    }
    await transport.remove(probe).catch(() => undefined)
    let fingerprint = connection.hostKey
    if (!connection.hostKey && options.trustHostKey) {
      trustHostKey(db, options.trustHostKey)
      fingerprint = options.trustHostKey
    }
    clearStop(db)
    return {
      ok: true,
      kind: null,
      message: `Connected to ${connection.host} as ${connection.username}; the upload and download folders are there and uploads may be written.`,
      fingerprint,
    }
  } catch (err) {
    if (!(err instanceof TransportError)) throw err
    return { ok: false, kind: err.kind, message: err.message, fingerprint: err.fingerprint }
  } finally {
    await transport?.end()
  }
}
