import { Alert, Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { ClaimAcknowledgments } from './ClaimAcknowledgments'
import { useCallback, useState } from 'react'
import type { ClaimDetail } from '../../../../shared/schemas/claim'
import { call } from '../../api'
import { ClaimFindingList } from '../../components/ClaimFindingList'
import { ClaimHeader } from '../../components/ClaimHeader'
import { ClaimLineTable } from '../../components/ClaimLineTable'
import { ClaimPrintDialog } from '../../components/ClaimPrintDialog'
import { ClaimReasonDialog, type ClaimChange } from '../../components/ClaimReasonDialog'
import { ClaimStatusBadge } from '../../components/ClaimStatusBadge'
import { ClaimTimeline } from '../../components/ClaimTimeline'
import { useFocusField } from '../../focusField'
import { messageOf } from '../../forms/useApiErrors'
import { may, useSession } from '../../session'
import { useLoad } from '../../useLoad'
import { ClaimAmounts } from '../remits/ClaimAmounts'
import { ClaimActions, type ClaimAction } from './ClaimActions'
import { claimsHref, claimsNotice, goClaims, NO_FILTER } from './claimsRoute'
import { findingLink } from './findingLink'
import { downloadFile, saveBatchFile, PLAINTEXT_NOTE } from './saveFile'

interface Props {
  claimId: number
  focus: string | null
}

function heldBecause(c: ClaimDetail): string | null {
  if (c.status !== 'draft') return null
  if (c.errors === 0 && c.warnings === 0) return 'Draft: scrub it to check it again.'
  const parts = []
  if (c.errors > 0) parts.push(`${c.errors} ${c.errors === 1 ? 'error' : 'errors'}`)
  if (c.warnings > 0) {
    parts.push(`${c.warnings} unacknowledged ${c.warnings === 1 ? 'warning' : 'warnings'}`)
  }
  return `Held back by ${parts.join(' and ')}: fix each below (the link opens the field), then Scrub. Only a ready claim can be queued.`
}

/** One claim: its facts, lines, what the scrubber found, its history, and what can be done. */
export function ClaimDetailView({ claimId, focus }: Props) {
  const { session } = useSession()
  // claims.get is an audited read: asked once per opening, then kept from each answer.
  const load = useCallback(() => call('claims.get', { claimId }), [claimId])
  const detail = useLoad<ClaimDetail>(load)
  const [busy, setBusy] = useState<ClaimAction | null>(null)
  const [acknowledging, setAcknowledging] = useState<string | null>(null)
  const [change, setChange] = useState<ClaimChange | null>(null)
  const [printing, setPrinting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(claimsNotice)
  // A finding's link names a line ('lines.0.code') or the claim's facts ('claim.frequency').
  useFocusField(focus, detail.data !== null)
  // "Withdraw the claim to fix the visit" (a finding on a field the claim has locked) lands here
  // with focus=action.withdraw: open that dialog once per arrival.
  const [arrived, setArrived] = useState<string | null>(null)
  if (focus !== arrived) {
    setArrived(focus)
    if (focus === 'action.withdraw' || focus === 'action.correct') {
      setChange(focus === 'action.withdraw' ? 'withdraw' : 'correct')
    }
  }

  async function attempt(work: () => Promise<void>) {
    setError(null)
    setNotice(null)
    try {
      await work()
    } catch (e) {
      setError(messageOf(e))
    }
  }
  async function act(action: ClaimAction) {
    if (action === 'correct' || action === 'void' || action === 'withdraw') return setChange(action)
    if (action === 'print') return setPrinting(true)
    setBusy(action)
    await attempt(async () => {
      if (action === 'scrub') {
        const next = await call('claims.scrub', { claimId })
        detail.setData(next)
        setNotice(`Scrubbed: the claim is ${next.status}.`)
      } else if (action === 'queue') {
        const done = await call('claims.queue', { claimIds: [claimId] })
        detail.setData(await call('claims.get', { claimId }))
        setNotice(`Queued ${done.queued} claim for the next batch: create it in the Outbox.`)
      } else if (action === 'acknowledgeAll') {
        const next = await call('claims.acknowledgeAll', { claimId })
        detail.setData(next)
        setNotice(`Every warning acknowledged: the claim is ${next.status}.`)
      } else if (action === 'save837' && detail.data?.batch) {
        setNotice(`Saved ${await saveBatchFile(detail.data.batch.batchId)}. ${PLAINTEXT_NOTE}`)
      }
    })
    setBusy(null)
  }
  async function acknowledge(ruleId: string, field: string) {
    setAcknowledging(`${ruleId} ${field}`)
    await attempt(async () => {
      const next = await call('claims.acknowledge', { claimId, ruleId, field })
      detail.setData(next)
      setNotice(`Warning ${ruleId} acknowledged: the claim is ${next.status}.`)
    })
    setAcknowledging(null)
  }

  const back = (
    <Anchor href={claimsHref({ kind: 'list', filter: NO_FILTER })} size="sm">
      ← Claims
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
  const c = detail.data
  if (!c) return <Loader size="sm" aria-label="Opening the claim" />
  const held = heldBecause(c)

  return (
    <Stack gap="sm" maw={1400}>
      {back}
      <Group gap="sm" align="center">
        <Title order={2}>
          Claim <span data-testid="claim-number">{c.patientControlNumber}</span>
        </Title>
        <ClaimStatusBadge status={c.status} outcome={c.outcome} size="lg" />
        <Text c="dimmed" size="sm">
          {c.patientName} · {c.payerName} ({c.responsibility})
        </Text>
      </Group>
      <ClaimActions
        claim={c}
        busy={busy}
        paused={change !== null || printing}
        onAction={(a) => void act(a)}
      />
      {c.status === 'voided' && c.frequency === '1' && (
        <Anchor href={`#/coding/${c.visitId}`} size="sm" fw={600} data-testid="open-visit">
          Open the visit to fix it and bill it again →
        </Anchor>
      )}
      {held && (
        <Text size="sm" c="red.8" data-testid="claim-held">
          {held}
        </Text>
      )}
      {error && (
        <Alert color="red" role="alert" data-testid="claim-error">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="teal" variant="light" role="status" data-testid="claim-notice">
          {notice}
        </Alert>
      )}
      <ClaimHeader claim={c} />
      <section aria-labelledby="findings-title">
        <Title order={4} id="findings-title" mb={6}>
          Scrubber findings
        </Title>
        <ClaimFindingList
          findings={c.findings}
          targetOf={(field) => findingLink(field, c)}
          canAcknowledge={may(session, 'claims.write')}
          acknowledging={acknowledging}
          onAcknowledge={(ruleId, field) => void acknowledge(ruleId, field)}
        />
      </section>
      <section aria-labelledby="lines-title">
        <Title order={4} id="lines-title">
          Service lines
        </Title>
        <ClaimLineTable lines={c.lines} diagnoses={c.diagnoses} />
      </section>
      <ClaimAmounts claimId={c.claimId} />
      <ClaimAcknowledgments claimId={c.claimId} version={c.updatedAt} />
      <section aria-labelledby="history-title">
        <Title order={4} id="history-title">
          History
        </Title>
        <ClaimTimeline history={c.history} />
      </section>
      <ClaimReasonDialog
        change={change}
        claim={c}
        onClose={() => setChange(null)}
        onDone={(next) => {
          const kind = change
          setChange(null)
          if (next.claimId === c.claimId) {
            detail.setData(next)
            setNotice(
              kind === 'withdraw'
                ? `Claim ${next.patientControlNumber} withdrawn: once no claim of the visit is left, the visit is open again to fix and bill.`
                : `The claim is ${next.status}.`,
            )
          } else {
            goClaims(
              { kind: 'detail', claimId: next.claimId, focus: null },
              kind === 'correct'
                ? `Replacement claim ${next.patientControlNumber} made from ${c.patientControlNumber}: fix it, scrub it and queue it.`
                : `Void claim ${next.patientControlNumber} made for ${c.patientControlNumber}: queue it to send.`,
            )
          }
        }}
      />
      <ClaimPrintDialog
        opened={printing}
        claimId={c.claimId}
        onClose={() => setPrinting(false)}
        onPrinted={(fileName, pdf) => {
          downloadFile(fileName, pdf)
          setPrinting(false)
          setNotice(`Made ${fileName}: open it to print. ${PLAINTEXT_NOTE}`)
        }}
      />
    </Stack>
  )
}
