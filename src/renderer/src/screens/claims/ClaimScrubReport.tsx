import { Alert, Text } from '@mantine/core'
import type { OpOutput } from '../../../../shared/api'

type ScrubRun = OpOutput<'claims.scrubAll'>

/** What "Scrub all" found: how many claims are ready and how many are held, and why. */
export function ClaimScrubReport({ run, onClose }: { run: ScrubRun; onClose: () => void }) {
  const open = run.findings.filter((f) => !f.acknowledged)
  const errors = open.filter((f) => f.severity === 'error').length
  const warnings = open.length - errors
  return (
    <Alert
      color={run.held > 0 ? 'orange' : 'teal'}
      variant="light"
      role="status"
      withCloseButton
      onClose={onClose}
      closeButtonLabel="Close the scrub report"
      data-testid="scrub-report"
      title={`Scrubbed ${run.scrubbed} ${run.scrubbed === 1 ? 'claim' : 'claims'}: ${run.ready} ready, ${run.held} held`}
    >
      <Text size="sm">
        {run.held === 0
          ? 'Every draft and ready claim is clean: queue them in the Outbox.'
          : `${errors} ${errors === 1 ? 'error' : 'errors'} and ${warnings} unacknowledged ${warnings === 1 ? 'warning' : 'warnings'} hold claims back — filter by draft and open each to fix it.`}
      </Text>
    </Alert>
  )
}
