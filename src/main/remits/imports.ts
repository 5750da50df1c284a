/**
 * Importing an 835 by hand (or previewing it): the file goes through the inbox like a
 * downloaded one, so the same processor posts it, and the same SHA-256 check refuses the same
 * file twice.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { EraResult } from '../../shared/ops/remits'
import { DomainError } from '../errors'
import type { InboundFile } from '../inbox/files'
import { detectKind } from '../inbox/kind'
import { importInbound, previewInbound, type ProcessContext } from '../inbox/process'
import { PROCESSORS } from '../inbox/processors'
import type { PostedFile } from './types'

export function importEra(
  db: Database.Database,
  input: { fileName: string; content: string },
  ctx: ProcessContext,
  dryRun: boolean,
): EraResult {
  const bytes = Buffer.from(input.content, 'latin1')
  const kind = detectKind(bytes)
  if (kind !== '835') {
    throw new DomainError(
      'invalid_input',
      `${input.fileName} is not an 835 remittance (it reads as ${kind}): nothing was imported.`,
    )
  }
  const run = dryRun ? previewInbound : importInbound
  const { file, duplicate, detail } = run(
    db,
    PROCESSORS,
    { bytes, name: input.fileName, source: 'manual' },
    ctx,
  )
  return eraResult(file, duplicate, detail)
}

function eraResult(file: InboundFile, duplicate: boolean, detail: unknown): EraResult {
  const posted = file.status === 'processed' && !duplicate ? (detail as PostedFile) : null
  return {
    fileId: file.id,
    fileName: file.originalName,
    status: duplicate ? 'refused' : file.status,
    duplicate,
    outcome: duplicate
      ? `This exact file was already imported on ${file.receivedAt.slice(0, 10)} at ${file.receivedAt.slice(11, 16)} by ${file.receivedBy} (as ${file.originalName})` +
        (file.processedAt
          ? `, posted ${file.processedAt.slice(0, 10)} by ${file.processedBy}`
          : '') +
        ': nothing was posted again.'
      : file.outcome,
    transactions: posted?.transactions ?? [],
    problems: posted?.problems ?? [],
  }
}
