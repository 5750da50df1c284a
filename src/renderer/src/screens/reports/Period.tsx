import { Group } from '@mantine/core'
import { useCallback, useState, type ReactNode } from 'react'
import type { REPORT_NAMES } from '../../../../shared/ops/reports'
import { UsDateInput } from '../../components/UsDateInput'
import { messageOf } from '../../forms/useApiErrors'
import { useLoad } from '../../useLoad'
import { ExportButtons } from './ExportButtons'
import { daysBefore, exportReport, today, type ExportFormat } from './format'

export interface PeriodValue {
  from: string
  to: string
}

const ISO = /^\d{4}-\d{2}-\d{2}$/

/**
 * A report's date box: typed as MM/DD/YYYY, and the report asked again only once what is typed
 * is a whole date, not at every keystroke.
 */
export function ReportDate(props: {
  label: string
  value: string
  onChange: (iso: string) => void
}) {
  const [typed, setTyped] = useState(props.value)
  return (
    <UsDateInput
      label={props.label}
      value={typed}
      error={typed && !ISO.test(typed) ? 'not a date' : undefined}
      onChange={(v) => {
        setTyped(v)
        if (ISO.test(v)) props.onChange(v)
      }}
    />
  )
}

/** From/to dates and the CSV and PDF exports, above every report that covers a period. */
export function PeriodBar(props: {
  value: PeriodValue
  onChange: (p: PeriodValue) => void
  onExport: (format: ExportFormat) => void
}) {
  const { value, onChange } = props
  return (
    <Group align="end">
      <ReportDate
        label="From"
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <ReportDate label="Through" value={value.to} onChange={(to) => onChange({ ...value, to })} />
      <ExportButtons onExport={props.onExport} />
    </Group>
  )
}

/**
 * A report over a period: the period bar (dates and CSV export) and the report loaded for it,
 * asked again when the period changes. Starts at the last `daysBack` days.
 */
export function usePeriodReport<T>(
  report: (typeof REPORT_NAMES)[number],
  daysBack: number,
  fetch: (period: PeriodValue) => Promise<T>,
): { data: T | null | undefined; error: string | null; bar: ReactNode } {
  const [period, setPeriod] = useState(() => ({ from: daysBefore(today(), daysBack), to: today() }))
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(
    async () => (period.from && period.to ? fetch(period) : null),
    // `fetch` names one operation for the life of the tab.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [period],
  )
  const loaded = useLoad(load)
  const bar = (
    <PeriodBar
      value={period}
      onChange={setPeriod}
      onExport={(format) =>
        void exportReport(format, { report, period }).catch((e) => setError(messageOf(e)))
      }
    />
  )
  return { data: loaded.data, error: error ?? loaded.error, bar }
}
