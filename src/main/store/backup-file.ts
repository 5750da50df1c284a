import { createHash } from 'node:crypto'
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { z } from 'zod'
import { writeAll } from './atomic-file'
import { auditHeadSchema, parseKeyring, type Keyring } from './keyring-file'
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
/** A keyring is a few KB per person; anything far larger is not one of ours. */
const MAX_KEYRING_BYTES = 4 * 1024 * 1024

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)

const headerSchema = z.object({
  createdAt: z.iso.datetime(),
  schemaVersion: z.int().min(0),
  keyringBytes: z.int().min(1),
  dbBytes: z.int().min(1),
  keyringSha256: sha256Hex,
  dbSha256: sha256Hex,
  /** The audit log's head at the snapshot, authenticated with the store key (see audit.ts). */
  auditHead: auditHeadSchema.optional(),
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

/** Everything in a backup but the database itself, which is streamed (see copyBackupDb). */
export interface BackupHead {
  header: BackupHeader
  keyring: Keyring
  keyringBytes: Buffer
  /** Where the database snapshot starts in the file. */
  dbOffset: number
}

/**
 * Opens a backup for reading, accepting only a regular file: a device (/dev/urandom), a FIFO or
 * a folder is refused before a byte is read, so nothing can feed a restore endless data. The
 * open does not block on a FIFO with no writer.
 */
function openRegularFile(file: string): number {
  let fd: number
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new StoreError('missing', 'That backup file no longer exists.')
    if (code === 'EISDIR') throw notABackup('it is a folder, not a file')
    throw error
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) {
      throw notABackup(stat.isDirectory() ? 'it is a folder, not a file' : 'it is not a plain file')
    }
    return fd
  } catch (error) {
    closeSync(fd)
    throw error
  }
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length)
  let got = 0
  while (got < length) {
    const read = readSync(fd, buffer, got, length - got, position + got)
    if (read === 0) break
    got += read
  }
  return buffer.subarray(0, got)
}

/**
 * Reads and checks the magic line, header and keyring — a few KB however big the backup is —
 * and that the file is exactly as long as the header says.
 */
export function readBackupHead(file: string): BackupHead {
  const fd = openRegularFile(file)
  try {
    return readHead(fd)
  } finally {
    closeSync(fd)
  }
}

function readHead(fd: number): BackupHead {
  const size = fstatSync(fd).size
  const start = readExactly(fd, MAGIC.length + MAX_HEADER_BYTES + 1, 0)
  if (!start.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw notABackup('it is not a ClaimDesk backup')
  }
  const headerEnd = start.indexOf(0x0a, MAGIC.length)
  if (headerEnd < 0) throw notABackup('its header is damaged')
  const header = parseHeader(start.subarray(MAGIC.length, headerEnd))
  const keyringStart = headerEnd + 1
  const dbOffset = keyringStart + header.keyringBytes
  if (size !== dbOffset + header.dbBytes) {
    throw notABackup(
      size < dbOffset + header.dbBytes
        ? 'it is incomplete — it may have been cut off while copying'
        : 'it has extra bytes at the end',
    )
  }
  if (header.keyringBytes > MAX_KEYRING_BYTES) throw notABackup('its header is damaged')
  const keyringBytes = readExactly(fd, header.keyringBytes, keyringStart)
  if (sha256(keyringBytes) !== header.keyringSha256) {
    throw notABackup('its contents do not match their checksums')
  }
  return { header, keyring: parseKeyring(keyringBytes), keyringBytes, dbOffset }
}

/**
 * Streams the database snapshot out of the backup into `write`, 1 MiB at a time, hashing as it
 * goes; memory stays bounded whatever the backup's size. Throws (after the caller's partial
 * copy) when the bytes do not match the header's checksum or the file changed underneath.
 */
export function copyBackupDb(file: string, write: (chunk: Buffer) => void): BackupHead {
  const fd = openRegularFile(file)
  try {
    const head = readHead(fd)
    const hash = createHash('sha256')
    const buffer = Buffer.alloc(COPY_CHUNK)
    let position = head.dbOffset
    let left = head.header.dbBytes
    while (left > 0) {
      const read = readSync(fd, buffer, 0, Math.min(COPY_CHUNK, left), position)
      if (read === 0) throw notABackup('it is incomplete — it may have been cut off while copying')
      const chunk = buffer.subarray(0, read)
      hash.update(chunk)
      write(chunk)
      position += read
      left -= read
    }
    if (hash.digest('hex') !== head.header.dbSha256) {
      throw notABackup('its contents do not match their checksums')
    }
    return head
  } finally {
    closeSync(fd)
  }
}

/** Header, keyring and the whole database in memory: for small backups and tests only. */
export function readBackup(file: string): BackupContents {
  const chunks: Buffer[] = []
  const head = copyBackupDb(file, (chunk) => chunks.push(Buffer.from(chunk)))
  return {
    header: head.header,
    keyring: head.keyring,
    keyringBytes: head.keyringBytes,
    dbBytes: Buffer.concat(chunks),
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
