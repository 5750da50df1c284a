import { leaveIfConfirmed, useUnsavedChanges } from '../forms/unsaved'
import { UsDateField } from './UsDateInput'
import { zodResolver } from '@hookform/resolvers/zod'
import { Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { z } from 'zod'
import type { DuplicateMatch, PatientDetail } from '../../../shared/ops/patients'
import { PatientCoverages } from '../../../shared/schemas/coverage'
import { Patient } from '../../../shared/schemas/patient'
import { call } from '../api'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'
import { useFocusFirstInvalid } from '../forms/useFocusFirstInvalid'
import { PatientCoverageList } from './PatientCoverageList'
import { PatientDuplicateWarning } from './PatientDuplicateWarning'
import { blankPatient, patientValues } from './PatientFormValues'
import { PatientGuarantorFields } from './PatientGuarantorFields'
import type { PayerOption } from './PatientPayerChoices'
import { RegistrationAddressFields } from './RegistrationAddressFields'
import { RegistrationFormButtons } from './RegistrationFormButtons'
import { RegistrationNameFields } from './RegistrationNameFields'
import { SEX_OPTIONS } from './RegistrationOptions'

/** The same rules main applies to patients.create (and, without coverages, patients.update). */
const Registration = z.object({ patient: Patient, coverages: PatientCoverages })
type RegistrationOutput = z.output<typeof Registration>

const STATEMENT_OPTIONS = [
  { value: 'mail', label: 'Mail statements' },
  { value: 'hold', label: 'Hold statements (dispute, agreement)' },
]

interface Props {
  /** The patient being changed; null registers a new one (with coverages). */
  existing: PatientDetail | null
  payers: PayerOption[]
  onSaved: (detail: PatientDetail) => void
  onCancel: () => void
}

/** Registration and demographics: create (with coverages) or edit (coverages on their own tab). */
export function PatientForm({ existing, payers, onSaved, onCancel }: Props) {
  const form = useForm({
    shouldFocusError: false,
    resolver: zodResolver(Registration),
    defaultValues: {
      patient: existing ? patientValues(existing.patient) : blankPatient(),
      coverages: [],
    },
  })
  const { register, formState } = form
  const errors = formState.errors.patient
  const formRef = useFocusFirstInvalid(form.formState)
  const api = useApiErrors(form)
  useUnsavedChanges(formState.isDirty)
  const [duplicates, setDuplicates] = useState<{
    list: DuplicateMatch[]
    values: RegistrationOutput
  } | null>(null)
  const [forcing, setForcing] = useState(false)

  async function save(values: RegistrationOutput, acknowledgeDuplicates: boolean) {
    api.clear()
    try {
      if (existing) {
        onSaved(
          await call('patients.update', { patientId: existing.patientId, patient: values.patient }),
        )
        return
      }
      const answer = await call('patients.create', { ...values, acknowledgeDuplicates })
      if (answer.created) {
        setDuplicates(null)
        onSaved(answer.detail)
      } else {
        setDuplicates({ list: answer.duplicates, values })
      }
    } catch (error) {
      setDuplicates(null)
      api.report(error)
    }
  }

  const onSubmit = form.handleSubmit((values) => save(values, false))

  async function createAnyway() {
    if (!duplicates) return
    setForcing(true)
    await save(duplicates.values, true)
    setForcing(false)
  }

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        onSubmit={onSubmit}
        onKeyDown={getHotkeyHandler([
          ['mod+S', () => void onSubmit()],
          ['Escape', (e: KeyboardEvent) => cancelUnlessPicking(e, leaveIfConfirmed(onCancel))],
        ])}
        noValidate
        aria-label={existing ? 'Edit patient' : 'Register a patient'}
      >
        <Stack gap="sm">
          <RegistrationNameFields name="patient" autoFocus />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <UsDateField
              name="patient.dob"
              label="Date of birth"
              w={180}
              error={errors?.dob?.message}
            />
            <NativeSelect
              label="Sex"
              w={180}
              data={SEX_OPTIONS}
              error={errors?.sex?.message}
              {...register('patient.sex')}
            />
            <TextInput
              label="Email"
              type="email"
              style={{ flex: 1 }}
              autoComplete="off"
              error={errors?.email?.message}
              {...register('patient.email')}
            />
          </Group>
          <RegistrationAddressFields name="patient.address" legend="Home address" />
          <Group gap="xs" align="flex-start" grow>
            <TextInput
              label="Home phone"
              type="tel"
              error={errors?.phones?.home?.message}
              {...register('patient.phones.home')}
            />
            <TextInput
              label="Mobile phone"
              type="tel"
              error={errors?.phones?.mobile?.message}
              {...register('patient.phones.mobile')}
            />
            <TextInput
              label="Work phone"
              type="tel"
              error={errors?.phones?.work?.message}
              {...register('patient.phones.work')}
            />
          </Group>
          <PatientGuarantorFields name="patient.guarantor" />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <NativeSelect
              label="Statements"
              w={280}
              data={STATEMENT_OPTIONS}
              error={errors?.statementPreference?.message}
              {...register('patient.statementPreference')}
            />
            <Textarea
              label="Notes"
              style={{ flex: 1 }}
              autosize
              minRows={1}
              maxRows={4}
              error={errors?.notes?.message}
              {...register('patient.notes')}
            />
          </Group>
          {!existing && <PatientCoverageList payers={payers} />}
          <FormAlert message={api.alert} />
          {duplicates && (
            <PatientDuplicateWarning
              duplicates={duplicates.list}
              busy={forcing}
              onCreateAnyway={() => void createAnyway()}
            />
          )}
          <RegistrationFormButtons
            label={existing ? 'Save patient' : 'Register patient'}
            busy={formState.isSubmitting}
            onCancel={leaveIfConfirmed(onCancel)}
          />
        </Stack>
      </form>
    </FormProvider>
  )
}

/** Esc leaves the form, except while a picker's list is open: then it only closes the list. */
function cancelUnlessPicking(event: KeyboardEvent, onCancel: () => void) {
  const target = event.target as HTMLElement | null
  if (target?.getAttribute('aria-expanded') === 'true') return
  onCancel()
}
