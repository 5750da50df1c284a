import { NumberInput, type NumberInputProps } from '@mantine/core'
import { Controller, useFormContext, type FieldValues } from 'react-hook-form'

type Props = Omit<NumberInputProps, 'value' | 'onChange' | 'onBlur' | 'error' | 'allowDecimal'> & {
  /** Path of a whole number in the form's values. */
  name: string
}

/**
 * A count (days, minutes, copies). An empty box becomes NaN, which the shared schema refuses
 * with its own message rather than reading it as zero.
 */
export function WholeNumberInput({ name, ...props }: Props) {
  const { control } = useFormContext<FieldValues>()
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          {...props}
          allowDecimal={false}
          error={fieldState.error?.message}
          name={field.name}
          ref={field.ref}
          value={field.value}
          onBlur={field.onBlur}
          onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
        />
      )}
    />
  )
}
