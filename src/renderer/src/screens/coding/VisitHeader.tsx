import { formatDate } from '../../../../shared/usFormat'
import { UsDateField } from '../../components/UsDateInput'
import { Group, NativeSelect, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState, type Ref } from 'react'
import { useFormContext, useWatch } from 'react-hook-form'
import { isoDateError } from '../../../../shared/validators/isoDate'
import { call } from '../../api'
import { PatientPicker } from './PatientPicker'
import { choicesFor, type CodingSetup } from './useCodingSetup'
import type { VisitValues } from './visitForm'

interface Props {
  setup: CodingSetup
  patientShown: string
  onPatient: (patientId: number, shown: string) => void
  /** Nothing can change (the person may not write visits). */
  readOnly: boolean
  /**
   * On a claim: who, when, by whom and where are fixed; the prior authorization, place of service
   * and referring provider can still be fixed while the claim is unsent.
   */
  billed: boolean
  patientRef: Ref<HTMLInputElement>
}

const toId = (v: string) => (v === '' ? Number.NaN : Number(v))
const toOptionalId = (v: string) => (v === '' ? undefined : Number(v))

/** Who was seen, when, by whom and where: the claim's header (837P 2300 and 2310 loops). */
export function VisitHeader(props: Props) {
  const { setup, patientShown, onPatient, readOnly, billed, patientRef } = props
  const { register, setValue, control, formState } = useFormContext<VisitValues>()
  const errors = formState.errors
  const [locationId, providerId, referrerId, pos, date] = useWatch({
    control,
    name: [
      'locationId',
      'renderingProviderId',
      'referringProviderId',
      'placeOfService',
      'dateOfService',
    ],
  })
  const revalidate = formState.isSubmitted

  const pick = (label: string) => [{ value: '', label }]
  const providers = choicesFor(setup.providers, providerId)
  const locations = choicesFor(setup.locations, locationId)
  const referrers = choicesFor(setup.referrers, referrerId)

  return (
    <fieldset className="visit-header" disabled={readOnly}>
      <legend className="visually-hidden">Visit</legend>
      {billed && !readOnly && (
        <Text size="sm" c="blue.8" mb={4} data-testid="billed-note">
          Billed: the codes and lines now live on the claim. The prior authorization, place of
          service and referring provider can still be fixed here; saving (Ctrl+S) scrubs the claim
          again.
        </Text>
      )}
      <Group gap="xs" align="flex-start" wrap="wrap">
        <PatientPicker
          shown={patientShown}
          inputRef={patientRef}
          error={errors.patientId?.message}
          disabled={readOnly || billed}
          onPick={(p) => {
            setValue('patientId', p.patientId, { shouldValidate: revalidate, shouldDirty: true })
            onPatient(p.patientId, `${p.lastName}, ${p.firstName} · DOB ${formatDate(p.dob)}`)
          }}
        />
        <UsDateField
          name="dateOfService"
          label="Date of service"
          w={150}
          disabled={billed}
          error={errors.dateOfService?.message}
        />
        <NativeSelect
          label="Rendering provider"
          w={230}
          disabled={billed}
          data={[
            ...pick(providers.length ? 'Pick the provider' : 'No providers yet'),
            ...providers.map((p) => ({ value: String(p.id), label: p.label })),
          ]}
          error={errors.renderingProviderId?.message}
          {...register('renderingProviderId', { setValueAs: toId })}
        />
        <NativeSelect
          label="Location"
          w={220}
          disabled={billed}
          data={[
            ...pick(locations.length ? 'Pick the location' : 'No locations yet'),
            ...locations.map((l) => ({ value: String(l.id), label: l.label })),
          ]}
          error={errors.locationId?.message}
          {...register('locationId', {
            setValueAs: toId,
            onChange: (e: { target: { value: string } }) => {
              const chosen = setup.locations.find((l) => String(l.id) === e.target.value)
              if (chosen) {
                setValue('placeOfService', chosen.placeOfService, { shouldValidate: revalidate })
              }
            },
          })}
        />
        <div>
          <TextInput
            label="Place of service"
            w={110}
            maxLength={2}
            inputMode="numeric"
            classNames={{ input: 'mono' }}
            error={errors.placeOfService?.message}
            {...register('placeOfService')}
          />
          <PlaceName code={pos} date={date} />
        </div>
      </Group>
      <Group gap="xs" align="flex-start" wrap="wrap" mt={4}>
        <NativeSelect
          label="Referring provider (optional)"
          w={300}
          data={[
            ...pick('None'),
            ...referrers.map((r) => ({ value: String(r.id), label: r.label })),
          ]}
          error={errors.referringProviderId?.message}
          {...register('referringProviderId', { setValueAs: toOptionalId })}
        />
        <TextInput
          label="Prior authorization"
          w={220}
          autoComplete="off"
          classNames={{ input: 'mono' }}
          error={errors.priorAuthorization?.message}
          {...register('priorAuthorization')}
        />
      </Group>
    </fieldset>
  )
}

/** The place of service's name from the POS list, so "11" reads as "Office". */
function PlaceName({ code, date }: { code: string | undefined; date: string | undefined }) {
  const [query] = useDebouncedValue(`${code ?? ''}|${date ?? ''}`, 150)
  const [answer, setAnswer] = useState<{ query: string; text: string }>({ query: '', text: '' })
  useEffect(() => {
    const [pos = '', day = ''] = query.split('|')
    if (!/^\d{2}$/.test(pos) || isoDateError(day) !== null) return
    let live = true
    call('codes.lookup', { set: 'pos', code: pos, date: day }).then(
      (r) => live && setAnswer({ query, text: r.entry?.description ?? r.problem ?? '' }),
      () => live && setAnswer({ query, text: '' }),
    )
    return () => {
      live = false
    }
  }, [query])
  const text = answer.query === `${code ?? ''}|${date ?? ''}` ? answer.text : ''
  return (
    <Text size="xs" c="dimmed" maw={200} lineClamp={1} title={text} data-testid="pos-name">
      {text || '\u00a0'}
    </Text>
  )
}
