import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { cents, formatCents } from '../../../shared/money'

export interface BatchFacts {
  batchId: number
  fileName: string
  interchangeControlNumber: number
  claimCount: number
  totalCents: number
  usage: 'T' | 'P'
  heldBack?: { claimId: number; patientControlNumber: string; reason: string }[]
}

interface Props {
  batch: BatchFacts
  saving: boolean
  onSave: () => void
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  )
}

/** The batch just made: what is in it, and the button that saves its 837 file. */
export function BatchResultCard({ batch, saving, onSave }: Props) {
  return (
    <Paper withBorder p="md" radius="sm" role="region" aria-label="Batch made" bg="blue.0">
      <Stack gap="sm">
        <Title order={4}>
          Batch #{batch.batchId} made — {batch.usage === 'P' ? 'production' : 'test'} file
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="md">
          <Fact label="Batch" value={`#${batch.batchId}`} testId="batch-id" />
          <Fact label="File name" value={batch.fileName} testId="batch-file-name" />
          <Fact label="Interchange (ISA13)" value={String(batch.interchangeControlNumber)} />
          <Fact label="Claims" value={String(batch.claimCount)} testId="batch-claim-count" />
          <Fact
            label="Total charges"
            value={formatCents(cents(batch.totalCents))}
            testId="batch-total"
          />
        </SimpleGrid>
        <Group>
          <Button
            onClick={onSave}
            loading={saving}
            title="Save the 837 file (Alt+S)"
            data-autofocus
          >
            Save 837 file
          </Button>
          <Text size="xs" c="dimmed">
            The clearinghouse sync uploads it; saving it to carry by hand marks its claims
            submitted.
          </Text>
        </Group>
        {batch.heldBack && batch.heldBack.length > 0 && (
          <Alert color="orange" title="Held back from this batch" data-testid="batch-held-back">
            <Text size="sm">
              {batch.heldBack.length === 1 ? 'This claim' : 'These claims'} failed the 837 check and
              went back to draft; the rest of the batch is ready to send.
            </Text>
            <List size="sm" mt={4}>
              {batch.heldBack.map((h) => (
                <List.Item key={h.claimId}>
                  <Anchor href={`#/claims/${h.claimId}`} size="sm">
                    {h.patientControlNumber}
                  </Anchor>{' '}
                  — {h.reason}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
