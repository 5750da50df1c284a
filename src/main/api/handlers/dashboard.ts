import { roleMay } from '../../../shared/permissions'
import { localIsoDate } from '../../../shared/validators/isoDate'
import { attentionToday } from '../../dashboard/today'
import { defineHandlers } from '../router'

export const dashboardHandlers = defineHandlers({
  'dashboard.today': (_input, { office, session }) => {
    const role = session.user!.role
    const today = localIsoDate(office.clock())
    const items = attentionToday(
      office.store.db,
      today,
      (permission) => roleMay(role, permission),
      roleMay(role, 'inbox.read') ? office.clearinghouse.status() : null,
    )
    return { today, items }
  },
})
