import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, NativeSelect, TextInput } from '@mantine/core'
import { useForm, type Control, type FieldValues } from 'react-hook-form'
import { UsDateField } from './UsDateInput'
import { z } from 'zod'
import { AUDIT_KIND_LABELS, AUDIT_KINDS, AuditFilter } from '../../../shared/ops/audit'
import { useApiErrors } from '../forms/useApiErrors'
import { FormAlert } from './FormAlert'

const Query = AuditFilter.omit({ beforeId: true, limit: true })

/** What a person types (all text), turned into main's own filter schema before it is checked. */
const FilterForm = z
  .object({
    username: z.string(),
    kind: z.string(),
    accountNo: z.string(),
    from: z.string(),
    to: z.string(),
  })
  .transform((v) => {
    // Empty boxes are no filter at all, not a filter for "".
    const query: z.input<typeof Query> = {}
    if (v.username.trim()) query.username = v.username.trim()
    if (v.kind) query.kind = v.kind as (typeof AUDIT_KINDS)[number]
    if (v.accountNo.trim()) query.accountNo = v.accountNo.trim()
    if (v.from) query.from = v.from
    if (v.to) query.to = v.to
    return query
  })
  .pipe(Query)

export type AuditQuery = z.output<typeof FilterForm>

const KIND_OPTIONS = [
  { value: '', label: 'Every action' },
  ...AUDIT_KINDS.map((k) => ({ value: k, label: AUDIT_KIND_LABELS[k] })),
]

interface Props {
  onFilter: (query: AuditQuery) => Promise<void>
}

/** User, action type, patient (by account number) and dates; main filters, not this screen. */
export function AuditFilters({ onFilter }: Props) {
  const form = useForm({
    resolver: zodResolver(FilterForm),
    defaultValues: { username: '', kind: '', accountNo: '', from: '', to: '' },
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
          size="xs"
          w={130}
          error={errors.username?.message}
          {...register('username')}
        />
        <NativeSelect
          label="Action type"
          size="xs"
          w={210}
          data={KIND_OPTIONS}
          {...register('kind')}
        />
        <TextInput
          label="Patient account no."
          size="xs"
          w={140}
          error={errors.accountNo?.message}
          {...register('accountNo')}
        />
        <UsDateField name="from" label="From" control={control} error={errors.from?.message} />
        <UsDateField name="to" label="Through" control={control} error={errors.to?.message} />
        <Button type="submit" mt={22} loading={formState.isSubmitting}>
          Filter
        </Button>
      </Group>
      <FormAlert message={api.alert} />
    </form>
  )
}
