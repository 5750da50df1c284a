import type { Location } from '../../../../shared/schemas/location'
import { call } from '../../api'
import {
  PracticeDirectoryTable,
  type DirectoryColumn,
  type RecordToOpen,
} from '../../components/PracticeDirectoryTable'
import { PracticeLocationForm } from '../../components/PracticeLocationForm'

const load = (includeInactive: boolean) => call('locations.list', { includeInactive })
const setActive = (id: number, active: boolean) => call('locations.setActive', { id, active })
const label = (l: Location) => l.name

const COLUMNS: DirectoryColumn<Location>[] = [
  { label: 'Name', render: (l) => l.name },
  {
    label: 'Address',
    render: (l) =>
      `${l.address.street1}${l.address.street2 ? `, ${l.address.street2}` : ''}, ${l.address.city}, ${l.address.state} ${l.address.zip}`,
  },
  { label: 'NPI', w: 120, mono: true, render: (l) => l.npi ?? '—' },
  { label: 'POS', w: 60, mono: true, render: (l) => l.defaultPlaceOfService },
]

export function LocationsTab({ open }: { open: RecordToOpen | null }) {
  return (
    <PracticeDirectoryTable
      noun="location"
      load={load}
      setActive={setActive}
      columns={COLUMNS}
      label={label}
      open={open}
      renderForm={(props) => <PracticeLocationForm {...props} />}
    />
  )
}
