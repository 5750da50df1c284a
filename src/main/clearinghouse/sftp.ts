/**
 * The SFTP connection (ssh2-sftp-client over ssh2). The server must present the host key whose
 * fingerprint a person confirmed; anything else is refused before a password or key is sent.
 */
import SftpClient from 'ssh2-sftp-client'
import type { Account } from './settings'
import { fingerprintOf, TransportError, type RemoteEntry, type Transport } from './transport'

export interface ConnectOptions {
  /** How long to wait for the server before calling it unreachable. */
  timeoutMs?: number
  /** A fingerprint a person has just confirmed (first connect): accepted if the server shows it. */
  trustHostKey?: string
}

interface CodedError extends Error {
  code?: string | number
}

function codeOf(err: unknown): string | number | undefined {
  return (err as CodedError | undefined)?.code
}

/** Turns what ssh2 says about a failed connection into the words a person can act on. */
export function connectFailure(
  err: unknown,
  account: Account,
  seen: { fingerprint: string | null; refused: boolean },
): TransportError {
  const { host, port, username } = account.connection
  const expected = account.connection.hostKey
  if (seen.refused && seen.fingerprint) {
    if (!expected) {
      return new TransportError(
        'host_key_unknown',
        `${host} presented the host key ${seen.fingerprint}. Compare it with the one the clearinghouse gave you and confirm it before ClaimDesk connects.`,
        seen.fingerprint,
      )
    }
    return new TransportError(
      'host_key_changed',
      `${host} presented a different host key (${seen.fingerprint}) from the one confirmed (${expected}). ClaimDesk did not sign in: the server may have been replaced or someone may be intercepting the connection. Ask the clearinghouse whether they changed their key before confirming the new one.`,
      seen.fingerprint,
    )
  }
  const code = codeOf(err)
  const text = err instanceof Error ? err.message : String(err)
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return new TransportError(
      'dns',
      `The server name ${host} could not be found (DNS): check its spelling and the internet connection.`,
    )
  }
  if (code === 'ECONNREFUSED') {
    return new TransportError(
      'refused',
      `${host} refused the connection on port ${port}: the SFTP service is not running there or the port is wrong.`,
    )
  }
  if (
    code === 'ETIMEDOUT' ||
    code === 'EHOSTUNREACH' ||
    code === 'ENETUNREACH' ||
    /timed out/i.test(text)
  ) {
    return new TransportError(
      'timeout',
      `${host} did not answer on port ${port} in time: the network is down, a firewall blocks it, or the server is down.`,
    )
  }
  if (/authentication methods failed|authentication failed|permission denied/i.test(text)) {
    return new TransportError(
      'login',
      `${host} refused to sign in ${username}: the password or key is wrong, or the account is locked. ClaimDesk stopped trying so the account is not locked out.`,
    )
  }
  if (code === 'ECONNRESET' || /connection lost|closed|reset/i.test(text)) {
    return new TransportError(
      'refused',
      `${host} closed the connection before signing in: the SFTP service is not available on port ${port}.`,
    )
  }
  return new TransportError('other', `Could not connect to ${host}: ${text}`)
}

/** A folder or file operation that failed on the server, in plain words. */
export function operationFailure(err: unknown, what: string, path: string): TransportError {
  if (err instanceof TransportError) return err
  const code = codeOf(err)
  if (code === 2 || code === 'ENOENT' || /no such file/i.test(String(err))) {
    return new TransportError(
      'folder_missing',
      `The folder or file ${path} does not exist on the server (${what}).`,
    )
  }
  if (code === 3 || code === 'EACCES' || /permission denied/i.test(String(err))) {
    return new TransportError(
      'no_write',
      `The server does not allow ${what} in ${path} for this account.`,
    )
  }
  if (
    code === 'ECONNRESET' ||
    /not connected|no sftp connection|connection lost|closed/i.test(String(err))
  ) {
    return new TransportError('refused', `The connection to the server was lost while ${what}.`)
  }
  const text = err instanceof Error ? err.message : String(err)
  return new TransportError('other', `The server refused ${what} ${path}: ${text}`)
}

export async function connectSftp(
  account: Account,
  options: ConnectOptions = {},
): Promise<Transport> {
  const { connection, secret } = account
  const client = new SftpClient('claimdesk')
  const seen = { fingerprint: null as string | null, refused: false }
  const expected = connection.hostKey ?? options.trustHostKey ?? null
  try {
    await client.connect({
      host: connection.host,
      port: connection.port,
      username: connection.username,
      ...(connection.auth === 'password'
        ? { password: secret.password ?? '' }
        : { privateKey: secret.privateKey ?? '' }),
      // Only the method chosen: a wrong password never falls back to keyboard prompts.
      tryKeyboard: false,
      readyTimeout: options.timeoutMs ?? 15_000,
      hostVerifier: (key: Buffer) => {
        seen.fingerprint = fingerprintOf(key)
        const ok = expected !== null && seen.fingerprint === expected
        seen.refused = !ok
        return ok
      },
    })
  } catch (err) {
    await client.end().catch(() => undefined)
    throw connectFailure(err, account, seen)
  }
  return sftpTransport(client)
}

function sftpTransport(client: SftpClient): Transport {
  const wrap = async <T>(what: string, path: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (err) {
      throw operationFailure(err, what, path)
    }
  }
  return {
    list: (dir) =>
      wrap('listing files', dir, async () =>
        (await client.list(dir)).map((f): RemoteEntry => ({
          name: f.name,
          path: `${dir.replace(/\/+$/, '')}/${f.name}`,
          size: f.size,
          isDirectory: f.type === 'd',
        })),
      ),
    size: (path) =>
      wrap('checking a file', path, async () => {
        const kind = await client.exists(path)
        if (kind === false) return null
        return (await client.stat(path)).size
      }),
    put: (bytes, path) =>
      wrap('writing files', path, async () => {
        await client.put(bytes, path)
      }),
    rename: (from, to) =>
      wrap('renaming files', to, async () => {
        await client.rename(from, to)
      }),
    get: (path) =>
      wrap('downloading', path, async () => {
        const data = await client.get(path)
        if (Buffer.isBuffer(data)) return data
        throw new TransportError('other', `Downloading ${path} gave no data.`)
      }),
    remove: (path) =>
      wrap('deleting files', path, async () => {
        await client.delete(path)
      }),
    isFolder: (dir) =>
      wrap('checking a folder', dir, async () => (await client.exists(dir)) === 'd'),
    end: async () => {
      await client.end().catch(() => undefined)
    },
  }
}
