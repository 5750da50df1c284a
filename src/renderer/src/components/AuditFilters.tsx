import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, TextInput } from '@mantine/core'
import { useForm, type Control, type FieldValues } from 'react-hook-form'
import { UsDateField } from './UsDateInput'
import { z } from 'zod'
import { AuditFilter } from '../../../shared/ops/audit'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'

const Query = AuditFilter.omit({ beforeId: true, limit: true })

/** What a person types (all text), turned into main's own filter schema before it is checked. */
const FilterForm = z
  .object({
    username: z.string(),
    action: z.string(),
    patientId: z.string().regex(/^\s*\d*\s*$/, 'A patient id is a number.'),
    from: z.string(),
    to: z.string(),
  })
  .transform((v) => {
    // Empty boxes are no filter at all, not a filter for "".
    const query: z.input<typeof Query> = {}
    if (v.username.trim()) query.username = v.username.trim()
    if (v.action.trim()) query.action = v.action.trim()
    if (v.patientId.trim()) query.patientId = Number(v.patientId)
    if (v.from) query.from = v.from
    if (v.to) query.to = v.to
    return query
  })
  .pipe(Query)

export type AuditQuery = z.output<typeof FilterForm>

interface Props {
  onFilter: (query: AuditQuery) => Promise<void>
}

export function AuditFilters({ onFilter }: Props) {
  const form = useForm({
    resolver: zodResolver(FilterForm),
    defaultValues: { username: '', action: '', patientId: '', from: '', to: '' },
  })
  const { register, formState } = form
  const control = form.control as unknown as Control<FieldValues>
  const errors = formState.errors
  const api = useApiErrors(form)

  const onSubmit = form.handleSubmit(async (query) => {
    api.clear()
    try {
      await onFilter(query)
    } catch (error) {
      api.report(error)
    }
  })

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Audit filters">
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          label="User name"
          w={140}
          error={errors.username?.message}
          {...register('username')}
        />
        <TextInput
          label="Action"
          w={160}
          placeholder="e.g. auth.login"
          error={errors.action?.message}
          {...register('action')}
        />
        <TextInput
          label="Patient id"
          w={100}
          inputMode="numeric"
          error={errors.patientId?.message}
          {...register('patientId')}
        />
        <UsDateField name="from" label="From" control={control} error={errors.from?.message} />
        <UsDateField name="to" label="To" control={control} error={errors.to?.message} />
        <Button type="submit" mt={22} loading={formState.isSubmitting}>
          Filter
        </Button>
      </Group>
      <FormAlert message={api.alert} />
    </form>
  )
}
