import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { call } from '../api'
import { messageOf } from '../forms/useApiErrors'
import { pdfBlob } from '../screens/claims/saveFile'
import { FormAlert } from './FormAlert'

interface Props {
  opened: boolean
  claimId: number
  onClose: () => void
  /** The PDF main made, to hand to the person. */
  onPrinted: (fileName: string, pdf: Blob) => void
}

/** The CMS-1500 as a PDF: the whole form on plain paper, or the data for red pre-printed forms. */
export function ClaimPrintDialog({ opened, claimId, onClose, onPrinted }: Props) {
  const [mode, setMode] = useState<'full' | 'data'>('full')
  const [x, setX] = useState<number>(0)
  const [y, setY] = useState<number>(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function print() {
    setBusy(true)
    setError(null)
    try {
      const dataOnly = mode === 'data'
      const made = await call('claims.cms1500', {
        claimId,
        dataOnly,
        ...(dataOnly ? { offsetXPt: x, offsetYPt: y } : {}),
      })
      onPrinted(made.fileName, pdfBlob(made.pdfBase64))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Print CMS-1500 (02/12)">
      <Stack gap="sm" onKeyDown={getHotkeyHandler([['mod+Enter', () => void print()]])}>
        <SegmentedControl
          data={[
            { value: 'full', label: 'Whole form, plain paper' },
            { value: 'data', label: 'Data only, red forms' },
          ]}
          value={mode}
          onChange={(v) => setMode(v as 'full' | 'data')}
          aria-label="What to print"
        />
        {mode === 'data' && (
          <>
            <Text size="xs" c="dimmed">
              Nudge the data to line up with the boxes on your printer: points (1/72 inch), up to 36
              either way.
            </Text>
            <Group grow>
              <NumberInput
                label="Right (points)"
                value={x}
                onChange={(v) => setX(Number(v) || 0)}
                min={-36}
                max={36}
              />
              <NumberInput
                label="Down (points)"
                value={y}
                onChange={(v) => setY(Number(v) || 0)}
                min={-36}
                max={36}
              />
            </Group>
          </>
        )}
        <FormAlert message={error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel (Esc)
          </Button>
          <Button onClick={() => void print()} loading={busy} title="Ctrl+Enter" data-autofocus>
            Make the PDF
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
