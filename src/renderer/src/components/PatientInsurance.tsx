import { leaveIfConfirmed } from '../forms/unsaved'
import { formatDate } from '../../../shared/usFormat'
import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import type { z } from 'zod'
import type { CoverageRow, PatientDetail } from '../../../shared/ops/patients'
import { formatCents } from '../../../shared/money'
import { COVERAGE_ORDERS, type CoverageOrder } from '../../../shared/validators/coveragePeriod'
import { localIsoDate } from '../../../shared/validators/isoDate'
import { RELATIONSHIP_LABELS } from '../../../shared/validators/relationship'
import { call } from '../api'
import { messageOf } from '../forms/useApiErrors'
import { ConfirmDialog } from './ConfirmDialog'
import { PatientCoverageForm } from './PatientCoverageForm'
import { personName } from './PatientDemographicsView'
import type { PayerOption } from './PatientPayerChoices'

type Row = z.infer<typeof CoverageRow>
type Editing = { row: Row | null } | null

interface Props {
  detail: PatientDetail
  payers: PayerOption[]
  canEdit: boolean
  /** Opens the coverage of this order for editing, as a claim finding's link asks. */
  openOrder?: CoverageOrder | null
  onChanged: (detail: PatientDetail, notice: string) => void
}

/** The coverage of an order a claim was billed to: the one still open, else the latest. */
function coverageOf(detail: PatientDetail, order: CoverageOrder, today: string): Row | null {
  const rows = detail.coverages.filter((c) => c.coverage.order === order)
  const open = rows.find((c) => !c.coverage.endDate || c.coverage.endDate >= today)
  return open ?? rows.at(-1) ?? null
}

/** A patient's coverages, primary first; add, change, or remove one entered by mistake. */
export function PatientInsurance({ detail, payers, canEdit, openOrder, onChanged }: Props) {
  const today = localIsoDate(new Date())
  const [editing, setEditing] = useState<Editing>(() => {
    const row = canEdit && openOrder ? coverageOf(detail, openOrder, today) : null
    return row ? { row } : null
  })
  const [removing, setRemoving] = useState<Row | null>(null)
  const [removeError, setRemoveError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // A new coverage takes the first order without an open coverage; the person may change it.
  const openOrders = detail.coverages
    .filter((c) => !c.coverage.endDate || c.coverage.endDate >= today)
    .map((c) => c.coverage.order)
  const nextOrder = COVERAGE_ORDERS.find((o) => !openOrders.includes(o)) ?? 'primary'

  async function remove(row: Row) {
    setBusy(true)
    try {
      const next = await call('coverages.remove', {
        patientId: detail.patientId,
        coverageId: row.coverageId,
      })
      setRemoving(null)
      onChanged(next, `Removed the ${row.coverage.order} coverage with ${row.payerName}.`)
    } catch (e) {
      setRemoveError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="xs">
      {canEdit && (
        <Group>
          <Button size="xs" onClick={() => setEditing({ row: null })}>
            Add coverage
          </Button>
        </Group>
      )}
      <Table aria-label="Coverages" data-testid="coverage-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Order</Table.Th>
            <Table.Th>Payer</Table.Th>
            <Table.Th>Member ID</Table.Th>
            <Table.Th>Group</Table.Th>
            <Table.Th>Subscriber</Table.Th>
            <Table.Th w={100}>Effective</Table.Th>
            <Table.Th w={100}>Ends</Table.Th>
            <Table.Th w={80} ta="right">
              Copay
            </Table.Th>
            {canEdit && <Table.Th w={150} aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.coverages.map((row) => {
            const c = row.coverage
            return (
              <Table.Tr key={row.coverageId}>
                <Table.Td tt="capitalize">{c.order}</Table.Td>
                <Table.Td>{row.payerName}</Table.Td>
                <Table.Td ff="monospace">{c.memberId}</Table.Td>
                <Table.Td ff="monospace">{c.groupNumber ?? '—'}</Table.Td>
                <Table.Td>
                  {c.subscriber
                    ? `${personName(c.subscriber)} (${RELATIONSHIP_LABELS[c.relationship].toLowerCase()})`
                    : 'Self'}
                </Table.Td>
                <Table.Td>{formatDate(c.effectiveDate)}</Table.Td>
                <Table.Td>{formatDate(c.endDate) || '—'}</Table.Td>
                <Table.Td ta="right">
                  {c.copayCents === undefined ? '—' : formatCents(c.copayCents)}
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-label={`Edit ${c.order} coverage`}
                        onClick={() => setEditing({ row })}
                      >
                        Edit…
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="red"
                        aria-label={`Remove ${c.order} coverage`}
                        onClick={() => {
                          setRemoveError(null)
                          setRemoving(row)
                        }}
                      >
                        Remove…
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {detail.coverages.length === 0 && (
        <Text size="sm" c="dimmed">
          No insurance on file: the patient is self-pay.
        </Text>
      )}
      <Modal
        opened={editing !== null}
        onClose={leaveIfConfirmed(() => setEditing(null))}
        title={editing?.row ? `Edit ${editing.row.coverage.order} coverage` : 'Add coverage'}
        size="xl"
      >
        {editing && (
          <PatientCoverageForm
            patientId={detail.patientId}
            patientAddress={detail.patient.address}
            row={editing.row}
            order={nextOrder}
            payers={payers}
            onClose={() => setEditing(null)}
            onSaved={(next) => {
              setEditing(null)
              onChanged(next, 'Coverage saved.')
            }}
          />
        )}
      </Modal>
      <ConfirmDialog
        opened={removing !== null}
        title="Remove this coverage?"
        confirmLabel="Remove coverage"
        busy={busy}
        error={removeError}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      >
        Remove the {removing?.coverage.order} coverage with {removing?.payerName} (member ID{' '}
        {removing?.coverage.memberId}) only if it was entered by mistake. When the coverage just
        ended, edit it and give it an end date instead, so past claims keep it.
      </ConfirmDialog>
    </Stack>
  )
}
