import { formatDateTime } from '../../../shared/usFormat'
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core'
import type { ClaimFinding } from '../../../shared/schemas/claim'
import './ClaimFindingList.css'

export interface FindingTarget {
  href: string
  label: string
}

interface Props {
  findings: ClaimFinding[]
  /** Where each finding is fixed, or null when it is not fixed on another screen. */
  targetOf: (field: string) => FindingTarget | null
  canAcknowledge: boolean
  /** `${ruleId} ${field}` of the warning being acknowledged. */
  acknowledging: string | null
  onAcknowledge: (ruleId: string, field: string) => void
}

const ORDER = { error: 0, warning: 1 } as const

/**
 * What the scrubber found, errors first: each says what is wrong and how to fix it, links to
 * the field to fix, and a warning can be acknowledged to send the claim anyway.
 */
export function ClaimFindingList(props: Props) {
  const { findings, targetOf, canAcknowledge, acknowledging, onAcknowledge } = props
  if (findings.length === 0) {
    return (
      <Text size="sm" c="teal.8" data-testid="no-findings">
        The scrubber found nothing to fix.
      </Text>
    )
  }
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  return (
    <Stack gap={6} role="list" aria-label="Scrubber findings" data-testid="claim-findings">
      {sorted.map((f, i) => {
        const target = targetOf(f.field)
        const acknowledged = f.acknowledgedBy !== null
        const tone = f.severity === 'error' ? 'red' : acknowledged ? 'gray' : 'orange'
        return (
          <Paper
            key={`${f.ruleId}-${f.field}-${i}`}
            role="listitem"
            className="claim-finding"
            data-severity={f.severity}
            data-acknowledged={acknowledged || undefined}
            withBorder
            p="xs"
            radius="sm"
          >
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Badge color={tone} variant={acknowledged ? 'outline' : 'filled'} w={84} mt={2}>
                {f.severity}
              </Badge>
              <Stack gap={2} style={{ flex: 1 }}>
                <Text size="sm" fw={500} data-testid="finding-message">
                  {f.message}
                </Text>
                <Group gap="md">
                  {target && (
                    <Anchor href={target.href} size="sm" fw={600} data-testid="finding-link">
                      {target.label} →
                    </Anchor>
                  )}
                  <Text size="xs" c="dimmed" ff="monospace">
                    {f.ruleId} · {f.field}
                  </Text>
                  {acknowledged && (
                    <Text size="xs" c="dimmed">
                      Acknowledged by {f.acknowledgedBy}
                      {f.acknowledgedAt ? `, ${formatDateTime(f.acknowledgedAt)}` : ''}
                    </Text>
                  )}
                </Group>
              </Stack>
              {f.severity === 'warning' && !acknowledged && canAcknowledge && (
                <Button
                  size="xs"
                  variant="light"
                  color="orange"
                  loading={acknowledging === `${f.ruleId} ${f.field}`}
                  onClick={() => onAcknowledge(f.ruleId, f.field)}
                  title="Send the claim with this one warning: your name and the time are kept"
                >
                  Acknowledge
                </Button>
              )}
            </Group>
          </Paper>
        )
      })}
    </Stack>
  )
}
