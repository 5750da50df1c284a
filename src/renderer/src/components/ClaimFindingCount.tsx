import { Group, Text } from '@mantine/core'

/** Errors block a claim; warnings wait for an acknowledgment. Zero of both reads as a dash. */
export function ClaimFindingCount({ errors, warnings }: { errors: number; warnings: number }) {
  if (errors === 0 && warnings === 0) {
    return (
      <Text span size="sm" c="dimmed" data-testid="finding-count">
        —
      </Text>
    )
  }
  return (
    <Group gap={8} wrap="nowrap" component="span" data-testid="finding-count">
      {errors > 0 && (
        <Text span size="sm" c="red.8" fw={600}>
          {errors} {errors === 1 ? 'error' : 'errors'}
        </Text>
      )}
      {warnings > 0 && (
        <Text span size="sm" c="orange.8" fw={600}>
          {warnings} {warnings === 1 ? 'warning' : 'warnings'}
        </Text>
      )}
    </Group>
  )
}
