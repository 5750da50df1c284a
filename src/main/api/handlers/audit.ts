import { usersSealProblem } from '../../accounts/user-seal'
import { csvLine, usTimestamp } from '../../audit/csv'
import { kindFilter } from '../../audit/kinds'
import { auditSubjects, describeEntry, detailWords } from '../../audit/wording'
import { DomainError } from '../../errors'
import { readKeyring } from '../../store/keyring'
import {
  queryAudit,
  verifyAuditWithHeads,
  type AuditFilter,
  type AuditRow,
} from '../../store/audit'
import { keyringWitness } from '../../store/audit-head'
import { backupWitnesses } from '../../store/backup'
import { firstRow, storeQuery } from '../../store/sync-query'
import type { Office } from '../../office'
import type { OpParsedInput } from '../../../shared/api'
import { defineHandlers } from '../router'

type Query = Omit<OpParsedInput<'audit.list'>, 'limit' | 'beforeId'>

/** The screen's filter as the store's: an account number becomes the patient, a type its actions. */
function storeFilter(office: Office, query: Query): AuditFilter {
  const { kind, accountNo, ...rest } = query
  let patientId = rest.patientId
  if (accountNo !== undefined) {
    const row = firstRow(
      office.store.db,
      storeQuery.selectFrom('patients').select('id').where('account_no', '=', accountNo),
    )
    if (!row) {
      throw new DomainError('not_found', `No patient has account number ${accountNo}.`, 'accountNo')
    }
    patientId = row.id
  }
  return {
    ...rest,
    ...(patientId !== undefined ? { patientId } : {}),
    ...(kind ? kindFilter(kind) : {}),
    // `to` is a whole day: everything up to its last instant counts.
    to: rest.to ? `${rest.to}T23:59:59.999Z` : undefined,
  }
}

function inWords(office: Office, rows: AuditRow[]) {
  const subjects = auditSubjects(office.store.db, rows)
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    username: r.username,
    action: r.action,
    description: describeEntry(r, subjects),
    patientId: r.patientId,
    patient: r.patientId === null ? null : (subjects.patients.get(r.patientId) ?? null),
    detail: r.detail,
  }))
}

/** An export holds at most this many entries: a year of a small office, and a file Excel opens. */
const EXPORT_LIMIT = 200_000

export const auditHandlers = defineHandlers({
  'audit.list': ({ limit, beforeId, ...query }, { office }) => {
    const rows = queryAudit(office.store.db, {
      ...storeFilter(office, query),
      ...(beforeId !== undefined ? { beforeId } : {}),
      limit: limit + 1,
    })
    const entries = rows.slice(0, limit)
    return {
      entries: inWords(office, entries),
      nextBeforeId: rows.length > limit ? entries[entries.length - 1]!.id : null,
    }
  },
  'audit.export': (query, { office }) => {
    const filter = storeFilter(office, query)
    const lines = [csvLine(['When (UTC)', 'User', 'Action', 'Account no.', 'Patient', 'Details'])]
    let beforeId: number | undefined
    let count = 0
    while (count < EXPORT_LIMIT) {
      const rows = queryAudit(office.store.db, {
        ...filter,
        ...(beforeId !== undefined ? { beforeId } : {}),
        limit: 1000,
      })
      if (rows.length === 0) break
      for (const e of inWords(office, rows)) {
        lines.push(
          csvLine([
            usTimestamp(e.at),
            e.username ?? '',
            e.description,
            e.patient?.accountNo ?? '',
            e.patient?.name ?? '',
            detailWords(e.detail),
          ]),
        )
      }
      count += rows.length
      beforeId = rows[rows.length - 1]!.id
    }
    const day = office.clock().toISOString().slice(0, 10)
    return { fileName: `audit-log-${day}.csv`, csv: `${lines.join('\r\n')}\r\n`, count }
  },
  'audit.verify': (_input, { office }) => {
    const { db, key } = office.store
    // The head as the keyring and the newest backups in the backup folder last saw it.
    const folder = office.settings().backup.folder
    const witnesses = [
      ...keyringWitness(office.dataDir),
      ...(folder ? backupWitnesses(db, key, folder) : []),
    ]
    const result = verifyAuditWithHeads(db, key, witnesses)
    const problem = office.adminKey
      ? usersSealProblem(readKeyring(office.dataDir), db, office.adminKey)
      : null
    if (result.ok && problem) return { ok: false, count: result.count, entryId: 0, reason: problem }
    return result.ok
      ? { ok: true, count: result.count, entryId: null, reason: null }
      : { ok: false, count: result.count, entryId: result.entryId, reason: result.reason }
  },
})
