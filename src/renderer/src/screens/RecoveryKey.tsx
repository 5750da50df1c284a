import { Alert, Button, Checkbox, CopyButton, Group, Paper, Text } from '@mantine/core'
import { useState } from 'react'
import { AuthLayout } from '../components/AuthLayout'
import { KeyGroups, RecoveryKeySheet } from '../components/RecoveryKeySheet'

interface Props {
  practiceName: string
  recoveryKey: string
  onContinue: () => void
}

/** Shown once, right after setup: the only time the recovery key leaves main. */
export function RecoveryKey({ practiceName, recoveryKey, onContinue }: Props) {
  const [kept, setKept] = useState(false)
  const [createdOn] = useState(() => new Date())

  return (
    <>
      <AuthLayout
        title="Your recovery key"
        intro="If every administrator forgets their password, this key is the only way back into the practice's data. It is shown only now."
        width={560}
      >
        <Paper withBorder p="md" bg="yellow.0">
          <Text
            ff="monospace"
            fz={24}
            fw={700}
            ta="center"
            lh={1.6}
            style={{ letterSpacing: '0.04em' }}
            data-testid="recovery-key"
          >
            <KeyGroups recoveryKey={recoveryKey} />
          </Text>
          <Group justify="center" mt={4}>
            <CopyButton value={recoveryKey} timeout={4000}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" color={copied ? 'teal' : 'gray'} onClick={copy}>
                  {copied ? 'Copied' : 'Copy key'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Paper>
        <Alert color="yellow" variant="light">
          Print it or write it down, and keep it locked away from the computer.
        </Alert>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            if (kept) onContinue()
          }}
        >
          <Group justify="space-between" align="center">
            <Button variant="default" onClick={() => window.print()} autoFocus>
              Print
            </Button>
            <Checkbox
              label="I have printed or written down the recovery key"
              checked={kept}
              onChange={(e) => setKept(e.currentTarget.checked)}
            />
          </Group>
          <Button type="submit" disabled={!kept} fullWidth mt="md">
            Continue
          </Button>
        </form>
      </AuthLayout>
      <RecoveryKeySheet
        practiceName={practiceName}
        recoveryKey={recoveryKey}
        createdOn={createdOn}
      />
    </>
  )
}
