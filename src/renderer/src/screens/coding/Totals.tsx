import { Badge, Button, Group, Kbd, Text } from '@mantine/core'
import { cents, formatCents } from '../../../../shared/money'
import type { VisitStatus } from '../../../../shared/ops/visits'

interface Props {
  lineCount: number
  totalCents: number
  /** Lines whose charge is not an amount yet: left out of the total. */
  unpriced: number
  status: VisitStatus | 'new'
  changed: boolean
  /** The last thing that happened ("Draft saved."), read out politely. */
  notice: string | null
  busy: boolean
  readOnly: boolean
  onSave: () => void
  onMarkCoded: () => void
}

const STATUS: Record<Props['status'], { label: string; color: string }> = {
  new: { label: 'New — not saved', color: 'gray' },
  draft: { label: 'Draft', color: 'gray' },
  coded: { label: 'Coded', color: 'teal' },
  billed: { label: 'Billed', color: 'blue' },
}

/** Always in view at the foot of the screen: the visit's charges, its status, and the save keys. */
export function Totals(props: Props) {
  const status = STATUS[props.status]
  return (
    <div className="coding-totals" role="region" aria-label="Visit totals">
      <Group gap="sm" wrap="nowrap">
        <Badge color={status.color} variant="filled" data-testid="visit-status" size="lg">
          {status.label}
        </Badge>
        {props.changed && props.status === 'coded' && (
          <Text size="xs" c="orange.8">
            Changed — saving puts it back to draft
          </Text>
        )}
        {props.changed && (props.status === 'draft' || props.status === 'billed') && (
          <Text size="xs" c="dimmed">
            Unsaved changes
          </Text>
        )}
        <Text size="sm" role="status" data-testid="coding-notice" className="coding-notice">
          {props.notice}
        </Text>
      </Group>
      <Group gap="lg" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {props.lineCount} {props.lineCount === 1 ? 'line' : 'lines'}
          {props.unpriced > 0 && ` (${props.unpriced} without a charge)`}
        </Text>
        <Text size="lg" fw={700} data-testid="visit-total">
          Total {formatCents(cents(props.totalCents))}
        </Text>
        {!props.readOnly && (
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" onClick={props.onSave} loading={props.busy}>
              {props.status === 'billed' ? 'Save header' : 'Save draft'}{' '}
              <Kbd size="xs" ml={6}>
                Ctrl+S
              </Kbd>
            </Button>
            {props.status !== 'billed' && (
              <Button onClick={props.onMarkCoded} loading={props.busy}>
                Mark coded{' '}
                <Kbd size="xs" ml={6}>
                  Ctrl+Enter
                </Kbd>
              </Button>
            )}
          </Group>
        )}
      </Group>
    </div>
  )
}
