import { Fieldset, Group, NativeSelect, TextInput } from '@mantine/core'
import { useFormContext, useWatch, type FieldValues } from 'react-hook-form'
import {
  GUARANTOR_RELATIONSHIP_CODES,
  GUARANTOR_RELATIONSHIP_LABELS,
} from '../../../shared/validators/relationship'
import { RegistrationAddressFields } from './RegistrationAddressFields'
import { fieldError } from './RegistrationFieldError'
import { RegistrationNameFields } from './RegistrationNameFields'

const KIND_OPTIONS = [
  { value: 'self', label: 'The patient (self)' },
  { value: 'other', label: 'Another person' },
]
const RELATIONSHIP_OPTIONS = [
  { value: '', label: 'Pick…' },
  ...GUARANTOR_RELATIONSHIP_CODES.map((c) => ({
    value: c,
    label: GUARANTOR_RELATIONSHIP_LABELS[c],
  })),
]

/** Who receives the statements and owes the balance: the patient, or another person. */
export function PatientGuarantorFields({ name }: { name: string }) {
  const { register, getFieldState, formState, control } = useFormContext<FieldValues>()
  const error = (part: string) => fieldError(getFieldState, formState, `${name}.${part}`)
  const kind = useWatch({ control, name: `${name}.kind` }) as string

  return (
    <Fieldset legend="Guarantor — who receives statements and owes the balance" variant="filled">
      <NativeSelect
        label="Guarantor"
        w={220}
        data={KIND_OPTIONS}
        error={error('kind')}
        {...register(`${name}.kind`)}
      />
      {kind === 'other' && (
        <>
          <RegistrationNameFields name={name} />
          <Group gap="xs" align="flex-start" mt={4}>
            <NativeSelect
              label="Relationship to patient"
              w={220}
              data={RELATIONSHIP_OPTIONS}
              error={error('relationship')}
              {...register(`${name}.relationship`)}
            />
            <TextInput
              label="Phone"
              w={200}
              error={error('phone')}
              {...register(`${name}.phone`)}
            />
          </Group>
          <RegistrationAddressFields name={`${name}.address`} legend="Guarantor address" />
        </>
      )}
    </Fieldset>
  )
}
