import { Button, Group } from '@mantine/core'
import type { ExportFormat } from './format'

/** The two ways out of a report: a spreadsheet, or pages to print and file. */
export function ExportButtons(props: { onExport: (format: ExportFormat) => void }) {
  return (
    <Group gap="xs">
      <Button variant="default" onClick={() => props.onExport('csv')}>
        Export CSV
      </Button>
      <Button variant="default" onClick={() => props.onExport('pdf')}>
        Export PDF
      </Button>
    </Group>
  )
}
