import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { formatRecoveryKey, parseRecoveryKey } from '../../../src/main/store/recovery-key'

describe('recovery key', () => {
  it('shows 32 bytes as 13 dash-separated groups of 4 unambiguous characters', () => {
    const text = formatRecoveryKey(randomBytes(32))
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/)
  })

  it('reads back exactly the bytes it showed, for many random keys', () => {
    for (let i = 0; i < 200; i++) {
      const secret = randomBytes(32)
      expect(parseRecoveryKey(formatRecoveryKey(secret))?.equals(secret)).toBe(true)
    }
  })

  it('encodes known bytes the Crockford way', () => {
    expect(formatRecoveryKey(Buffer.alloc(32, 0))).toBe(`${'0000-'.repeat(12)}0000`)
    expect(formatRecoveryKey(Buffer.alloc(32, 0xff)).replace(/-/g, '')).toBe(`${'Z'.repeat(51)}G`)
  })

  it('forgives case, spaces, dashes, and O/I/L typed for 0/1/1', () => {
    const secret = Buffer.alloc(32, 0)
    secret[0] = 0x08
    const shown = formatRecoveryKey(secret)
    expect(shown.startsWith('1000')).toBe(true)
    const typed = `  l${shown.slice(1, 4)} ${shown.slice(5).replace(/0/g, 'o').replace(/-/g, ' ')}`
    expect(parseRecoveryKey(typed)?.equals(secret)).toBe(true)
  })

  it('rejects text of the wrong length or with letters outside the alphabet', () => {
    const shown = formatRecoveryKey(randomBytes(32))
    expect(parseRecoveryKey(shown.slice(0, -1))).toBeNull()
    expect(parseRecoveryKey(`${shown}0`)).toBeNull()
    expect(parseRecoveryKey(`U${shown.slice(1)}`)).toBeNull()
  })

  it('rejects a last character whose unused bits are set', () => {
    const shown = formatRecoveryKey(Buffer.alloc(32, 0))
    expect(parseRecoveryKey(`${shown.slice(0, -1)}1`)).toBeNull()
  })
})
