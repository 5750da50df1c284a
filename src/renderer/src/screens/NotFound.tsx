import { Anchor, Stack, Text, Title } from '@mantine/core'

/** A link or a typed address that names no screen this person may open. */
export function NotFound({ route, home }: { route: string; home: { id: string; label: string } }) {
  return (
    <Stack gap="xs" maw={560} data-testid="not-found">
      <Title order={3}>Not found</Title>
      <Text size="sm">
        There is no screen at <code>#/{route}</code>, or your role does not open it.
      </Text>
      <Anchor href={`#/${home.id}`} size="sm">
        Go to {home.label}
      </Anchor>
    </Stack>
  )
}
