import { usersSealProblem } from '../../accounts/user-seal'
import { readKeyring } from '../../store/keyring'
import { queryAudit, verifyAuditWithHeads } from '../../store/audit'
import { keyringWitness } from '../../store/audit-head'
import { backupWitnesses } from '../../store/backup'
import { defineHandlers } from '../router'

export const auditHandlers = defineHandlers({
  'audit.list': ({ limit, ...filter }, { office }) => {
    const rows = queryAudit(office.store.db, {
      ...filter,
      from: filter.from,
      // `to` is a whole day: everything up to its last instant counts.
      to: filter.to ? `${filter.to}T23:59:59.999Z` : undefined,
      limit: limit + 1,
    })
    const entries = rows.slice(0, limit)
    return {
      entries: entries.map((r) => ({
        id: r.id,
        at: r.at,
        username: r.username,
        action: r.action,
        patientId: r.patientId,
        detail: r.detail,
      })),
      nextBeforeId: rows.length > limit ? entries[entries.length - 1]!.id : null,
    }
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
