import { localIsoDate } from '../../../shared/validators/isoDate'
import type { Office } from '../../office'
import { claimsActivity, collectionsTrend } from '../../reports/activity'
import { agingClaims, agingReport } from '../../reports/aging'
import {
  activityCsv,
  activityTable,
  agingCsv,
  agingTable,
  daySheetCsv,
  daySheetTable,
  denialsCsv,
  denialsTable,
  kpiCsv,
  kpiTable,
  type ReportTable,
} from '../../reports/csv'
import { reportPdf } from '../../reports/pdf'
import { printedPractice } from '../../statements/content'
import { formatDateTime } from '../../../shared/usFormat'
import type { z } from 'zod'
import type { ExportInput as ExportInputSchema } from '../../../shared/ops/reports'
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
    const r = exported(office, input)
    return { fileName: `${r.stem}.csv`, csv: r.csv }
  },
  'reports.pdf': async (input, { office }) => {
    const r = exported(office, input)
    const practice = printedPractice(office.store.db)
    const pdf = await reportPdf(r.table, {
      practice: {
        name: practice.name,
        lines: practice.returnLines.slice(1),
        phone: practice.phone,
      },
      printedAt: formatDateTime(office.clock().toISOString()),
    })
    return { fileName: `${r.stem}.pdf`, pdfBase64: pdf.toString('base64') }
  },
})

type ExportInput = z.output<typeof ExportInputSchema>

/** One report, chosen and run once, as the table both exports print and as CSV text. */
function exported(
  office: Office,
  input: ExportInput,
): { stem: string; table: ReportTable; csv: string } {
  const db = office.store.db
  const p = periodOr(office, input.period)
  switch (input.report) {
    case 'aging': {
      const a = input.aging ?? { by: 'payer' as const, agedFrom: 'service' as const }
      const asOf = a.asOf ?? today(office)
      const r = agingReport(db, { by: a.by, agedFrom: a.agedFrom, asOf })
      return { stem: `aging-by-${a.by}-${asOf}`, table: agingTable(r), csv: agingCsv(r) }
    }
    case 'kpis': {
      const r = kpiReport(db, p.from, p.to)
      return { stem: `kpis-${p.from}-${p.to}`, table: kpiTable(r), csv: kpiCsv(r) }
    }
    case 'denials': {
      const r = denialReport(db, p.from, p.to)
      return { stem: `denials-${p.from}-${p.to}`, table: denialsTable(r), csv: denialsCsv(r) }
    }
    case 'daysheet': {
      if (!input.date)
        throw new DomainError('invalid_input', 'Choose the day for the day sheet', 'date')
      const r = daySheet(db, input.date)
      return { stem: `daysheet-${input.date}`, table: daySheetTable(r), csv: daySheetCsv(r) }
    }
    case 'activity': {
      const r = claimsActivity(db, p.from, p.to, 3)
      return {
        stem: `claims-activity-${p.from}-${p.to}`,
        table: activityTable(r),
        csv: activityCsv(r),
      }
    }
  }
}
