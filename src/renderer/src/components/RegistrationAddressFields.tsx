import { Fieldset, Group, NativeSelect, TextInput } from '@mantine/core'
import { useFormContext, type FieldValues } from 'react-hook-form'
import { fieldError } from './RegistrationFieldError'
import { STATE_OPTIONS } from './RegistrationOptions'

interface Props {
  /** Path of the address inside the form's values, e.g. `patient.address`. */
  name: string
  legend: string
  /** Shown in the empty ZIP box, e.g. 12345-6789 where ZIP+4 is required. */
  zipHint?: string
  streetHint?: string
  disabled?: boolean
}

/** Street, city, state and ZIP: the same boxes wherever an address is typed. */
export function RegistrationAddressFields({ name, legend, zipHint, streetHint, disabled }: Props) {
  const { register, getFieldState, formState } = useFormContext<FieldValues>()
  const error = (part: string) => fieldError(getFieldState, formState, `${name}.${part}`)
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      disabled={disabled}
      styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } }}
    >
      <Group gap="xs" align="flex-start" grow preventGrowOverflow={false}>
        <TextInput
          label="Street address"
          description={streetHint}
          miw={220}
          error={error('street1')}
          {...register(`${name}.street1`)}
        />
        <TextInput
          label="Address line 2"
          miw={140}
          error={error('street2')}
          {...register(`${name}.street2`)}
        />
      </Group>
      <Group gap="xs" align="flex-start" mt={4} wrap="nowrap">
        <TextInput
          label="City"
          style={{ flex: 1 }}
          error={error('city')}
          {...register(`${name}.city`)}
        />
        <NativeSelect
          label="State"
          w={190}
          data={STATE_OPTIONS}
          error={error('state')}
          {...register(`${name}.state`)}
        />
        <TextInput
          label="ZIP"
          w={130}
          placeholder={zipHint}
          error={error('zip')}
          {...register(`${name}.zip`)}
        />
      </Group>
    </Fieldset>
  )
}
