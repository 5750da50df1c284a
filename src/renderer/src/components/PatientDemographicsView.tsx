import { formatPhone } from '../../../shared/usFormat'
import { formatDate } from '../../../shared/usFormat'
import { SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Address } from '../../../shared/schemas/address'
import type { Patient } from '../../../shared/schemas/patient'
import { ADMINISTRATIVE_SEX_LABELS } from '../../../shared/validators/administrativeSex'
import { GUARANTOR_RELATIONSHIP_LABELS } from '../../../shared/validators/relationship'

export { formatPhone }

export function formatAddress(a: Address): string {
  const zip = a.zip.length === 9 ? `${a.zip.slice(0, 5)}-${a.zip.slice(5)}` : a.zip
  return `${a.street1}${a.street2 ? `, ${a.street2}` : ''}, ${a.city}, ${a.state} ${zip}`
}

export function personName(p: {
  lastName: string
  firstName: string
  middleName?: string | null | undefined
  suffix?: string | null | undefined
}): string {
  return `${p.lastName}, ${p.firstName}${p.middleName ? ` ${p.middleName}` : ''}${p.suffix ? ` ${p.suffix}` : ''}`
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children || '—'}</Text>
    </div>
  )
}

/** A patient's demographics as read on the chart. */
export function PatientDemographicsView({ patient }: { patient: Patient }) {
  const g = patient.guarantor
  const phones = [
    patient.phones.home && `${formatPhone(patient.phones.home)} (home)`,
    patient.phones.mobile && `${formatPhone(patient.phones.mobile)} (mobile)`,
    patient.phones.work && `${formatPhone(patient.phones.work)} (work)`,
  ].filter(Boolean)
  return (
    <Stack gap="sm" data-testid="demographics">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        <Item label="Name">{personName(patient)}</Item>
        <Item label="Date of birth">{formatDate(patient.dob)}</Item>
        <Item label="Sex">{`${patient.sex} — ${ADMINISTRATIVE_SEX_LABELS[patient.sex]}`}</Item>
        <Item label="Email">{patient.email}</Item>
        <Item label="Home address">{formatAddress(patient.address)}</Item>
        <Item label="Phones">{phones.join(' · ')}</Item>
        <Item label="Statements">
          {patient.statementPreference === 'hold' ? 'Held — not mailed' : 'Mailed'}
        </Item>
        <Item label="Guarantor">
          {g.kind === 'self'
            ? 'The patient (self)'
            : `${personName(g)} — ${GUARANTOR_RELATIONSHIP_LABELS[g.relationship]}, ${formatPhone(g.phone)}, ${formatAddress(g.address)}`}
        </Item>
      </SimpleGrid>
      {patient.notes && <Item label="Notes">{patient.notes}</Item>}
    </Stack>
  )
}
