/**
 * One sync cycle with the clearinghouse:
 * 1. upload each batch waiting in the outbox from its stored 837 text — written under a temporary
 *    name, renamed, and its size checked on the server — and only then mark its claims submitted;
 * 2. list the download folder (and its per-tax-ID subfolders), skip empty files and files still
 *    being written (their size changes between two looks), download each, store it in the inbox
 *    (keyed by SHA-256: the same file is never processed twice) and process it;
 * 3. only then delete it from the server, or move it to the archive folder.
 * Anything that fails leaves the batches queued and the server files in place for the next cycle.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { SyncResult } from '../../shared/ops/clearinghouse'
import { markBatchSent, pendingBatches } from '../claims/batch'
import type { Actor } from '../claims/claim'
import { importInbound, type Processors } from '../inbox/process'
import { PROCESSORS } from '../inbox/processors'
import { readAccount } from './settings'
import { connectSftp } from './sftp'
import { recordFailure, recordSuccess, syncStatus } from './status'
import type { Connector } from './test-connection'
import { joinRemote, TransportError, type RemoteEntry, type Transport } from './transport'

export interface SyncOptions {
  connect?: Connector
  timeoutMs?: number
  /** How long to wait between the two looks at a file's size (still being written?). */
  settleMs?: number
  processors?: Processors
  /** Next scheduled attempt, for the status returned. */
  nextAttemptAt?: () => string | null
}

interface Counts {
  uploadedBatches: number
  claimsSubmitted: number
  downloaded: number
  duplicates: number
  skipped: number
  removed: number
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Names that are not replies: our own temporary files, hidden files, partial transfers. */
function ignored(name: string): boolean {
  return name.startsWith('.') || /\.(part|tmp|filepart)$/i.test(name)
}

async function upload(
  db: Database.Database,
  transport: Transport,
  uploadDir: string,
  actor: () => Actor,
  counts: Counts,
): Promise<void> {
  for (const batch of pendingBatches(db)) {
    const bytes = Buffer.from(batch.content, 'latin1')
    const remote = joinRemote(uploadDir, batch.fileName)
    // A crash after the rename but before the claims were marked: the file is already there.
    const already = await transport.size(remote)
    if (already !== bytes.length) {
      const temp = joinRemote(uploadDir, `.${batch.fileName}.part`)
      await transport.put(bytes, temp)
      const written = await transport.size(temp)
      if (written !== bytes.length) {
        await transport.remove(temp).catch(() => undefined)
        throw new TransportError(
          'other',
          `The server kept ${written ?? 0} of ${bytes.length} bytes of ${batch.fileName}: it will be sent again.`,
        )
      }
      if (already !== null) await transport.remove(remote)
      await transport.rename(temp, remote)
      const confirmed = await transport.size(remote)
      if (confirmed !== bytes.length) {
        throw new TransportError(
          'other',
          `${batch.fileName} is not complete on the server (${confirmed ?? 0} of ${bytes.length} bytes): it will be sent again.`,
        )
      }
    }
    const sent = markBatchSent(db, batch.batchId, actor(), { via: 'sftp', where: remote })
    counts.uploadedBatches += 1
    counts.claimsSubmitted += sent.claimsSubmitted
  }
}

/** Files in the download folder and one level of subfolders (one per tax ID at some vendors). */
async function replies(transport: Transport, downloadDir: string): Promise<RemoteEntry[]> {
  const files: RemoteEntry[] = []
  for (const entry of await transport.list(downloadDir)) {
    if (ignored(entry.name)) continue
    if (!entry.isDirectory) {
      files.push(entry)
      continue
    }
    for (const inner of await transport.list(entry.path)) {
      if (!inner.isDirectory && !ignored(inner.name)) {
        files.push({ ...inner, name: `${entry.name}/${inner.name}` })
      }
    }
  }
  return files
}

async function download(
  db: Database.Database,
  transport: Transport,
  dirs: { downloadDir: string; archiveDir: string | null },
  actor: () => Actor,
  processors: Processors,
  settleMs: number,
  counts: Counts,
): Promise<void> {
  const first = (await replies(transport, dirs.downloadDir)).filter((f) => {
    if (f.size > 0) return true
    counts.skipped += 1
    return false
  })
  if (first.length === 0) return
  await sleep(settleMs)
  for (const file of first) {
    const size = await transport.size(file.path)
    if (size === null) continue
    if (size !== file.size) {
      counts.skipped += 1 // still being written: next cycle
      continue
    }
    const bytes = await transport.get(file.path)
    if (bytes.length !== size) {
      counts.skipped += 1
      continue
    }
    const who = actor()
    const result = importInbound(
      db,
      processors,
      { bytes, name: file.name, source: 'clearinghouse' },
      { user: who.user, at: who.at },
    )
    if (result.duplicate) counts.duplicates += 1
    else counts.downloaded += 1
    if (dirs.archiveDir) {
      const flat = file.name.replace(/\//g, '_')
      let target = joinRemote(dirs.archiveDir, flat)
      if ((await transport.size(target)) !== null) {
        target = joinRemote(dirs.archiveDir, `${Date.now()}-${flat}`)
      }
      await transport.rename(file.path, target)
    } else {
      await transport.remove(file.path)
    }
    counts.removed += 1
  }
}

export async function syncOnce(
  db: Database.Database,
  actor: () => Actor,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const account = readAccount(db)
  const counts: Counts = {
    uploadedBatches: 0,
    claimsSubmitted: 0,
    downloaded: 0,
    duplicates: 0,
    skipped: 0,
    removed: 0,
  }
  const connect = options.connect ?? connectSftp
  let transport: Transport | null = null
  try {
    transport = await connect(account, { timeoutMs: options.timeoutMs })
    await upload(db, transport, account.connection.uploadDir, actor, counts)
    await download(
      db,
      transport,
      { downloadDir: account.connection.downloadDir, archiveDir: account.connection.archiveDir },
      actor,
      options.processors ?? PROCESSORS,
      options.settleMs ?? 1000,
      counts,
    )
    recordSuccess(db, actor().at)
    return { ok: true, ...counts, status: syncStatus(db, options.nextAttemptAt?.() ?? null) }
  } catch (err) {
    if (!(err instanceof TransportError)) throw err
    recordFailure(db, actor().at, err.kind, err.message)
    return { ok: false, ...counts, status: syncStatus(db, options.nextAttemptAt?.() ?? null) }
  } finally {
    await transport?.end()
  }
}
