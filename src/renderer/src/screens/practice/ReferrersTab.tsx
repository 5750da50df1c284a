import type { ReferringProvider } from '../../../../shared/schemas/referringProvider'
import { call } from '../../api'
import {
  PracticeDirectoryTable,
  type DirectoryColumn,
  type RecordToOpen,
} from '../../components/PracticeDirectoryTable'
import { PracticeReferrerForm } from '../../components/PracticeReferrerForm'

const load = (includeInactive: boolean) => call('referrers.list', { includeInactive })
const setActive = (id: number, active: boolean) => call('referrers.setActive', { id, active })
const label = (r: ReferringProvider) => `${r.lastName}, ${r.firstName}`

const COLUMNS: DirectoryColumn<ReferringProvider>[] = [
  {
    label: 'Name',
    render: (r) =>
      `${r.lastName}, ${r.firstName}${r.middleName ? ` ${r.middleName}` : ''}${r.suffix ? ` ${r.suffix}` : ''}`,
  },
  { label: 'NPI', w: 120, mono: true, render: (r) => r.npi },
]

export function ReferrersTab({ open }: { open: RecordToOpen | null }) {
  return (
    <PracticeDirectoryTable
      noun="referring provider"
      load={load}
      setActive={setActive}
      columns={COLUMNS}
      label={label}
      open={open}
      renderForm={(props) => <PracticeReferrerForm {...props} />}
    />
  )
}
