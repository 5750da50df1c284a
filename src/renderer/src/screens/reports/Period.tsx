import { Button, Group } from '@mantine/core'
import { useState } from 'react'
import { UsDateInput } from '../../components/UsDateInput'

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

/** From/to dates and the CSV export, above every report that covers a period. */
export function PeriodBar(props: {
  value: PeriodValue
  onChange: (p: PeriodValue) => void
  onExport: () => void
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
      <Button variant="default" onClick={props.onExport}>
        Export CSV
      </Button>
    </Group>
  )
}
