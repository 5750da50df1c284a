import { createHash } from 'node:crypto'
import { closeSync, openSync, readFileSync, readSync } from 'node:fs'
import { z } from 'zod'
import { writeAll } from './atomic-file'
import { parseKeyring, type Keyring } from './keyring-file'
import { StoreError } from './store-error'

/**
 * One self-contained file: the keyring (so the backup opens with the passwords and recovery key
 * of its day) and the encrypted database snapshot. The header holds sizes and checksums only,
 * never the practice's name or anything about patients.
 */
export const BACKUP_MAGIC = Buffer.from('CLAIMDESK-BACKUP 1\n', 'ascii')
const MAGIC = BACKUP_MAGIC
const MAX_HEADER_BYTES = 4096
const COPY_CHUNK = 1024 * 1024

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)

const headerSchema = z.object({
  createdAt: z.iso.datetime(),
  schemaVersion: z.int().min(0),
  keyringBytes: z.int().min(1),
  dbBytes: z.int().min(1),
  keyringSha256: sha256Hex,
  dbSha256: sha256Hex,
})

export type BackupHeader = z.infer<typeof headerSchema>

export interface BackupContents {
  header: BackupHeader
  keyring: Keyring
  keyringBytes: Buffer
  dbBytes: Buffer
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Hashes a file in chunks: a database snapshot may be larger than we want in memory twice. */
export function sha256File(path: string): { sha256: string; bytes: number } {
  const hash = createHash('sha256')
  let bytes = 0
  forEachChunk(path, (chunk) => {
    hash.update(chunk)
    bytes += chunk.length
  })
  return { sha256: hash.digest('hex'), bytes }
}

/** Writes the container to an open file descriptor; the caller makes it durable and renames. */
export function writeContainer(
  fd: number,
  header: BackupHeader,
  keyringBytes: Buffer,
  dbSnapshotPath: string,
): void {
  writeAll(fd, MAGIC)
  writeAll(fd, Buffer.from(`${JSON.stringify(headerSchema.parse(header))}\n`, 'utf8'))
  writeAll(fd, keyringBytes)
  forEachChunk(dbSnapshotPath, (chunk) => writeAll(fd, chunk))
}

export function readBackup(file: string): BackupContents {
  const bytes = readBackupBytes(file)
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw notABackup('it is not a ClaimDesk backup')
  }
  const headerEnd = bytes.indexOf(0x0a, MAGIC.length)
  if (headerEnd < 0 || headerEnd - MAGIC.length > MAX_HEADER_BYTES) {
    throw notABackup('its header is damaged')
  }
  const header = parseHeader(bytes.subarray(MAGIC.length, headerEnd))
  const keyringStart = headerEnd + 1
  const dbStart = keyringStart + header.keyringBytes
  if (bytes.length !== dbStart + header.dbBytes) {
    throw notABackup(
      bytes.length < dbStart + header.dbBytes
        ? 'it is incomplete — it may have been cut off while copying'
        : 'it has extra bytes at the end',
    )
  }
  const keyringBytes = bytes.subarray(keyringStart, dbStart)
  const dbBytes = bytes.subarray(dbStart)
  if (sha256(keyringBytes) !== header.keyringSha256 || sha256(dbBytes) !== header.dbSha256) {
    throw notABackup('its contents do not match their checksums')
  }
  return { header, keyring: parseKeyring(keyringBytes), keyringBytes, dbBytes }
}

function readBackupBytes(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new StoreError('missing', 'That backup file no longer exists.')
    }
    throw error
  }
}

function parseHeader(line: Buffer): BackupHeader {
  try {
    return headerSchema.parse(JSON.parse(line.toString('utf8')))
  } catch {
    throw notABackup('its header is damaged')
  }
}

function notABackup(why: string): StoreError {
  return new StoreError('corrupt', `This backup file cannot be used: ${why}.`)
}

function forEachChunk(path: string, use: (chunk: Buffer) => void): void {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(COPY_CHUNK)
    for (;;) {
      const read = readSync(fd, buffer, 0, COPY_CHUNK, null)
      if (read === 0) return
      use(buffer.subarray(0, read))
    }
  } finally {
    closeSync(fd)
  }
}
