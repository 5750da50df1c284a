import { Alert } from '@mantine/core'
import { usDatesIn } from '../../../shared/usFormat'

/** Main's refusal that belongs to no single field, read out by screen readers as it appears. */
export function FormAlert({ message, title }: { message: string | null; title?: string }) {
  if (!message) return null
  return (
    <Alert color="red" variant="light" title={title} role="alert" data-testid="form-alert">
      {/* Main speaks ISO dates; the office reads MM/DD/YYYY. */}
      {usDatesIn(message)}
    </Alert>
  )
}
