import { Button, Group, Text } from '@mantine/core'

interface Props {
  label: string
  busy: boolean
  onCancel: () => void
  /** Name the keys beside the buttons (a dialog leaves them out). */
  keysHint?: boolean
}

/** Cancel and save at the foot of a form, with the keys that do the same. */
export function RegistrationFormButtons({ label, busy, onCancel, keysHint = true }: Props) {
  return (
    <Group justify="flex-end" gap="xs">
      {keysHint && (
        <Text size="xs" c="dimmed" mr="auto">
          Ctrl+S saves · Esc cancels
        </Text>
      )}
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={busy}>
        {label}
      </Button>
    </Group>
  )
}
