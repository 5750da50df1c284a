import { TextInput, type TextInputProps } from '@mantine/core'
import { useEffect, useRef, useState, type Ref } from 'react'
import { useController, useFormContext, type Control, type FieldValues } from 'react-hook-form'
import { formatDate, parseUsDate, usDatesIn } from '../../../shared/usFormat'

type BoxProps = Omit<TextInputProps, 'value' | 'onChange' | 'error' | 'type'> & {
  label: string
  /** YYYY-MM-DD as stored, or what was typed when it is not yet a date. */
  value: string
  onChange: (isoOrTyped: string) => void
  error?: string | undefined
  inputRef?: Ref<HTMLInputElement>
}

const SHAPE = 'MM/DD/YYYY'

/** What the typed text hands the form: ISO when it reads as a US date, else the text itself. */
function valueOf(typed: string): string {
  return typed.trim() === '' ? '' : (parseUsDate(typed) ?? typed)
}

/**
 * The one date box: shows and takes MM/DD/YYYY (or 8 digits, 03152024), hands the form ISO.
 * Text that is no US date reaches the form as typed, so its schema refuses it; the message
 * shown is then this box's own, in the shape the person types.
 */
export function UsDateInput({
  label,
  value,
  onChange,
  error,
  inputRef,
  onBlur,
  onFocus,
  ...rest
}: BoxProps) {
  const [typed, setTyped] = useState(() => formatDate(value))
  const handed = useRef(value)
  useEffect(() => {
    // A reset or a default from outside: show it; what the person is typing stays.
    if (value !== handed.current) {
      handed.current = value
      setTyped(formatDate(value))
    }
  }, [value])
  const misshapen = typed.trim() !== '' && parseUsDate(typed) === null
  const shown = error && (misshapen ? `${label} must be written ${SHAPE}, like 03/15/2024` : error)
  return (
    <TextInput
      label={label}
      placeholder={SHAPE}
      inputMode="numeric"
      autoComplete="off"
      w={130}
      {...rest}
      ref={inputRef}
      value={typed}
      error={shown ? usDatesIn(shown) : undefined}
      onChange={(e) => {
        const text = e.currentTarget.value
        // Eight digits typed straight through (03152024) are a whole date: show it as one.
        setTyped(/^\d{8}$/.test(text) ? formatDate(valueOf(text)) : text)
        handed.current = valueOf(text)
        onChange(handed.current)
      }}
      onFocus={(e) => {
        // Typing over a date replaces it whole, as the date picker's segments did.
        e.currentTarget.select()
        onFocus?.(e)
      }}
      onBlur={(e) => {
        // Tidy "3/5/2024" or "03052024" into 03/05/2024 once the person moves on.
        const iso = parseUsDate(typed)
        if (iso) setTyped(formatDate(iso))
        onBlur?.(e)
      }}
    />
  )
}

type FieldProps = Omit<BoxProps, 'value' | 'onChange' | 'inputRef'> & {
  /** Path of an ISO date in the form's values. */
  name: string
  /** Only for a form without a FormProvider around it. */
  control?: Control<FieldValues> | undefined
}

/** UsDateInput bound to a react-hook-form field. */
export function UsDateField({ name, control, error, ...rest }: FieldProps) {
  const context = useFormContext<FieldValues>() as ReturnType<typeof useFormContext> | null
  const { field, fieldState } = useController({ name, control: control ?? context?.control })
  return (
    <UsDateInput
      {...rest}
      name={field.name}
      inputRef={field.ref}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={error ?? fieldState.error?.message}
    />
  )
}
