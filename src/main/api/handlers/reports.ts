import { localIsoDate } from '../../../shared/validators/isoDate'
import type { Office } from '../../office'
import { claimsActivity, collectionsTrend } from '../../reports/activity'
import { agingClaims, agingReport } from '../../reports/aging'
import { activityCsv, agingCsv, daySheetCsv, denialsCsv, kpiCsv } from '../../reports/csv'
import { addDays } from '../../reports/dates'
import { daySheet } from '../../reports/daysheet'
import { denialReport } from '../../reports/denials'
import { kpiReport } from '../../reports/kpis'
import { DomainError } from '../../errors'
import { defineHandlers } from '../router'

const today = (office: Office) => localIsoDate(office.clock())

/** The last 30 days, when a report that needs a period is exported without one. */
function periodOr(office: Office, period?: { from: string; to: string }) {
  const to = today(office)
  return period ?? { from: addDays(to, -29), to }
}

export const reportHandlers = defineHandlers({
  'reports.aging': (input, { office }) =>
    agingReport(office.store.db, { ...input, asOf: input.asOf ?? today(office) }),
  'reports.aging.claims': (input, { office }) =>
    agingClaims(office.store.db, { ...input, asOf: input.asOf ?? today(office) }),
  'reports.kpis': ({ from, to }, { office }) => kpiReport(office.store.db, from, to),
  'reports.denials': ({ from, to }, { office }) => denialReport(office.store.db, from, to),
  'reports.daysheet': ({ date }, { office }) => daySheet(office.store.db, date),
  'reports.activity': ({ from, to, unbilledDays }, { office }) =>
    claimsActivity(office.store.db, from, to, unbilledDays),
  'reports.collections': ({ from, to }, { office }) => collectionsTrend(office.store.db, from, to),
  'reports.csv': (input, { office }) => {
    const db = office.store.db
    const p = periodOr(office, input.period)
    switch (input.report) {
      case 'aging': {
        const a = input.aging ?? { by: 'payer' as const, agedFrom: 'service' as const }
        const asOf = a.asOf ?? today(office)
        return {
          fileName: `aging-by-${a.by}-${asOf}.csv`,
          csv: agingCsv(agingReport(db, { by: a.by, agedFrom: a.agedFrom, asOf })),
        }
      }
      case 'kpis':
        return { fileName: `kpis-${p.from}-${p.to}.csv`, csv: kpiCsv(kpiReport(db, p.from, p.to)) }
      case 'denials':
        return {
          fileName: `denials-${p.from}-${p.to}.csv`,
          csv: denialsCsv(denialReport(db, p.from, p.to)),
        }
      case 'daysheet': {
        if (!input.date)
          throw new DomainError('invalid_input', 'Choose the day for the day sheet', 'date')
        return {
          fileName: `daysheet-${input.date}.csv`,
          csv: daySheetCsv(daySheet(db, input.date)),
        }
      }
      case 'activity':
        return {
          fileName: `claims-activity-${p.from}-${p.to}.csv`,
          csv: activityCsv(claimsActivity(db, p.from, p.to, 3)),
        }
    }
  },
})
