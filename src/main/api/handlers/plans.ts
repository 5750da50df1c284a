import { localIsoDate } from '../../../shared/validators/isoDate'
import type { Office } from '../../office'
import {
  accountPlans,
  createPlan,
  endPlan,
  listPlans,
  planView,
  previewPlan,
} from '../../plans/plan'
import { defineHandlers } from '../router'

const today = (office: Office) => localIsoDate(office.clock())

export const planHandlers = defineHandlers({
  'plans.preview': (request, { office }) => {
    const p = previewPlan(office.store.db, request, today(office))
    return {
      accountNo: p.accountNo,
      guarantor: p.guarantor,
      accountBalanceCents: p.accountBalanceCents,
      totalCents: p.terms.totalCents,
      downPaymentCents: p.terms.downPaymentCents,
      items: p.items,
    }
  },
  'plans.create': (request, { office, session }) => {
    const db = office.store.db
    const by = { user: session.user?.username ?? 'system', at: office.clock().toISOString() }
    return db.transaction(() => createPlan(db, request, today(office), by)).immediate()
  },
  'plans.end': ({ accountNo, reason }, { office, session }) => {
    const db = office.store.db
    const by = { user: session.user?.username ?? 'system', at: office.clock().toISOString() }
    return db
      .transaction(() => {
        const { row, account } = endPlan(db, accountNo, reason, by)
        return planView(db, row, account, today(office))
      })
      .immediate()
  },
  'plans.show': ({ accountNo }, { office }) =>
    accountPlans(office.store.db, accountNo, today(office)),
  'plans.list': ({ all }, { office }) => listPlans(office.store.db, today(office), all ?? false),
})
