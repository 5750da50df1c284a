import { Alert, Button, Group, Kbd, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import type { OpOutput } from '../../../../shared/api'
import { cents, formatCents } from '../../../../shared/money'
import { localIsoDate } from '../../../../shared/validators/isoDate'
import { call } from '../../api'
import { ClaimTable } from '../../components/ClaimTable'
import { messageOf } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { billCodedVisits, type BillingRun } from './billCodedVisits'
import { ClaimBillingReport } from './ClaimBillingReport'
import { ClaimListFilters } from './ClaimListFilters'
import { ClaimScrubReport } from './ClaimScrubReport'
import { ClaimsNav } from './ClaimsNav'
import { claimsNotice, goClaims, type ClaimFilter } from './claimsRoute'
import { useClaimChoices } from './useClaimChoices'
import { useClaimPages } from './useClaimPages'

const LIST_ID = 'claim-list'

/** Every claim, filtered and totalled; billing the coded visits and scrubbing start here. */
export function ClaimList({ filter }: { filter: ClaimFilter }) {
  const { session } = useSession()
  const canWrite = may(session, 'claims.write')
  const pages = useClaimPages(filter)
  const choices = useClaimChoices()
  const [active, setActive] = useState(0)
  const [busy, setBusy] = useState<string | null>(null)
  const [billing, setBilling] = useState<BillingRun | null>(null)
  const [scrub, setScrub] = useState<OpOutput<'claims.scrubAll'> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice] = useState(claimsNotice)
  const today = localIsoDate(new Date())

  // The list has the cursor on arrival, unless the person is already somewhere.
  const hasRows = pages.rows.length > 0
  useEffect(() => {
    if (!hasRows || (document.activeElement && document.activeElement !== document.body)) return
    document.getElementById(LIST_ID)?.focus()
  }, [hasRows])

  async function act(label: string, work: () => Promise<void>) {
    setBusy(label)
    setError(null)
    try {
      await work()
      await pages.reload()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
    }
  }
  const bill = () =>
    act('Billing coded visits…', async () => {
      setScrub(null)
      setBilling(
        await billCodedVisits((done, of) => setBusy(`Billing visit ${done + 1} of ${of}…`)),
      )
    })
  const scrubAll = () =>
    act('Scrubbing…', async () => {
      setBilling(null)
      setScrub(await call('claims.scrubAll', { all: false }))
    })

  useHotkeys(
    [
      ['alt+C', () => canWrite && !busy && void bill()],
      ['alt+R', () => canWrite && !busy && void scrubAll()],
      ['alt+O', () => goClaims({ kind: 'outbox' })],
    ],
    [],
  )

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Claims</Title>
        {canWrite && (
          <Group gap="xs">
            <Button
              onClick={() => void bill()}
              loading={busy?.startsWith('Billing') ?? false}
              disabled={busy !== null}
              title="Bill every coded visit: one claim per payer (Alt+C)"
            >
              Create claims from coded visits
            </Button>
            <Button
              variant="default"
              onClick={() => void scrubAll()}
              loading={busy === 'Scrubbing…'}
              disabled={busy !== null}
              title="Check every draft and ready claim again (Alt+R)"
            >
              Scrub all
            </Button>
          </Group>
        )}
      </Group>
      <ClaimsNav current="list" />
      {busy && (
        <Text size="sm" c="dimmed" role="status">
          {busy}
        </Text>
      )}
      {notice && (
        <Alert color="teal" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {billing && <ClaimBillingReport run={billing} onClose={() => setBilling(null)} />}
      {scrub && <ClaimScrubReport run={scrub} onClose={() => setScrub(null)} />}
      {(error ?? pages.error) && (
        <Alert color="red" role="alert">
          {error ?? pages.error}
        </Alert>
      )}
      <ClaimListFilters
        filter={filter}
        choices={choices.data}
        onChange={(next) => goClaims({ kind: 'list', filter: next })}
      />
      <Group justify="space-between">
        <Text size="sm" data-testid="claim-totals">
          {pages.loaded ? (
            <>
              <b>{pages.count}</b> {pages.count === 1 ? 'claim' : 'claims'}
              {pages.visitCount !== pages.count &&
                ` for ${pages.visitCount} ${pages.visitCount === 1 ? 'visit' : 'visits'}`}{' '}
              · <b>{formatCents(cents(pages.chargesCents))}</b> charged
              {pages.rows.length < pages.count && ` · showing the newest ${pages.rows.length}`}
            </>
          ) : (
            'Loading claims…'
          )}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> move, <Kbd size="xs">Enter</Kbd> opens
          {canWrite && (
            <>
              , <Kbd size="xs">Alt+C</Kbd> create claims, <Kbd size="xs">Alt+R</Kbd> scrub all
            </>
          )}
          , <Kbd size="xs">Alt+O</Kbd> outbox
        </Text>
      </Group>
      <ClaimTable
        id={LIST_ID}
        label="Claims"
        rows={pages.rows}
        today={today}
        active={Math.min(active, Math.max(0, pages.rows.length - 1))}
        onActive={setActive}
        onOpen={(c) => goClaims({ kind: 'detail', claimId: c.claimId, focus: null })}
        empty={
          pages.loaded
            ? canWrite
              ? 'No claims match. Code visits, then Create claims from coded visits (Alt+C).'
              : 'No claims match.'
            : 'Loading…'
        }
      />
      {pages.rows.length < pages.count && (
        <Group>
          <Button variant="default" size="xs" onClick={() => void pages.more()}>
            Show {Math.min(500, pages.count - pages.rows.length)} more
          </Button>
        </Group>
      )}
    </Stack>
  )
}
