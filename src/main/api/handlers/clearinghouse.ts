import { markBatchSent } from '../../claims/batch'
import { readClearinghouse, writeClearinghouse } from '../../claims/clearinghouse'
import { readConnection, readSecret, saveConnection } from '../../clearinghouse/settings'
import { clearStop } from '../../clearinghouse/status'
import { testConnection } from '../../clearinghouse/test-connection'
import type { Office } from '../../office'
import { defineHandlers } from '../router'

function view(office: Office) {
  const { db } = office.store
  const secret = readSecret(db)
  return {
    connection: readConnection(db),
    hasPassword: secret.password !== null,
    hasPrivateKey: secret.privateKey !== null,
    ids: readClearinghouse(db),
  }
}

export const clearinghouseHandlers = defineHandlers({
  'clearinghouse.get': (_input, { office }) => view(office),
  'clearinghouse.save': ({ connection, password, privateKey, ids }, { office }) => {
    const { db } = office.store
    db.transaction(() => {
      saveConnection(db, connection, { password, privateKey })
      if (ids) writeClearinghouse(db, ids)
      clearStop(db)
    })()
    return view(office)
  },
  'clearinghouse.test': ({ trustHostKey }, { office }) =>
    testConnection(office.store.db, { ...office.clearinghouse.options, trustHostKey }),
  'clearinghouse.status': (_input, { office }) => office.clearinghouse.status(),
  'clearinghouse.syncNow': (_input, { office, session }) =>
    office.clearinghouse.runNow(session.user?.username ?? 'system'),
  'claims.batchExported': ({ batchId, file }, { office, session }) =>
    markBatchSent(
      office.store.db,
      batchId,
      { user: session.user?.username ?? 'system', at: office.clock().toISOString() },
      { via: 'export', where: file },
    ),
})
