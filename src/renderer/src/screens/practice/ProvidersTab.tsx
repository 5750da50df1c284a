import type { Provider } from '../../../../shared/schemas/provider'
import { call } from '../../api'
import {
  PracticeDirectoryTable,
  type DirectoryColumn,
  type RecordToOpen,
} from '../../components/PracticeDirectoryTable'
import { PracticeProviderForm } from '../../components/PracticeProviderForm'

const load = (includeInactive: boolean) => call('providers.list', { includeInactive })
const setActive = (id: number, active: boolean) => call('providers.setActive', { id, active })
const label = (p: Provider) => `${p.lastName}, ${p.firstName} ${p.credentials}`

const COLUMNS: DirectoryColumn<Provider>[] = [
  {
    label: 'Name',
    render: (p) => `${p.lastName}, ${p.firstName}${p.middleName ? ` ${p.middleName}` : ''}`,
  },
  { label: 'Credentials', w: 120, render: (p) => p.credentials },
  { label: 'NPI', w: 120, mono: true, render: (p) => p.npi },
  { label: 'Taxonomy', w: 120, mono: true, render: (p) => p.taxonomyCode },
]

export function ProvidersTab({ open }: { open: RecordToOpen | null }) {
  return (
    <PracticeDirectoryTable
      noun="provider"
      load={load}
      setActive={setActive}
      columns={COLUMNS}
      label={label}
      open={open}
      renderForm={(props) => <PracticeProviderForm {...props} />}
    />
  )
}
