/**
 * What the sync needs from the clearinghouse's server, and the ways reaching it can fail, named
 * the way a biller or the practice's IT person can act on them.
 */
import { createHash } from 'node:crypto'
import type { FailureKind } from '../../shared/ops/clearinghouse'

export interface RemoteEntry {
  name: string
  /** The full remote path. */
  path: string
  size: number
  isDirectory: boolean
}

export interface Transport {
  list(dir: string): Promise<RemoteEntry[]>
  /** The size of a remote file, or null when there is none. */
  size(path: string): Promise<number | null>
  put(bytes: Buffer, path: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  get(path: string): Promise<Buffer>
  remove(path: string): Promise<void>
  /** True when `dir` is an existing folder. */
  isFolder(dir: string): Promise<boolean>
  end(): Promise<void>
}

/** Kinds a retry in a few minutes cannot fix, and that lock clearinghouse accounts if repeated. */
export const STOP_KINDS: readonly FailureKind[] = ['login', 'host_key_changed', 'host_key_unknown']
/** Kinds that mean the server could not be reached at all: batches wait, the sync retries. */
export const OFFLINE_KINDS: readonly FailureKind[] = ['dns', 'refused', 'timeout']

export class TransportError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly fingerprint: string | null = null,
  ) {
    super(message)
  }
}

/** OpenSSH's form: "SHA256:" and the unpadded base64 of the SHA-256 of the key blob. */
export function fingerprintOf(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`
}

export function joinRemote(dir: string, name: string): string {
  return `${dir.replace(/\/+$/, '')}/${name}`
}
