import { Alert, Anchor, Button, Group, Loader, Stack, Tabs } from '@mantine/core'
import { useCallback, useState } from 'react'
import type { PatientDetail as Detail } from '../../../../shared/ops/patients'
import type { CoverageOrder } from '../../../../shared/validators/coveragePeriod'
import { call } from '../../api'
import { PatientDemographicsView } from '../../components/PatientDemographicsView'
import { PatientForm } from '../../components/PatientForm'
import { PatientInsurance } from '../../components/PatientInsurance'
import { usePayerChoices } from '../../components/PatientPayerChoices'
import { useFocusField } from '../../focusField'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { PatientHeader } from './PatientHeader'
import { PatientLedger } from './PatientLedger'
import { PatientStatements } from '../statements/PatientStatements'
import { PatientPlan } from '../plans/PatientPlan'
import { PlanNotice } from '../plans/PlanNotice'
import { patientHref, type PatientPlace } from './patientRoute'

interface Props {
  patientId: number
  /** Where a link opens the chart: a tab, a coverage to edit, a field to put the cursor on. */
  place?: PatientPlace | undefined
}

/** One patient's chart: demographics and insurance (visits, claims and ledger come later). */
export function PatientDetail({ patientId, place }: Props) {
  const { session } = useSession()
  const canEdit = may(session, 'patients.write')
  const canSeeLedger = may(session, 'payments.read')
  const canSeeStatements = may(session, 'statements.run')
  const [ledgerVersion, setLedgerVersion] = useState(0)
  // patients.get is an audited read: asked once per opening, not on every render.
  const load = useCallback(() => call('patients.get', { patientId }), [patientId])
  const detail = useLoad<Detail>(load)
  const payers = usePayerChoices()
  const [tab, setTab] = useState('demographics')
  const [editing, setEditing] = useState(false)
  /** The coverage a link asked to fix, opened when the insurance tab shows. */
  const [openOrder, setOpenOrder] = useState<CoverageOrder | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  /** The field a link named, as the open form calls it (`patient.dob`, `coverage.memberId`). */
  const [focus, setFocus] = useState<string | null>(null)
  const [placeShown, setPlaceShown] = useState<PatientPlace | undefined>(undefined)
  if (place !== placeShown) {
    // A link named a place in the chart (a claim finding's "Fix in the patient's …").
    setPlaceShown(place)
    if (place) {
      const to = place.tab ?? (place.order ? 'insurance' : 'demographics')
      setTab(to)
      setEditing(to === 'demographics' && place.focus !== null && canEdit)
      setOpenOrder(to === 'insurance' ? place.order : null)
      setFocus(place.focus && `${to === 'insurance' ? 'coverage' : 'patient'}.${place.focus}`)
    }
  }
  useFocusField(focus, detail.data !== null)

  const changed = (next: Detail, message: string) => {
    detail.setData(next)
    setNotice(message)
  }

  const back = (
    <Anchor href={patientHref({ kind: 'list' })} size="sm">
      ← Patients
    </Anchor>
  )
  if (detail.error) {
    return (
      <Stack gap="sm">
        {back}
        <Alert color="red" role="alert">
          {detail.error}
        </Alert>
      </Stack>
    )
  }
  const d = detail.data
  if (!d) return <Loader size="sm" aria-label="Loading the patient" />

  return (
    <Stack gap="sm" maw={1200}>
      {back}
      <PatientHeader key={ledgerVersion} detail={d} canSeeMoney={canSeeLedger} />
      {notice && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      <Tabs
        value={tab}
        onChange={(v) => {
          setTab(v ?? 'demographics')
          setOpenOrder(null)
        }}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="demographics">Demographics</Tabs.Tab>
          <Tabs.Tab value="insurance">Insurance ({d.coverages.length})</Tabs.Tab>
          <Tabs.Tab value="visits" disabled>
            Visits (coming)
          </Tabs.Tab>
          <Tabs.Tab value="claims" disabled>
            Claims (coming)
          </Tabs.Tab>
          <Tabs.Tab value="ledger" disabled={!canSeeLedger}>
            Ledger
          </Tabs.Tab>
          {canSeeLedger && <Tabs.Tab value="plans">Payment plan</Tabs.Tab>}
          {canSeeStatements && <Tabs.Tab value="statements">Statements</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="demographics" pt="sm">
          {editing ? (
            <PatientForm
              existing={d}
              payers={payers.data ?? []}
              onCancel={() => setEditing(false)}
              onSaved={(next) => {
                setEditing(false)
                changed(next, 'Demographics saved.')
              }}
            />
          ) : (
            <Stack gap="sm">
              <PatientDemographicsView patient={d.patient} />
              {canEdit && (
                <Group>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => {
                      setNotice(null)
                      setEditing(true)
                    }}
                  >
                    Edit demographics
                  </Button>
                </Group>
              )}
            </Stack>
          )}
        </Tabs.Panel>
        {canSeeLedger && (
          <Tabs.Panel value="ledger" pt="sm">
            <PlanNotice key={ledgerVersion} accountNo={d.accountNo} patientId={patientId} />
            <PatientLedger patientId={patientId} onChanged={() => setLedgerVersion((n) => n + 1)} />
          </Tabs.Panel>
        )}
        {canSeeLedger && (
          <Tabs.Panel value="plans" pt="sm">
            <PatientPlan accountNo={d.accountNo} />
          </Tabs.Panel>
        )}
        {canSeeStatements && (
          <Tabs.Panel value="statements" pt="sm">
            <PatientStatements accountNo={d.accountNo} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="insurance" pt="sm">
          <PatientInsurance
            detail={d}
            payers={payers.data ?? []}
            canEdit={canEdit}
            openOrder={openOrder}
            onChanged={changed}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
