import { PasswordInput } from '@mantine/core'
import { useFormContext } from 'react-hook-form'

/** A new password typed twice; the form's schema checks that both say the same. */
export function NewPasswordFields({ description }: { description: string }) {
  const { register, formState } = useFormContext<{ newPassword: string; confirm: string }>()
  return (
    <>
      <PasswordInput
        label="New password"
        description={description}
        autoComplete="new-password"
        error={formState.errors.newPassword?.message}
        {...register('newPassword')}
      />
      <PasswordInput
        label="Confirm new password"
        autoComplete="new-password"
        error={formState.errors.confirm?.message}
        {...register('confirm')}
      />
    </>
  )
}
