import { leaveIfConfirmed } from '../../forms/unsaved'
import { formatDate } from '../../../../shared/usFormat'
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { cents, formatCents } from '../../../../shared/money'
import { call } from '../../api'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { PracticeFeeForm, type FeeRow, type PayerChoice } from '../../components/PracticeFeeForm'
import { messageOf } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { FeeChargeCell } from './FeeChargeCell'

const loadFees = async () => {
  const [fees, payers] = await Promise.all([
    call('fees.list', {}),
    call('payers.list', { includeInactive: true }),
  ])
  return { fees, payers }
}

type Editing = { fee: FeeRow | null } | null

/** The practice's charge per code, and what each payer is expected to allow. */
export function FeeScheduleTab() {
  const { session } = useSession()
  const canEdit = may(session, 'practice.manage')
  const loaded = useLoad(loadFees)
  const [editing, setEditing] = useState<Editing>(null)
  const [removing, setRemoving] = useState<FeeRow | null>(null)
  const [removeError, setRemoveError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const fees = loaded.data?.fees ?? []
  const payerName = new Map((loaded.data?.payers ?? []).map((p) => [p.id, p.record.name]))
  // One column per payer that has an expected amount somewhere, in the payer list's order.
  const usedPayers = (loaded.data?.payers ?? []).filter((p) =>
    fees.some((f) => f.expectedAllowed.some((a) => a.payerId === p.id)),
  )
  const choices: PayerChoice[] = (loaded.data?.payers ?? [])
    .filter((p) => p.active)
    .map((p) => ({ id: p.id, name: p.record.name }))

  async function remove(fee: FeeRow) {
    setBusy(true)
    try {
      await call('fees.remove', { code: fee.code })
      setRemoving(null)
      setNotice(`Removed ${fee.code} from the fee schedule.`)
      await loaded.reload()
    } catch (e) {
      setRemoveError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {fees.length} {fees.length === 1 ? 'code' : 'codes'}
        </Text>
        {canEdit && (
          <Button
            size="xs"
            onClick={() => {
              setNotice(null)
              setEditing({ fee: null })
            }}
          >
            Add code
          </Button>
        )}
      </Group>
      {loaded.error && (
        <Alert color="red" role="alert">
          {loaded.error}
        </Alert>
      )}
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
      <Table aria-label="Fee schedule" data-testid="fee-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>Code</Table.Th>
            <Table.Th w={110} ta="right">
              Charge
            </Table.Th>
            {usedPayers.map((p) => (
              <Table.Th key={p.id} ta="right">
                {p.record.name} allowed
              </Table.Th>
            ))}
            <Table.Th w={110}>Updated</Table.Th>
            {canEdit && <Table.Th w={140} aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fees.map((f) => (
            <Table.Tr key={f.code}>
              <Table.Td ff="monospace">{f.code}</Table.Td>
              <Table.Td ta="right">
                {canEdit ? (
                  <FeeChargeCell
                    key={f.chargeCents}
                    fee={f}
                    onSaved={(fee) => {
                      setNotice(`Saved ${fee.code}: ${formatCents(fee.chargeCents)}.`)
                      void loaded.reload()
                    }}
                  />
                ) : (
                  formatCents(f.chargeCents)
                )}
              </Table.Td>
              {usedPayers.map((p) => {
                const amount = f.expectedAllowed.find((a) => a.payerId === p.id)
                return (
                  <Table.Td key={p.id} ta="right">
                    {amount ? formatCents(cents(amount.allowedCents)) : '—'}
                  </Table.Td>
                )
              })}
              <Table.Td title={f.updatedAt}>{formatDate(f.updatedAt)}</Table.Td>
              {canEdit && (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="default"
                      aria-label={`Edit ${f.code}`}
                      onClick={() => {
                        setNotice(null)
                        setEditing({ fee: f })
                      }}
                    >
                      Edit…
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      aria-label={`Remove ${f.code}`}
                      onClick={() => {
                        setRemoveError(null)
                        setRemoving(f)
                      }}
                    >
                      Remove…
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {loaded.data && fees.length === 0 && (
        <Text c="dimmed" size="sm">
          No codes on the fee schedule yet.
        </Text>
      )}
      <Modal
        opened={editing !== null}
        onClose={leaveIfConfirmed(() => setEditing(null))}
        title={editing?.fee ? `Edit ${editing.fee.code}` : 'Add a code to the fee schedule'}
        size="lg"
      >
        {editing && (
          <PracticeFeeForm
            key={editing.fee?.code ?? 'new'}
            fee={editing.fee}
            payers={withPayersOf(editing.fee, choices, payerName)}
            onClose={() => setEditing(null)}
            onEditExisting={(code) => {
              const existing = fees.find((f) => f.code === code)
              if (existing) setEditing({ fee: existing })
            }}
            onSaved={(fee) => {
              setEditing(null)
              setNotice(`Saved ${fee.code}: ${formatCents(fee.chargeCents)}.`)
              void loaded.reload()
            }}
          />
        )}
      </Modal>
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove ${removing?.code ?? ''}?`}
        confirmLabel="Remove from fee schedule"
        busy={busy}
        error={removeError}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      >
        The code comes off the fee schedule with its expected allowed amounts. Claims already made
        keep their charges.
      </ConfirmDialog>
    </Stack>
  )
}

/** A deactivated payer still named on a row stays pickable while that row is edited. */
function withPayersOf(
  fee: FeeRow | null,
  choices: PayerChoice[],
  names: Map<number, string>,
): PayerChoice[] {
  const missing = (fee?.expectedAllowed ?? [])
    .filter((a) => !choices.some((c) => c.id === a.payerId))
    .map((a) => ({
      id: a.payerId,
      name: `${names.get(a.payerId) ?? `Payer #${a.payerId}`} (inactive)`,
    }))
  return [...choices, ...missing]
}
