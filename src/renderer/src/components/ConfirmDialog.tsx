import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { FormAlert } from './FormAlert'

interface Props {
  opened: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  color?: string
  busy?: boolean
  error?: string | null
  onConfirm: () => void
  onCancel: () => void
}

/**
 * A yes/no question before something that cannot be undone. The safe answer has the focus, so
 * an Enter typed by habit cancels; Esc cancels too.
 */
export function ConfirmDialog(props: Props) {
  const { opened, title, children, confirmLabel, color = 'red', busy, error } = props
  return (
    <Modal opened={opened} onClose={props.onCancel} title={title} centered>
      <Stack gap="sm">
        <Text size="sm" component="div">
          {children}
        </Text>
        <FormAlert message={error ?? null} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={props.onCancel} data-autofocus>
            Cancel
          </Button>
          <Button color={color} onClick={props.onConfirm} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
