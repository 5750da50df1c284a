import type { Payer } from '../../../../shared/schemas/payer'
import { CLAIM_FILING_INDICATOR_LABELS } from '../../../../shared/validators/claimFilingIndicator'
import { call } from '../../api'
import {
  PracticeDirectoryTable,
  type DirectoryColumn,
  type RecordToOpen,
} from '../../components/PracticeDirectoryTable'
import { PracticePayerForm } from '../../components/PracticePayerForm'

const load = (includeInactive: boolean) => call('payers.list', { includeInactive })
const setActive = (id: number, active: boolean) => call('payers.setActive', { id, active })
const label = (p: Payer) => p.name

const COLUMNS: DirectoryColumn<Payer>[] = [
  { label: 'Payer', render: (p) => p.name },
  { label: 'Payer ID', w: 110, mono: true, render: (p) => p.clearinghousePayerId },
  {
    label: 'Plan kind',
    w: 220,
    render: (p) =>
      `${p.claimFilingIndicator} — ${CLAIM_FILING_INDICATOR_LABELS[p.claimFilingIndicator]}`,
  },
  { label: 'Timely filing', w: 100, render: (p) => `${p.timelyFilingDays} days` },
  { label: 'Electronic', w: 90, render: (p) => (p.acceptsElectronicClaims ? 'Yes' : 'Paper') },
  { label: 'Prior auth', w: 90, render: (p) => (p.requiresPriorAuthorization ? 'Required' : '—') },
]

export function PayersTab({ open }: { open: RecordToOpen | null }) {
  return (
    <PracticeDirectoryTable
      noun="payer"
      load={load}
      setActive={setActive}
      columns={COLUMNS}
      label={label}
      open={open}
      renderForm={(props) => <PracticePayerForm {...props} />}
    />
  )
}
