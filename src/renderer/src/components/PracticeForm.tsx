import { formatPhone } from '../../../shared/usFormat'
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { FormProvider } from 'react-hook-form'
import { Practice, type PracticeInput } from '../../../shared/schemas/practice'
import type { Address } from '../../../shared/schemas/address'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import { FormAlert } from './FormAlert'
import { RegistrationAddressFields } from './RegistrationAddressFields'
import { BLANK_ADDRESS, text } from './RegistrationOptions'

interface Props {
  /** The practice's name from setup, offered as the legal name until a profile is saved. */
  name: string
  profile: Practice | null
  /** Without practice.manage the form is shown read-only (main refuses a save anyway). */
  canEdit: boolean
}

function addressValues(address: Address | undefined) {
  if (!address) return { ...BLANK_ADDRESS }
  return { ...address, street2: text(address.street2) }
}

function formValues(name: string, profile: Practice | null): PracticeInput {
  if (!profile) {
    return {
      legalName: name,
      billingNpi: '',
      ein: '',
      taxonomyCode: '',
      billingAddress: { ...BLANK_ADDRESS },
      payToAddress: { ...BLANK_ADDRESS },
      phone: '',
    }
  }
  return {
    ...profile,
    phone: formatPhone(profile.phone),
    billingAddress: addressValues(profile.billingAddress),
    payToAddress: addressValues(profile.payToAddress),
  }
}

/** The billing provider of every claim (837P 2010AA), and where payers send the money (2010AB). */
export function PracticeForm({ name, profile, canEdit }: Props) {
  const practice = useRecordForm(
    Practice,
    formValues(name, profile),
    async (values, form) => {
      const answer = await call('practice.update', values)
      form.reset(formValues(answer.name, answer.profile))
    },
    { canSave: canEdit },
  )
  const { register, formState } = practice.form
  const errors = formState.errors

  return (
    <FormProvider {...practice.form}>
      <form {...practice.formProps} aria-label="Billing provider">
        <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm" maw={760}>
            <TextInput
              label="Legal name"
              description="As registered with the IRS and on the NPPES record"
              autoFocus={canEdit}
              error={errors.legalName?.message}
              {...register('legalName')}
            />
            <Group gap="xs" align="flex-start" grow>
              <TextInput
                label="Billing NPI"
                description="The group's type-2 NPI"
                inputMode="numeric"
                maxLength={10}
                error={errors.billingNpi?.message}
                {...register('billingNpi')}
              />
              <TextInput
                label="EIN"
                description="Tax ID, like 12-3456789"
                error={errors.ein?.message}
                {...register('ein')}
              />
              <TextInput
                label="Taxonomy code"
                description="Like 207Q00000X"
                error={errors.taxonomyCode?.message}
                {...register('taxonomyCode')}
              />
              <TextInput
                label="Phone"
                description="Printed on claims and statements"
                error={errors.phone?.message}
                {...register('phone')}
              />
            </Group>
            <RegistrationAddressFields
              name="billingAddress"
              legend="Billing address — the office's street address, no PO box"
              zipHint="12345-6789"
            />
            <RegistrationAddressFields
              name="payToAddress"
              legend="Pay-to address — only if payers mail checks elsewhere (a PO box or lockbox is fine)"
            />
            <FormAlert message={practice.api.alert} />
            {practice.saved && !formState.isDirty && (
              <Alert color="teal" variant="light" role="status">
                Practice details saved.
              </Alert>
            )}
            {canEdit && (
              <Group>
                <Button type="submit" loading={formState.isSubmitting}>
                  Save practice
                </Button>
                <Text size="xs" c="dimmed">
                  Ctrl+S saves
                </Text>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
    </FormProvider>
  )
}
