import { TextInput } from '@mantine/core'
import { useState, type Ref } from 'react'
import { Controller, useFormContext, type FieldValues } from 'react-hook-form'
import { cents, formatCents, parseDollars } from '../../../shared/money'

interface Props {
  /** Path of a cents amount in the form's values. */
  name: string
  label: string
  w?: number
  autoFocus?: boolean
}

/** What the box shows for an amount: dollars and cents without the sign ("1,234.50"). */
function shown(value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value)
    ? formatCents(cents(value)).replace('$', '')
    : ''
}

function amountOf(typed: string): number | null {
  return typed.trim() === '' ? null : parseDollars(typed)
}

/**
 * Money is typed as dollars and kept as whole cents. Text that is no amount becomes NaN, which
 * the shared schema refuses with its own message; an empty box is null (not given).
 */
export function RegistrationMoneyInput(props: Props) {
  const { control } = useFormContext<FieldValues>()
  return (
    <Controller
      control={control}
      name={props.name}
      render={({ field, fieldState }) => (
        <DollarsBox
          {...props}
          initial={field.value}
          inputRef={field.ref}
          error={fieldState.error?.message}
          onValue={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  )
}

interface BoxProps extends Props {
  initial: unknown
  inputRef: Ref<HTMLInputElement>
  error: string | undefined
  onValue: (cents: number | null) => void
  onBlur: () => void
}

function DollarsBox({
  name,
  label,
  w = 120,
  autoFocus,
  initial,
  inputRef,
  error,
  onValue,
  onBlur,
}: BoxProps) {
  const [typed, setTyped] = useState(() => shown(initial))
  return (
    <TextInput
      label={label}
      w={w}
      autoFocus={autoFocus}
      data-autofocus={autoFocus || undefined}
      leftSection="$"
      inputMode="decimal"
      autoComplete="off"
      name={name}
      ref={inputRef}
      value={typed}
      error={error}
      onChange={(e) => {
        const text = e.currentTarget.value
        setTyped(text)
        onValue(text.trim() === '' ? null : (parseDollars(text) ?? Number.NaN))
      }}
      onBlur={() => {
        // Tidy what was typed ("25" → "25.00") once the person moves on.
        const value = amountOf(typed)
        if (value !== null) setTyped(shown(value))
        onBlur()
      }}
    />
  )
}
