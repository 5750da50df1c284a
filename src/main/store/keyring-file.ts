import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomic-file'
import { KEYRING_FILE } from './data-folder'
import { StoreError } from './store-error'

/** Fixed-length base64 so a damaged file is caught here rather than as a wrong password. */
function base64Bytes(bytes: number) {
  return z
    .base64()
    .refine((text) => Buffer.from(text, 'base64').length === bytes, `must be ${bytes} bytes`)
}

const wrappedKeySchema = z.object({
  salt: base64Bytes(16),
  iv: base64Bytes(12),
  authTag: base64Bytes(16),
  wrapped: base64Bytes(32),
})

/** Bounds keep a hostile file from demanding gigabytes of scrypt memory or minutes of CPU. */
const kdfSchema = z.object({
  N: z
    .int()
    .min(2 ** 14)
    .max(2 ** 22)
    .refine((n) => (n & (n - 1)) === 0, 'must be a power of two'),
  r: z.int().min(1).max(32),
  p: z.int().min(1).max(16),
  keyLen: z.literal(32),
})

/**
 * The audit log's head (entry count and last hash) kept outside the database, authenticated
 * with a key derived from the store key, so a truncated or re-chained log is caught.
 */
export const auditHeadSchema = z.object({
  count: z.int().min(0),
  lastHash: z.string().regex(/^[0-9a-f]{64}$/),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
})
export type SignedAuditHead = z.infer<typeof auditHeadSchema>

/** The administrators' key sealed under the same secret as the entry it sits in. */
const sealedSchema = z.object({
  iv: base64Bytes(12),
  authTag: base64Bytes(16),
  wrapped: base64Bytes(32),
})

export const keyringSchema = z.object({
  format: z.literal(1),
  kdf: kdfSchema,
  /** Salts the user tags, so a tag no longer confirms a guessed user name across practices. */
  tagSalt: base64Bytes(16).optional(),
  entries: z.array(
    wrappedKeySchema.extend({ tag: base64Bytes(32), admin: sealedSchema.optional() }),
  ),
  recovery: wrappedKeySchema.extend({ admin: sealedSchema.optional() }),
  /** HMAC of the user list under the administrators' key (see accounts/user-seal.ts). */
  usersMac: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  auditHead: auditHeadSchema.optional(),
})

export type Keyring = z.infer<typeof keyringSchema>
export type KeyringEntry = Keyring['entries'][number]

export function serializeKeyring(keyring: Keyring): Buffer {
  return Buffer.from(`${JSON.stringify(keyringSchema.parse(keyring), null, 2)}\n`, 'utf8')
}

export function parseKeyring(bytes: Buffer | string): Keyring {
  let json: unknown
  try {
    json = JSON.parse(bytes.toString())
  } catch {
    throw damagedKeyring('it is not readable JSON')
  }
  const format = (json as { format?: unknown } | null)?.format
  if (typeof format === 'number' && format > 1) {
    throw new StoreError(
      'newer_schema',
      `The keyring file was written by a newer ClaimDesk (format ${format}). ` +
        'Install the newer version to sign in.',
    )
  }
  const parsed = keyringSchema.safeParse(json)
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'the top level'
    throw damagedKeyring(`the entry at ${where} is not valid`)
  }
  return parsed.data
}

export function readKeyring(dir: string): Keyring {
  return parseKeyring(readKeyringBytes(dir))
}

/** The file exactly as stored, for backups. */
export function readKeyringBytes(dir: string): Buffer {
  try {
    return readFileSync(join(dir, KEYRING_FILE))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new StoreError(
        'missing',
        `The key file (${KEYRING_FILE}) is missing from the data folder, so nobody can sign in. ` +
          'Put it back from a backup, or restore a whole backup.',
      )
    }
    throw error
  }
}

export function writeKeyring(dir: string, keyring: Keyring): void {
  writeFileAtomic(join(dir, KEYRING_FILE), serializeKeyring(keyring))
}

function damagedKeyring(why: string): StoreError {
  return new StoreError(
    'corrupt',
    `The key file (${KEYRING_FILE}) is damaged (${why}). Restore it from a backup.`,
  )
}
