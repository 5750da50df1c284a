import { Center, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

interface Props {
  title: string
  /** One line under the title saying what this screen is for. */
  intro?: ReactNode
  width?: number
  version?: string
  children: ReactNode
}

/** The frame of every screen shown before the shell: setup, sign-in, unlock, recovery. */
export function AuthLayout({ title, intro, width = 420, version, children }: Props) {
  return (
    <Center mih="100%" p="md" bg="gray.0" className="no-print">
      <Stack gap="xs" w={width} maw="100%">
        <Text fw={700} c="teal.8" size="lg" data-testid="app-title">
          ClaimDesk
        </Text>
        <Paper withBorder shadow="xs" p="lg" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {title}
            </Title>
            {intro && (
              <Text size="sm" c="dimmed">
                {intro}
              </Text>
            )}
            {children}
          </Stack>
        </Paper>
        {version && (
          <Text size="xs" c="dimmed" ta="center" data-testid="status-version">
            ClaimDesk {version}
          </Text>
        )}
      </Stack>
    </Center>
  )
}
