/** The action types a compliance officer filters by, turned into the log's own action names. */
import { OP_NAMES, ops } from '../../shared/api'
import type { AuditKind } from '../../shared/ops/audit'
import type { AuditFilter } from '../store/audit'

const AUDITED_AS: Partial<Record<AuditKind, string>> = {
  viewed: 'patient-read',
  changed: 'patient-write',
  exported: 'export',
  settings: 'admin',
  searched: 'list-read',
}

export function kindFilter(kind: AuditKind): Pick<AuditFilter, 'actions' | 'actionLike'> {
  if (kind === 'signin') return { actionLike: 'auth.%' }
  if (kind === 'refused') return { actionLike: '%.denied' }
  const audit = AUDITED_AS[kind]
  return { actions: OP_NAMES.filter((name) => ops[name].audit === audit) }
}
