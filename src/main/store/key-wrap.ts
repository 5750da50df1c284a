import { createCipheriv, createDecipheriv, randomBytes, scrypt, scryptSync } from 'node:crypto'
import { promisify } from 'node:util'

export interface KdfParams {
  N: number
  r: number
  p: number
  keyLen: 32
}

/** A 32-byte key sealed with AES-256-GCM under scrypt(secret, salt); base64 fields. */
export interface WrappedKey {
  salt: string
  iv: string
  authTag: string
  wrapped: string
}

/**
 * scrypt cost tuned on the reference 2-core machine to ~180 ms per unwrap (N=2^17 took ~375 ms,
 * too close to the 400 ms sign-in budget once the database open is added). Stored per keyring
 * file so a later release can raise it by rewrapping at the next sign-in.
 */
export const DEFAULT_KDF: KdfParams = { N: 2 ** 16, r: 8, p: 1, keyLen: 32 }

const SALT_BYTES = 16
const IV_BYTES = 12
const scryptAsync = promisify(scrypt) as (
  secret: Buffer,
  salt: Buffer,
  keyLen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>

function scryptOptions(kdf: KdfParams): { N: number; r: number; p: number; maxmem: number } {
  return { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 128 * kdf.N * kdf.r * kdf.p + 32 * 1024 * 1024 }
}

export function deriveKey(secret: Buffer, salt: Buffer, kdf: KdfParams): Buffer {
  return scryptSync(secret, salt, kdf.keyLen, scryptOptions(kdf))
}

export function deriveKeyAsync(secret: Buffer, salt: Buffer, kdf: KdfParams): Promise<Buffer> {
  return scryptAsync(secret, salt, kdf.keyLen, scryptOptions(kdf))
}

export function newSalt(): Buffer {
  return randomBytes(SALT_BYTES)
}

export function seal(dbKey: Buffer, kek: Buffer, salt: Buffer, aad: Buffer): WrappedKey {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', kek, iv)
  cipher.setAAD(aad)
  const wrapped = Buffer.concat([cipher.update(dbKey), cipher.final()])
  return {
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    authTag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  }
}

/** The key, or null when the secret (or the AAD binding it to its owner) does not match. */
export function open(sealed: WrappedKey, kek: Buffer, aad: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(sealed.iv, 'base64'))
    decipher.setAAD(aad)
    decipher.setAuthTag(Buffer.from(sealed.authTag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(sealed.wrapped, 'base64')), decipher.final()])
  } catch {
    return null
  }
}
