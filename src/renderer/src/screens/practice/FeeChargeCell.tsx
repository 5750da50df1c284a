import { TextInput } from '@mantine/core'
import { useState } from 'react'
import { cents, formatCents, parseDollars } from '../../../../shared/money'
import { call } from '../../api'
import type { FeeRow } from '../../components/PracticeFeeForm'
import { messageOf } from '../../forms/useApiErrors'

interface Props {
  fee: FeeRow
  onSaved: (fee: FeeRow) => void
}

const shown = (c: number) => formatCents(cents(c)).replace(/^\$/, '')

/**
 * A code's charge typed in its row: a fee schedule update is mostly new charges, one code after
 * another, so Enter (or leaving the box) saves and Esc puts the charge back — no dialog per code.
 * Expected allowed amounts are kept as they are; they are edited in the code's dialog.
 */
export function FeeChargeCell({ fee, onSaved }: Props) {
  const [text, setText] = useState(shown(fee.chargeCents))
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  async function save() {
    const value = parseDollars(text)
    if (value === null || value < 1) {
      setError('Type the charge in dollars, e.g. 150.00')
      return
    }
    if (value === fee.chargeCents) {
      setError(null)
      setText(shown(value))
      return
    }
    setSaving(true)
    try {
      const saved = await call('fees.save', {
        code: fee.code,
        chargeCents: value,
        expectedAllowed: fee.expectedAllowed,
      })
      setError(null)
      setText(shown(saved.chargeCents))
      onSaved(saved)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <TextInput
      size="xs"
      aria-label={`Charge for ${fee.code}`}
      value={text}
      disabled={saving}
      leftSection="$"
      leftSectionWidth={18}
      error={error}
      title={error ?? 'Type a new charge, Enter saves, Esc puts it back'}
      styles={{ input: { textAlign: 'right', height: 22, minHeight: 22 } }}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void save()
        if (e.key === 'Escape') {
          setText(shown(fee.chargeCents))
          setError(null)
        }
      }}
      onBlur={() => {
        if (text !== shown(fee.chargeCents)) void save()
      }}
    />
  )
}
