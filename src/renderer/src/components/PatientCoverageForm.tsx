import { z } from 'zod'
import type { CoverageRow, PatientDetail } from '../../../shared/ops/patients'
import { Coverage } from '../../../shared/schemas/coverage'
import type { CoverageOrder } from '../../../shared/validators/coveragePeriod'
import { call } from '../api'
import { useRecordForm } from '../forms/useRecordForm'
import { PatientCoverageFields } from './PatientCoverageFields'
import { blankCoverage, coverageValues } from './PatientFormValues'
import type { PayerOption } from './PatientPayerChoices'
import { RecordForm } from './RecordForm'

/** Field paths match coverages.save's input, so main's refusal lands beside its field. */
const CoverageForm = z.object({ coverage: Coverage })

interface Props {
  patientId: number
  /** The patient's home address, for "Same as patient" on the subscriber's. */
  patientAddress?: unknown
  /** The coverage being changed, or null to add one of `order`. */
  row: z.infer<typeof CoverageRow> | null
  order: CoverageOrder
  payers: PayerOption[]
  onSaved: (detail: PatientDetail) => void
  onClose: () => void
}

/**
 * Adds or changes one coverage. Main checks it against the patient's other coverages (one
 * active coverage per order on any date) and names the clash at the effective date.
 */
export function PatientCoverageForm(props: Props) {
  const { patientId, row, order, payers, onSaved, onClose, patientAddress } = props
  const coverage = useRecordForm(
    CoverageForm,
    { coverage: row ? coverageValues(row.coverage) : blankCoverage(order) },
    async (values) =>
      onSaved(
        await call('coverages.save', {
          patientId,
          coverageId: row?.coverageId,
          coverage: values.coverage,
        }),
      ),
  )

  return (
    <RecordForm record={coverage} label="Coverage" saveLabel="Save coverage" onCancel={onClose}>
      <PatientCoverageFields
        name="coverage"
        payers={payers}
        autoFocusPayer
        patientAddress={patientAddress}
      />
    </RecordForm>
  )
}
