import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useFieldArray, useFormContext, useWatch, type FieldValues } from 'react-hook-form'
import { COVERAGE_ORDERS, type CoverageOrder } from '../../../shared/validators/coveragePeriod'
import type { CoverageInput } from '../../../shared/schemas/coverage'
import { PatientCoverageFields } from './PatientCoverageFields'
import { blankCoverage } from './PatientFormValues'
import type { PayerOption } from './PatientPayerChoices'
import { fieldError } from './RegistrationFieldError'

const ORDER_TITLES: Record<CoverageOrder, string> = {
  primary: 'Primary coverage',
  secondary: 'Secondary coverage',
  tertiary: 'Tertiary coverage',
}

/** The coverages typed with a new patient: primary first, then secondary and tertiary. */
export function PatientCoverageList({ payers }: { payers: PayerOption[] }) {
  const { control, getFieldState, formState } = useFormContext<FieldValues>()
  const coverages = useFieldArray({ control, name: 'coverages' })
  const rows = coverages.fields
  // The orders as typed now (a row's order may have been changed since it was added).
  const typed = (useWatch({ control, name: 'coverages' }) ?? []) as CoverageInput[]
  const next = COVERAGE_ORDERS.find((o) => !typed.some((r) => r.order === o))
  const listError = fieldError(getFieldState, formState, 'coverages')

  return (
    <Stack gap="xs">
      <Title order={4}>Insurance</Title>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No coverage yet — add the primary insurance from the card, or save as self-pay.
        </Text>
      )}
      {rows.map((row, index) => (
        <Paper
          key={row.id}
          withBorder
          p="xs"
          component="section"
          aria-label={`Coverage ${index + 1}`}
        >
          <Text size="sm" fw={600} mb={4}>
            {ORDER_TITLES[typed[index]?.order ?? 'primary'] ?? `Coverage ${index + 1}`}
          </Text>
          <PatientCoverageFields name={`coverages.${index}`} payers={payers} />
          <Group justify="flex-end" mt={4}>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => coverages.remove(index)}
            >
              Remove this coverage
            </Button>
          </Group>
        </Paper>
      ))}
      {listError && (
        <Text size="sm" c="red">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          variant="default"
          size="xs"
          disabled={next === undefined}
          onClick={() =>
            coverages.append(blankCoverage(next ?? 'tertiary'), {
              focusName: `coverages.${rows.length}.payerId`,
            })
          }
        >
          {rows.length === 0 ? 'Add insurance coverage' : 'Add another coverage'}
        </Button>
      </Group>
    </Stack>
  )
}
