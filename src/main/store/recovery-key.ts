import { randomBytes } from 'node:crypto'

/**
 * Crockford base32: no I, L, O or U, so a key copied from paper cannot be misread; on input I/L
 * read as 1 and O as 0, case, spaces and dashes do not matter.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const KEY_BYTES = 32
const KEY_CHARS = Math.ceil((KEY_BYTES * 8) / 5)
const GROUP = 4

export function newRecoverySecret(): Buffer {
  return randomBytes(KEY_BYTES)
}

/** 32 bytes as 13 groups of 4 characters, e.g. `7K3M-…-R000`. */
export function formatRecoveryKey(secret: Buffer): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of secret) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? ''
}

/** The secret typed back in, or null if it cannot be a recovery key (wrong length or letters). */
export function parseRecoveryKey(text: string): Buffer | null {
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')
  if (chars.length !== KEY_CHARS) return null
  let bits = 0
  let value = 0
  const bytes: number[] = []
  for (const char of chars) {
    const digit = ALPHABET.indexOf(char)
    if (digit < 0) return null
    value = (value << 5) | digit
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff)
      bits -= 8
    }
    value &= (1 << bits) - 1
  }
  if (value !== 0) return null
  return Buffer.from(bytes)
}
