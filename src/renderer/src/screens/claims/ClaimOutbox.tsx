import { Alert, Anchor, Button, Group, Kbd, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useState } from 'react'
import { cents, formatCents } from '../../../../shared/money'
import { localIsoDate } from '../../../../shared/validators/isoDate'
import { call } from '../../api'
import { BatchResultCard, type BatchFacts } from '../../components/BatchResultCard'
import { ClaimTable } from '../../components/ClaimTable'
import { messageOf } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { ClaimsNav } from './ClaimsNav'
import { claimsHref, goClaims, NO_FILTER } from './claimsRoute'
import { saveBatchFile, PLAINTEXT_NOTE } from './saveFile'
import { useOutbox } from './useOutbox'

const money = (n: number) => formatCents(cents(n))

/** Ready claims → tick → Queue → Create batch → Save 837 file. */
export function ClaimOutbox() {
  const { session } = useSession()
  const canSubmit = may(session, 'claims.submit')
  const outbox = useOutbox()
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set())
  const [active, setActive] = useState({ ready: 0, queued: 0 })
  const [busy, setBusy] = useState<'queue' | 'batch' | 'save' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [batch, setBatch] = useState<BatchFacts | null>(null)
  const today = localIsoDate(new Date())

  const ready = outbox.data?.ready.rows ?? []
  const queued = outbox.data?.queued
  const chosen = ready.filter((c) => picked.has(c.claimId))
  const chosenTotal = chosen.reduce((sum, c) => sum + c.totalCents, 0)
  const allPicked = ready.length > 0 && chosen.length === ready.length

  const toggle = (claimId: number) =>
    setPicked((old) => {
      const next = new Set(old)
      if (!next.delete(claimId)) next.add(claimId)
      return next
    })
  const pickAll = () => setPicked(allPicked ? new Set() : new Set(ready.map((c) => c.claimId)))

  async function act(kind: 'queue' | 'batch' | 'save', work: () => Promise<void>) {
    setBusy(kind)
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(null)
    }
  }
  const queue = () =>
    act('queue', async () => {
      if (chosen.length === 0) throw new Error('Tick the ready claims to queue (Space on a row).')
      const done = await call('claims.queue', { claimIds: chosen.map((c) => c.claimId) })
      setPicked(new Set())
      setNotice(
        `Queued ${done.queued} ${done.queued === 1 ? 'claim' : 'claims'} (${money(done.totalCents)}) for the next batch.`,
      )
      await outbox.reload()
    })
  const makeBatch = () =>
    act('batch', async () => {
      const made = await call('claims.batch', {})
      setBatch(made)
      setNotice(null)
      await outbox.reload()
    })
  const save = () =>
    act('save', async () => {
      if (!batch) return
      const name = await saveBatchFile(batch.batchId)
      setNotice(`Saved ${name}. ${PLAINTEXT_NOTE}`)
    })

  useHotkeys(
    [
      ['alt+Q', () => canSubmit && !busy && void queue()],
      ['alt+A', () => pickAll()],
      ['alt+B', () => canSubmit && !busy && (queued?.count ?? 0) > 0 && void makeBatch()],
      ['alt+S', () => batch && !busy && void save()],
    ],
    [],
  )

  return (
    <Stack gap="sm">
      <Title order={2}>Claims</Title>
      <ClaimsNav current="outbox" />
      {error && (
        <Alert color="red" role="alert" data-testid="outbox-error">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="teal" variant="light" role="status">
          {notice}
        </Alert>
      )}
      {outbox.error && (
        <Alert color="red" role="alert">
          {outbox.error}
        </Alert>
      )}
      {batch && (
        <BatchResultCard batch={batch} saving={busy === 'save'} onSave={() => void save()} />
      )}

      <section aria-labelledby="ready-title">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={4} id="ready-title">
                Ready to queue ({ready.length})
              </Title>
              <Text size="xs" c="dimmed">
                Scrubbed clean, warnings acknowledged. <Kbd size="xs">Space</Kbd> ticks a claim,{' '}
                <Kbd size="xs">Alt+A</Kbd> all, <Kbd size="xs">Enter</Kbd> opens one.
                {(outbox.data?.heldCount ?? 0) > 0 && (
                  <>
                    {' '}
                    <Anchor
                      size="xs"
                      href={claimsHref({
                        kind: 'list',
                        filter: { ...NO_FILTER, status: ['draft'] },
                      })}
                    >
                      {outbox.data!.heldCount} draft{' '}
                      {outbox.data!.heldCount === 1 ? 'claim needs' : 'claims need'} work first
                    </Anchor>
                  </>
                )}
              </Text>
            </div>
            {canSubmit && (
              <Group gap="xs">
                <Button
                  variant="default"
                  size="xs"
                  onClick={pickAll}
                  title="Tick all (Alt+A)"
                  disabled={ready.length === 0}
                >
                  {allPicked ? 'Untick all' : 'Tick all'}
                </Button>
                <Button
                  onClick={() => void queue()}
                  loading={busy === 'queue'}
                  disabled={chosen.length === 0 || busy !== null}
                  title="Put the ticked claims in the outbox (Alt+Q)"
                >
                  Queue {chosen.length > 0 ? `${chosen.length} (${money(chosenTotal)})` : ''}
                </Button>
              </Group>
            )}
          </Group>
          <ClaimTable
            id="outbox-ready"
            label="Ready claims"
            rows={ready}
            today={today}
            active={Math.min(active.ready, Math.max(0, ready.length - 1))}
            onActive={(i) => setActive((a) => ({ ...a, ready: i }))}
            onOpen={(c) => goClaims({ kind: 'detail', claimId: c.claimId, focus: null })}
            picked={picked}
            onPick={canSubmit ? (c) => toggle(c.claimId) : undefined}
            maxHeight={8 * 34}
            empty={
              outbox.data
                ? 'No ready claims: scrub drafts, fix their errors, acknowledge warnings.'
                : 'Loading…'
            }
          />
        </Stack>
      </section>

      <section aria-labelledby="queued-title">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={4} id="queued-title">
                Queued for the next batch ({queued?.count ?? 0} · {money(queued?.totalCents ?? 0)})
              </Title>
              <Text size="xs" c="dimmed">
                Create batch writes them all into one 837P file, checked before it is kept.
              </Text>
            </div>
            {canSubmit && (
              <Button
                onClick={() => void makeBatch()}
                loading={busy === 'batch'}
                disabled={(queued?.count ?? 0) === 0 || busy !== null}
                title="Write every queued claim into one 837P file (Alt+B)"
              >
                Create batch
              </Button>
            )}
          </Group>
          <ClaimTable
            id="outbox-queued"
            label="Queued claims"
            rows={queued?.rows ?? []}
            today={today}
            active={Math.min(active.queued, Math.max(0, (queued?.rows.length ?? 0) - 1))}
            onActive={(i) => setActive((a) => ({ ...a, queued: i }))}
            onOpen={(c) => goClaims({ kind: 'detail', claimId: c.claimId, focus: null })}
            maxHeight={8 * 34}
            empty="Nothing queued."
          />
        </Stack>
      </section>
    </Stack>
  )
}
