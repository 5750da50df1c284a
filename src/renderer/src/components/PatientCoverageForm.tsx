import { zodResolver } from '@hookform/resolvers/zod'
import { Stack } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { FormProvider, useForm } from 'react-hook-form'
import { z } from 'zod'
import type { CoverageRow, PatientDetail } from '../../../shared/ops/patients'
import { Coverage } from '../../../shared/schemas/coverage'
import type { CoverageOrder } from '../../../shared/validators/coveragePeriod'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'
import { useFocusFirstInvalid } from './RegistrationFocus'
import { PatientCoverageFields } from './PatientCoverageFields'
import { blankCoverage, coverageValues } from './PatientFormValues'
import type { PayerOption } from './PatientPayerChoices'
import { RegistrationFormButtons } from './RegistrationFormButtons'

/** Field paths match coverages.save's input, so main's refusal lands beside its field. */
const CoverageForm = z.object({ coverage: Coverage })

interface Props {
  patientId: number
  /** The coverage being changed, or null to add one of `order`. */
  row: z.infer<typeof CoverageRow> | null
  order: CoverageOrder
  payers: PayerOption[]
  onSaved: (detail: PatientDetail) => void
  onClose: () => void
}

/**
 * Adds or changes one coverage. Main checks it against the patient's other coverages (one
 * active coverage per order on any date) and names the clash at the effective date.
 */
export function PatientCoverageForm({ patientId, row, order, payers, onSaved, onClose }: Props) {
  const form = useForm({
    shouldFocusError: false,
    resolver: zodResolver(CoverageForm),
    defaultValues: { coverage: row ? coverageValues(row.coverage) : blankCoverage(order) },
  })
  const formRef = useFocusFirstInvalid(form.formState)
  const api = useApiErrors(form)

  const onSubmit = form.handleSubmit(async ({ coverage }) => {
    api.clear()
    try {
      onSaved(await call('coverages.save', { patientId, coverageId: row?.coverageId, coverage }))
    } catch (error) {
      api.report(error)
    }
  })

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        onSubmit={onSubmit}
        onKeyDown={getHotkeyHandler([['mod+S', () => void onSubmit()]])}
        noValidate
        aria-label="Coverage"
      >
        <Stack gap="sm">
          <PatientCoverageFields name="coverage" payers={payers} autoFocusPayer />
          <FormAlert message={api.alert} />
          <RegistrationFormButtons
            label="Save coverage"
            busy={form.formState.isSubmitting}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </FormProvider>
  )
}
