import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core'
import { AGE_BUCKETS, CLAIM_STATUSES } from '../../../../shared/schemas/claim'
import type { AgeBucket, ClaimStatus } from '../../../../shared/schemas/claim'
import { claimStatusText } from '../../components/ClaimStatusBadge'
import { NO_FILTER, type ClaimFilter } from './claimsRoute'
import type { ClaimChoices } from './useClaimChoices'

const STATUS_OPTIONS = CLAIM_STATUSES.map((s) => ({ value: s, label: claimStatusText(s) }))
const AGE_OPTIONS = AGE_BUCKETS.map((b) => ({ value: b, label: `${b} days` }))

interface Props {
  filter: ClaimFilter
  choices: ClaimChoices | null
  onChange: (filter: ClaimFilter) => void
}

const idOf = (v: string | null) => (v ? Number(v) : null)

/** Status, payer, provider, age and dates of service; each change asks main again. */
export function ClaimListFilters({ filter, choices, onChange }: Props) {
  const set = (change: Partial<ClaimFilter>) => onChange({ ...filter, ...change })
  const any =
    filter.status.length > 0 ||
    filter.payerId !== null ||
    filter.providerId !== null ||
    filter.age !== null ||
    filter.from !== null ||
    filter.to !== null
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <MultiSelect
        label="Status"
        placeholder={filter.status.length === 0 ? 'Any status' : undefined}
        data={STATUS_OPTIONS}
        value={filter.status}
        onChange={(v) => set({ status: v as ClaimStatus[] })}
        clearable
        w={190}
        size="xs"
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label="Payer"
        placeholder="Any payer"
        data={choices?.payers ?? []}
        value={filter.payerId === null ? null : String(filter.payerId)}
        onChange={(v) => set({ payerId: idOf(v) })}
        searchable
        clearable
        w={160}
        size="xs"
      />
      <Select
        label="Provider"
        placeholder="Any provider"
        data={choices?.providers ?? []}
        value={filter.providerId === null ? null : String(filter.providerId)}
        onChange={(v) => set({ providerId: idOf(v) })}
        searchable
        clearable
        w={160}
        size="xs"
      />
      <Select
        label="Age (days since DOS)"
        placeholder="Any age"
        data={AGE_OPTIONS}
        value={filter.age}
        onChange={(v) => set({ age: (v as AgeBucket | null) ?? null })}
        clearable
        w={150}
        size="xs"
      />
      <TextInput
        type="date"
        label="Service from"
        value={filter.from ?? ''}
        onChange={(e) => set({ from: e.currentTarget.value || null })}
        w={128}
        size="xs"
      />
      <TextInput
        type="date"
        label="Service through"
        value={filter.to ?? ''}
        onChange={(e) => set({ to: e.currentTarget.value || null })}
        w={128}
        size="xs"
      />
      {any && (
        <Button size="xs" variant="subtle" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </Button>
      )}
    </Group>
  )
}
