import { localIsoDate } from '../../../shared/validators/isoDate'
import type { InboxFile as InboxFileView } from '../../../shared/schemas/inbox'
import {
  acknowledgmentsOf,
  acknowledgmentsOfFile,
  fixAndResend,
  moveOn,
  rejections,
} from '../../acknowledgments/worklist'
import { claimDetail } from '../../claims'
import { DomainError } from '../../errors'
import { fileContent, getFile, listFiles, type InboundFile } from '../../inbox/files'
import { importInbound } from '../../inbox/process'
import { PROCESSORS } from '../../inbox/processors'
import type { Office } from '../../office'
import type { Session } from '../session'
import { defineHandlers } from '../router'
import { readDelimiters } from '../../x12/tokenize'

const MAX_TEXT = 1024 * 1024

function who(office: Office, session: Session) {
  return { user: session.user?.username ?? 'system', at: office.clock().toISOString() }
}

export function fileView(f: InboundFile): InboxFileView {
  return {
    id: f.id,
    receivedAt: f.receivedAt,
    receivedBy: f.receivedBy,
    source: f.source,
    originalName: f.originalName,
    kind: f.kind,
    size: f.size,
    status: f.status,
    outcome: f.outcome,
    processedAt: f.processedAt,
  }
}

/** X12 one segment a line (what a biller can read); text reports as they are. */
function readable(kind: InboundFile['kind'], raw: string): string {
  const text = raw.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
  if (kind === 'text' || kind === 'unknown') return text
  const start = text.indexOf('ISA')
  let terminator: string
  try {
    terminator = readDelimiters(text, Math.max(0, start)).segment
  } catch {
    return text
  }
  if (/[\r\n]/.test(terminator)) return text
  return text
    .split(terminator)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => s + terminator)
    .join('\n')
}

export const inboxHandlers = defineHandlers({
  'inbox.list': ({ limit, offset, kind }, { office }) =>
    listFiles(office.store.db, { limit, offset, ...(kind ? { kind } : {}) }).map(fileView),
  'inbox.get': ({ fileId }, { office }) => {
    const { db } = office.store
    const file = getFile(db, fileId)
    const content = fileContent(db, fileId)
    const truncated = content.length > MAX_TEXT
    const raw = content.subarray(0, MAX_TEXT).toString(file.kind === 'text' ? 'utf8' : 'latin1')
    return {
      ...fileView(file),
      detail: file.detail,
      text: readable(file.kind, raw),
      truncated,
      acknowledgments: acknowledgmentsOfFile(db, fileId),
    }
  },
  'inbox.import': ({ files }, { office, session }) => {
    const { db } = office.store
    const ctx = who(office, session)
    const decoded = files.map(({ name, contentBase64 }) => {
      const bytes = Buffer.from(contentBase64, 'base64')
      if (bytes.length === 0) {
        throw new DomainError('invalid_input', `${name} is empty: nothing was imported.`, 'files')
      }
      return { name, bytes }
    })
    // Each file is applied (or refused) whole, in its own transaction.
    return decoded.map(({ name, bytes }) => {
      const result = importInbound(db, PROCESSORS, { bytes, name, source: 'manual' }, ctx)
      return { file: fileView(result.file), duplicate: result.duplicate }
    })
  },
  'claims.acknowledgments': ({ claimId }, { office }) =>
    acknowledgmentsOf(office.store.db, claimId),
  'claims.rejections': (_input, { office }) => rejections(office.store.db),
  'claims.fixAndResend': ({ claimId }, { office, session }) => {
    const { db } = office.store
    const result = fixAndResend(db, claimId, who(office, session), localIsoDate(office.clock()))
    const claim = claimDetail(db, claimId)
    return { ...result, claim, patientId: claim.patientId }
  },
  'claims.moveOn': ({ claimId, to, reason, payerClaimNumber }, { office, session }) => {
    const { db } = office.store
    moveOn(db, claimId, to, reason, payerClaimNumber, who(office, session))
    return claimDetail(db, claimId)
  },
})
