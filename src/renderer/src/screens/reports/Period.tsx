import { Button, Group, TextInput } from '@mantine/core'

export interface PeriodValue {
  from: string
  to: string
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
      <TextInput
        label="From"
        type="date"
        w={160}
        value={value.from}
        onChange={(e) => onChange({ ...value, from: e.currentTarget.value })}
      />
      <TextInput
        label="To"
        type="date"
        w={160}
        value={value.to}
        onChange={(e) => onChange({ ...value, to: e.currentTarget.value })}
      />
      <Button variant="default" onClick={props.onExport}>
        Export CSV
      </Button>
    </Group>
  )
}
