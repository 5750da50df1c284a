import { formatDate, formatDateTime } from '../../../shared/usFormat'
import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { cents, formatCents } from '../../../shared/money'
import type { ClaimDetail, ClaimFrequency } from '../../../shared/schemas/claim'
import { displayIcd10cm } from '../../../shared/validators/icd10cm'

export const FREQUENCY_LABELS: Record<ClaimFrequency, string> = {
  '1': '1 — original',
  '7': '7 — replacement',
  '8': '8 — void',
}

function Fact({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId} component="div">
        {children}
      </Text>
    </div>
  )
}

/** Who, whom and what: the facts of the claim a biller checks before anything else. */
export function ClaimHeader({ claim }: { claim: ClaimDetail }) {
  const c = claim
  return (
    <Paper withBorder p="sm" radius="sm" tabIndex={-1} data-field="claim" aria-label="Claim facts">
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 6 }} spacing="sm" verticalSpacing="xs">
        <Fact label="Patient" testId="claim-patient">
          <Anchor href={`#/patients/${c.patientId}`} size="sm">
            {c.patientName}
          </Anchor>{' '}
          <Text span size="xs" c="dimmed">
            acct {c.accountNo}
          </Text>
        </Fact>
        <Fact label="Payer" testId="claim-payer">
          {c.payerName}
        </Fact>
        <Fact label="Responsibility">{c.responsibility}</Fact>
        <Fact label="Frequency (CLM05-3)">{FREQUENCY_LABELS[c.frequency]}</Fact>
        <Fact label="Date of service">{formatDate(c.dateOfService)}</Fact>
        <Fact label="Total charges" testId="claim-total">
          {formatCents(cents(c.totalCents))}
        </Fact>
        <Fact label="Rendering provider">{c.providerName}</Fact>
        <Fact label="Place of service">{c.placeOfService}</Fact>
        <Fact label="Diagnoses">{c.diagnoses.map(displayIcd10cm).join(', ') || '—'}</Fact>
        <Fact label="Visit">
          <Anchor href={`#/coding/${c.visitId}`} size="sm">
            #{c.visitId}
          </Anchor>
          {c.splitCount > 1 && ` · part ${c.splitPart} of ${c.splitCount}`}
        </Fact>
        <Fact label="Submitted">{c.submittedAt ? formatDateTime(c.submittedAt) : '—'}</Fact>
        <Fact label="Batch file" testId="claim-batch-file">
          {c.batch ? (
            <Text span ff="monospace" size="xs">
              {c.batch.fileName}
            </Text>
          ) : (
            '—'
          )}
        </Fact>
        {c.payerClaimControlNumber && (
          <Fact label="Payer's claim no.">{c.payerClaimControlNumber}</Fact>
        )}
        {c.originalReference && (
          <Fact label={c.frequency === '8' ? 'Voids payer claim no.' : 'Replaces payer claim no.'}>
            {c.originalReference}
          </Fact>
        )}
        {c.replacesClaimId !== null && (
          <Fact label={c.frequency === '8' ? 'Voids claim' : 'Replaces claim'}>
            <Anchor href={`#/claims/${c.replacesClaimId}`} size="sm">
              #{c.replacesClaimId}
            </Anchor>
          </Fact>
        )}
        {c.replacedByClaimId !== null && (
          <Fact label="Followed by claim">
            <Anchor href={`#/claims/${c.replacedByClaimId}`} size="sm">
              #{c.replacedByClaimId}
            </Anchor>
          </Fact>
        )}
      </SimpleGrid>
    </Paper>
  )
}
