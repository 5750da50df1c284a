import { Group, TextInput } from '@mantine/core'
import { useFormContext, type FieldValues } from 'react-hook-form'
import { fieldError } from './RegistrationFieldError'

interface Props {
  /** Path of the object holding lastName, firstName, middleName, suffix ('' for the root). */
  name: string
  /** Autofocus the first box (the first field of a form). */
  autoFocus?: boolean
}

/** Name parts in the order a card or chart gives them: last, first, middle, suffix. */
export function RegistrationNameFields({ name, autoFocus }: Props) {
  const { register, getFieldState, formState } = useFormContext<FieldValues>()
  const path = (part: string) => (name ? `${name}.${part}` : part)
  const error = (part: string) => fieldError(getFieldState, formState, path(part))
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <TextInput
        label="Last name"
        style={{ flex: 3 }}
        autoFocus={autoFocus}
        data-autofocus={autoFocus || undefined}
        autoComplete="off"
        error={error('lastName')}
        {...register(path('lastName'))}
      />
      <TextInput
        label="First name"
        style={{ flex: 3 }}
        autoComplete="off"
        error={error('firstName')}
        {...register(path('firstName'))}
      />
      <TextInput
        label="Middle name"
        style={{ flex: 2 }}
        autoComplete="off"
        error={error('middleName')}
        {...register(path('middleName'))}
      />
      <TextInput
        label="Suffix"
        w={80}
        autoComplete="off"
        error={error('suffix')}
        {...register(path('suffix'))}
      />
    </Group>
  )
}
