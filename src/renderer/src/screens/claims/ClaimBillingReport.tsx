import { Alert, Anchor, List, Text } from '@mantine/core'
import { billingSummary, type BillingRun } from './billCodedVisits'

/** The outcome of billing the coded visits: counts, then each visit skipped or refused. */
export function ClaimBillingReport({ run, onClose }: { run: BillingRun; onClose: () => void }) {
  const trouble = run.failed.length > 0
  return (
    <Alert
      color={trouble ? 'orange' : 'teal'}
      variant="light"
      role="status"
      withCloseButton
      onClose={onClose}
      closeButtonLabel="Close the billing report"
      title={billingSummary(run)}
      data-testid="billing-report"
    >
      {[...run.selfPay, ...run.failed].length > 0 && (
        <List size="sm" spacing={4}>
          {run.selfPay.map((v) => (
            <List.Item key={`s${v.visitId}`}>
              <Text span size="sm" fw={600}>
                Self-pay — <Anchor href={`#/coding/${v.visitId}`}>{v.who}</Anchor>:
              </Text>{' '}
              {v.message}
            </List.Item>
          ))}
          {run.failed.map((v) => (
            <List.Item key={`f${v.visitId}`}>
              <Text span size="sm" fw={600} c="red.8">
                Not billed — <Anchor href={`#/coding/${v.visitId}`}>{v.who}</Anchor>:
              </Text>{' '}
              {v.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  )
}
