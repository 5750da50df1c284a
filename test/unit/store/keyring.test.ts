import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  createKeyring,
  hasUser,
  parseKeyring,
  removeUser,
  replaceRecoveryKey,
  serializeKeyring,
  setUserPassword,
  unwrapForUser,
  unwrapForUserAsync,
  unwrapWithRecovery,
  userTag,
  type Keyring,
} from '../../../src/main/store/keyring'
import { DEFAULT_KDF } from '../../../src/main/store/key-wrap'

const FAST = { N: 2 ** 14, r: 8, p: 1, keyLen: 32 } as const
const dbKey = randomBytes(32)
const dana = { username: 'Dana.Ruiz', password: 'correct horse battery staple' }

function danaAndSam(): { keyring: Keyring; recoveryKey: string } {
  const made = createKeyring(dbKey, dana, FAST)
  return {
    keyring: setUserPassword(made.keyring, dbKey, 'samuel.okafor', 'tr0ub4dor&3'),
    recoveryKey: made.recoveryKey,
  }
}

describe('keyring', () => {
  it("unwraps the practice key with the person's password", () => {
    const { keyring } = danaAndSam()
    expect(unwrapForUser(keyring, dana.username, dana.password)?.equals(dbKey)).toBe(true)
    expect(unwrapForUser(keyring, 'samuel.okafor', 'tr0ub4dor&3')?.equals(dbKey)).toBe(true)
  })

  it('finds the person whatever the case of the username they type', () => {
    const { keyring } = danaAndSam()
    expect(unwrapForUser(keyring, 'dana.ruiz', dana.password)?.equals(dbKey)).toBe(true)
    expect(hasUser(keyring, 'DANA.RUIZ')).toBe(true)
  })

  it('returns null for a wrong password and for someone with no entry', () => {
    const { keyring } = danaAndSam()
    expect(unwrapForUser(keyring, dana.username, 'Correct horse battery staple')).toBeNull()
    expect(unwrapForUser(keyring, 'nobody', dana.password)).toBeNull()
  })

  it('spends the same scrypt time on an unknown username as on a wrong password', () => {
    const keyring = createKeyring(dbKey, dana, DEFAULT_KDF).keyring
    const time = (username: string) => {
      const samples = [0, 1, 2].map(() => {
        const start = performance.now()
        unwrapForUser(keyring, username, 'wrong')
        return performance.now() - start
      })
      return samples.sort((a, b) => a - b)[1] ?? 0
    }
    const known = time(dana.username)
    const unknown = time('nobody')
    // Loose bounds: the CPU is shared; skipping scrypt would make the ratio near 0.
    expect(unknown / known).toBeGreaterThan(0.5)
    expect(unknown / known).toBeLessThan(2)
  })

  it('does not reveal usernames: tags are hashes and no username appears in the file', () => {
    const { keyring } = danaAndSam()
    const text = serializeKeyring(keyring).toString('utf8').toLowerCase()
    expect(text).not.toContain('dana.ruiz')
    expect(text).not.toContain('samuel.okafor')
    expect(text).not.toContain('okafor')
    expect(keyring.entries.map((e) => e.tag)).toEqual([
      userTag('dana.ruiz', keyring.tagSalt),
      userTag('samuel.okafor', keyring.tagSalt),
    ])
    // Salted per keyring: the plain hash of a guessed name confirms nothing.
    expect(keyring.entries[0]!.tag).not.toBe(userTag('dana.ruiz'))
    expect(Buffer.from(userTag('samuel.okafor'), 'base64')).toHaveLength(32)
  })

  it('never writes the key or a password into the file', () => {
    const { keyring } = danaAndSam()
    const bytes = serializeKeyring(keyring)
    for (const secret of [dbKey, Buffer.from(dana.password), Buffer.from('tr0ub4dor&3')]) {
      expect(bytes.includes(secret)).toBe(false)
      expect(bytes.includes(secret.toString('base64'))).toBe(false)
      expect(bytes.includes(secret.toString('hex'))).toBe(false)
    }
  })

  it("will not open Sam's entry with Sam's password once it is moved under Dana's tag", () => {
    const { keyring } = danaAndSam()
    const [danaEntry, samEntry] = keyring.entries
    if (!danaEntry || !samEntry) throw new Error('expected two entries')
    const swapped: Keyring = {
      ...keyring,
      entries: [{ ...samEntry, tag: danaEntry.tag }],
    }
    expect(unwrapForUser(swapped, dana.username, 'tr0ub4dor&3')).toBeNull()
  })

  it('opens with the recovery key however it is typed back', () => {
    const { keyring, recoveryKey } = danaAndSam()
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(unwrapWithRecovery(keyring, recoveryKey)?.equals(dbKey)).toBe(true)
    const sloppy = recoveryKey.toLowerCase().replace(/-/g, ' ')
    expect(unwrapWithRecovery(keyring, sloppy)?.equals(dbKey)).toBe(true)
  })

  it('refuses a recovery key from another practice', () => {
    const { keyring } = danaAndSam()
    const other = createKeyring(randomBytes(32), dana, FAST).recoveryKey
    expect(unwrapWithRecovery(keyring, other)).toBeNull()
    expect(unwrapWithRecovery(keyring, 'not a key')).toBeNull()
  })

  it('rewraps on a password change: the old password stops working', () => {
    const { keyring } = danaAndSam()
    const changed = setUserPassword(keyring, dbKey, dana.username, 'a new long passphrase')
    expect(unwrapForUser(changed, dana.username, dana.password)).toBeNull()
    expect(unwrapForUser(changed, dana.username, 'a new long passphrase')?.equals(dbKey)).toBe(true)
    expect(changed.entries).toHaveLength(2)
    expect(unwrapForUser(keyring, dana.username, dana.password)?.equals(dbKey)).toBe(true)
  })

  it('removes a person so their password no longer opens anything', () => {
    const { keyring } = danaAndSam()
    const without = removeUser(keyring, 'SAMUEL.OKAFOR')
    expect(hasUser(without, 'samuel.okafor')).toBe(false)
    expect(unwrapForUser(without, 'samuel.okafor', 'tr0ub4dor&3')).toBeNull()
    expect(unwrapForUser(without, dana.username, dana.password)?.equals(dbKey)).toBe(true)
  })

  it('replaces the recovery key: the old one stops working', () => {
    const { keyring, recoveryKey } = danaAndSam()
    const replaced = replaceRecoveryKey(keyring, dbKey)
    expect(unwrapWithRecovery(replaced.keyring, recoveryKey)).toBeNull()
    expect(unwrapWithRecovery(replaced.keyring, replaced.recoveryKey)?.equals(dbKey)).toBe(true)
  })

  it('treats the same password typed in composed or decomposed Unicode as the same', () => {
    const made = createKeyring(dbKey, { username: 'zoë', password: 'café au lait' }, FAST)
    const decomposed = 'cafe\u0301 au lait'
    expect(unwrapForUser(made.keyring, 'zoe\u0308', decomposed)?.equals(dbKey)).toBe(true)
  })

  it('unwraps off the main thread with the same answers', async () => {
    const { keyring } = danaAndSam()
    expect((await unwrapForUserAsync(keyring, dana.username, dana.password))?.equals(dbKey)).toBe(
      true,
    )
    expect(await unwrapForUserAsync(keyring, dana.username, 'nope')).toBeNull()
    expect(await unwrapForUserAsync(keyring, 'nobody', 'nope')).toBeNull()
  })

  it('round-trips through its file form', () => {
    const { keyring, recoveryKey } = danaAndSam()
    const again = parseKeyring(serializeKeyring(keyring))
    expect(again).toEqual(keyring)
    expect(unwrapWithRecovery(again, recoveryKey)?.equals(dbKey)).toBe(true)
  })
})

describe('parseKeyring', () => {
  const good = () => JSON.parse(serializeKeyring(danaAndSam().keyring).toString()) as Keyring

  it('says the file is damaged when it is not JSON', () => {
    expect(() => parseKeyring(Buffer.from('{"format":1,'))).toThrow(
      'The key file (claimdesk.keyring) is damaged (it is not readable JSON). Restore it from a backup.',
    )
  })

  it('names the damaged entry', () => {
    const keyring = good()
    const entry = keyring.entries[1]
    if (!entry) throw new Error('expected two entries')
    entry.wrapped = entry.wrapped.slice(4)
    expect(() => parseKeyring(JSON.stringify(keyring))).toThrow(/entries\.1\.wrapped/)
  })

  it('refuses scrypt settings that would exhaust memory', () => {
    const keyring = good()
    keyring.kdf.N = 2 ** 30
    expect(() => parseKeyring(JSON.stringify(keyring))).toThrow(/kdf\.N/)
  })

  it('asks for a newer ClaimDesk when the format is newer', () => {
    const keyring = { ...good(), format: 2 }
    expect(() => parseKeyring(JSON.stringify(keyring))).toThrow(/newer ClaimDesk \(format 2\)/)
  })
})
