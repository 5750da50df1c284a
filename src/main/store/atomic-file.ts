import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** A temp file beside `path`, so a rename onto `path` never crosses file systems. */
export function tempPathBeside(path: string, purpose = 'tmp'): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.${purpose}`)
}

/**
 * Readers see the old file or the new one, never half of either, even if power fails mid-write:
 * write a sibling, flush it, rename over, flush the folder entry.
 */
export function writeFileDurably(path: string, write: (fd: number) => void): void {
  const temp = tempPathBeside(path)
  try {
    const fd = openSync(temp, 'wx', 0o600)
    try {
      write(fd)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  syncFolder(dirname(path))
}

export function writeFileAtomic(path: string, bytes: Buffer): void {
  writeFileDurably(path, (fd) => writeAll(fd, bytes))
}

export function writeAll(fd: number, chunk: Buffer): void {
  let offset = 0
  while (offset < chunk.length) offset += writeSync(fd, chunk, offset, chunk.length - offset)
}

/** Makes renames in `dir` durable. Windows cannot open a folder for fsync; NTFS journals renames. */
export function syncFolder(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Best effort only; see above.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
