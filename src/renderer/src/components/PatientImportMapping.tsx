import { Fieldset, NativeSelect, SimpleGrid } from '@mantine/core'
import { IMPORT_FIELDS, type ImportField } from '../../../shared/ops/patients'

export type ImportMapping = Partial<Record<ImportField, string>>

const PATIENT_LABELS: Record<string, string> = {
  lastName: 'Last name',
  firstName: 'First name',
  middleName: 'Middle name',
  suffix: 'Suffix',
  dob: 'Date of birth',
  sex: 'Sex',
  street1: 'Street address',
  street2: 'Address line 2',
  city: 'City',
  state: 'State',
  zip: 'ZIP',
  phoneHome: 'Home phone',
  phoneMobile: 'Mobile phone',
  phoneWork: 'Work phone',
  email: 'Email',
  notes: 'Notes',
}

// Shown inside the "Primary coverage" or "Secondary coverage" group, which says which one.
const COVERAGE_LABELS: Record<string, string> = {
  Payer: 'Payer',
  MemberId: 'Member ID',
  GroupNumber: 'Group number',
  PlanName: 'Plan name',
  Relationship: 'Relationship',
  SubscriberLastName: 'Subscriber last name',
  SubscriberFirstName: 'Subscriber first name',
  SubscriberDob: 'Subscriber DOB',
  SubscriberSex: 'Subscriber sex',
  EffectiveDate: 'Effective date',
  EndDate: 'End date',
  Copay: 'Copay',
}

export function importFieldLabel(field: ImportField): string {
  const m = /^(primary|secondary)(.+)$/.exec(field)
  if (!m) return PATIENT_LABELS[field] ?? field
  return COVERAGE_LABELS[m[2]!] ?? m[2]!
}

const GROUPS: { legend: string; fields: ImportField[] }[] = [
  { legend: 'Patient', fields: IMPORT_FIELDS.filter((f) => !/^(primary|secondary)/.test(f)) },
  { legend: 'Primary coverage', fields: IMPORT_FIELDS.filter((f) => f.startsWith('primary')) },
  { legend: 'Secondary coverage', fields: IMPORT_FIELDS.filter((f) => f.startsWith('secondary')) },
]

const NOT_IN_FILE = '— not in file —'

interface Props {
  columns: string[]
  mapping: ImportMapping
  disabled: boolean
  onChange: (field: ImportField, column: string) => void
}

/** Which column of the file holds each field: main's guess from the headers, changeable. */
export function PatientImportMapping({ columns, mapping, disabled, onChange }: Props) {
  const data = [{ value: '', label: NOT_IN_FILE }, ...columns.map((c) => ({ value: c, label: c }))]
  return (
    <>
      {GROUPS.map((group) => (
        <Fieldset key={group.legend} legend={group.legend} p="xs">
          <SimpleGrid cols={{ base: 3, lg: 6 }} spacing="xs" verticalSpacing={4}>
            {group.fields.map((field) => (
              <NativeSelect
                key={field}
                size="xs"
                label={importFieldLabel(field)}
                data={data}
                disabled={disabled}
                value={mapping[field] ?? ''}
                onChange={(e) => onChange(field, e.currentTarget.value)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
      ))}
    </>
  )
}
