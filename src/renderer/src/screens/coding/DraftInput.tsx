import { TextInput } from '@mantine/core'
import { useState, type KeyboardEvent, type Ref } from 'react'

interface Props<T> {
  label: string
  /** Names the box within its line for focus moves (`data-part`). */
  part: string
  /** The form path the box edits (`lines.0.units`), for links that name a field. */
  field: string
  value: T
  /** How the value reads in the box when the person is not typing in it. */
  format: (value: T) => string
  /** What typing means: the value to keep (NaN or an empty list when it is no value). */
  parse: (text: string) => T
  /** Tidies each keystroke's text ("25rt" → "25 RT"); the box shows the tidied text. */
  tidy?: (text: string) => string
  onChange: (value: T) => void
  onBlur?: () => void
  inputRef?: Ref<HTMLInputElement>
  /** The message about this box: read out with it, shown in the line's message list. */
  error: string | undefined
  w: number
  align?: 'left' | 'right'
  mono?: boolean
  maxLength?: number
  inputMode?: 'numeric' | 'decimal' | 'text'
  placeholder?: string
  disabled?: boolean
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void
}

/**
 * A box in a service line: shows the stored value formatted, keeps what is typed while the cursor
 * is in it (so "12." can become "12.50"), and hands the form the parsed value on every keystroke.
 */
export function DraftInput<T>({
  label,
  part,
  field,
  value,
  format,
  parse,
  tidy,
  onChange,
  onBlur,
  inputRef,
  error,
  w,
  align = 'left',
  mono,
  maxLength,
  inputMode,
  placeholder,
  disabled,
  onKeyDown,
}: Props<T>) {
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <TextInput
      aria-label={label}
      data-part={part}
      data-field={field}
      w={w}
      ref={inputRef}
      value={draft ?? format(value)}
      error={error}
      autoComplete="off"
      spellCheck={false}
      maxLength={maxLength}
      inputMode={inputMode}
      placeholder={placeholder}
      disabled={disabled}
      classNames={{ input: mono ? 'mono' : undefined, error: 'visually-hidden' }}
      styles={{ input: { textAlign: align } }}
      onFocus={(e) => {
        setDraft(format(value))
        e.currentTarget.select()
      }}
      onChange={(e) => {
        const text = tidy ? tidy(e.currentTarget.value) : e.currentTarget.value
        setDraft(text)
        onChange(parse(text))
      }}
      onBlur={() => {
        setDraft(null)
        onBlur?.()
      }}
      onKeyDown={onKeyDown}
    />
  )
}
