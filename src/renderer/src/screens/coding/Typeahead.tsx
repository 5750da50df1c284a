import { Loader, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import {
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react'
import { messageOf } from '../../forms/useApiErrors'

export interface TypeaheadProps<T> {
  id: string
  label: string
  /** The form path the box edits (`patientId`, `lines.2.code`), for links that name a field. */
  field?: string
  /** The label is read by screen readers only (a box inside a table row). */
  hideLabel?: boolean
  description?: ReactNode
  placeholder?: string
  /** What the box shows while the person is not typing: the current choice, or '' to add one. */
  shown: string
  /** Asks main; `searchKey` changes whenever the same text would be answered differently. */
  search: (text: string) => Promise<T[]>
  searchKey: string
  optionKey: (item: T) => string
  renderOption: (item: T) => ReactNode
  onPick: (item: T) => void
  /**
   * Leaving the box with typed text: an item to take as picked (a code typed in full), or null to
   * put back what it showed — or, with `keepTyped`, to leave the text for later.
   */
  onLeave?: (text: string) => T | null
  keepTyped?: boolean
  nothingFound?: string
  inputRef?: Ref<HTMLInputElement>
  error?: ReactNode
  /** The error is shown elsewhere (a service line's messages): read out, not drawn here. */
  hideError?: boolean
  /** Keys the type-ahead does not use (Alt+↑, Alt+Delete…) go on to the caller. */
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void
  disabled?: boolean
  style?: CSSProperties
  listWidth?: number
  mono?: boolean
}

interface Answer<T> {
  text: string
  items: T[]
  error: string | null
}

const PAGE = 8

export function optionDomId(listId: string, index: number): string {
  return `${listId}-opt-${index}`
}

/**
 * A text box that asks main as the person types and lists the answers under it: ↑/↓ move,
 * Enter picks (or, typed faster than main answers, picks the first answer when it arrives),
 * Esc closes. Nothing is checked here: main searches and, later, judges what was picked.
 */
export function Typeahead<T>({
  id,
  label,
  field,
  hideLabel,
  description,
  placeholder,
  shown,
  search,
  searchKey,
  optionKey,
  renderOption,
  onPick,
  onLeave,
  keepTyped,
  nothingFound,
  inputRef,
  error,
  hideError,
  onKeyDown,
  disabled,
  style,
  listWidth = 520,
  mono,
}: TypeaheadProps<T>) {
  const [typed, setTyped] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [query] = useDebouncedValue(typed ?? '', 120)
  const [answer, setAnswer] = useState<Answer<T>>({ text: '', items: [], error: null })
  const [active, setActive] = useState(0)
  // Enter typed ahead of main's answer: picks resolve in the order they were asked for.
  const queue = useRef<Promise<void>>(Promise.resolve())
  const [missed, setMissed] = useState<string | null>(null)
  const latest = useRef({ search, onPick, onLeave })
  const listRef = useRef<HTMLDivElement>(null)
  const listId = `${id}-list`

  useEffect(() => {
    latest.current = { search, onPick, onLeave }
  })

  useEffect(() => {
    const text = query.trim()
    if (text === '') return
    let live = true
    latest.current.search(text).then(
      (items) => {
        if (!live) return
        setAnswer({ text: query, items, error: null })
        setActive(0)
      },
      (e: unknown) => live && setAnswer({ text: query, items: [], error: messageOf(e) }),
    )
    return () => {
      live = false
    }
  }, [query, searchKey])

  useEffect(() => {
    listRef.current
      ?.querySelector(`#${CSS.escape(optionDomId(listId, active))}`)
      ?.scrollIntoView({ block: 'nearest' })
  }, [active, listId])

  function pick(item: T) {
    setTyped(null)
    setOpen(false)
    setMissed(null)
    // After any pick still waiting for main, so codes land in the order they were entered.
    queue.current = queue.current.then(() => latest.current.onPick(item))
  }

  /**
   * Enter before the list for the typed text has come: the box empties at once so typing goes on
   * (the next code), and the best match is taken when main answers.
   */
  function pickBestLater(text: string) {
    setTyped(null)
    setOpen(false)
    const found = latest.current.search(text.trim())
    queue.current = queue.current
      .then(() => found)
      .then(
        (items) => {
          if (items[0] !== undefined) latest.current.onPick(items[0])
          else setMissed(`Nothing matches “${text.trim()}” — nothing was added.`)
        },
        (e: unknown) => setMissed(messageOf(e)),
      )
  }

  const typing = typed !== null && typed.trim() !== ''
  const current = typing && answer.text === typed
  const items = typing ? answer.items : []
  const showList = open && typing && (items.length > 0 || current)
  const move = (to: number) => setActive(Math.max(0, Math.min(items.length - 1, to)))

  function handleKey(e: KeyboardEvent<HTMLInputElement>) {
    const plain = !e.altKey && !e.ctrlKey && !e.metaKey
    if (plain && typing) {
      const keys: Record<string, () => void> = {
        ArrowDown: () => (open ? move(active + 1) : setOpen(true)),
        ArrowUp: () => move(active - 1),
        PageDown: () => move(active + PAGE),
        PageUp: () => move(active - PAGE),
        Enter: () => {
          const item = items[active]
          if (current && item !== undefined) pick(item)
          else if (!current) pickBestLater(typed)
        },
        Escape: () => {
          if (open) setOpen(false)
          else if (!keepTyped) setTyped(null)
        },
      }
      const action = keys[e.key]
      if (action) {
        e.preventDefault()
        e.stopPropagation()
        action()
        return
      }
    }
    onKeyDown?.(e)
  }

  function leave() {
    setOpen(false)
    if (typed === null) return
    const item = typed.trim() === '' ? null : (latest.current.onLeave?.(typed) ?? null)
    if (item !== null) pick(item)
    else if (!keepTyped || typed.trim() === '') setTyped(null)
  }

  return (
    <div className="typeahead" style={style}>
      <TextInput
        id={id}
        data-field={field}
        label={hideLabel ? undefined : label}
        aria-label={hideLabel ? label : undefined}
        description={description}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={
          showList && items.length > 0 ? optionDomId(listId, active) : undefined
        }
        classNames={{
          input: mono ? 'mono' : undefined,
          error: hideError ? 'visually-hidden' : undefined,
        }}
        ref={inputRef}
        value={typed ?? shown}
        error={error ?? missed}
        disabled={disabled}
        rightSection={typing && !current ? <Loader size={12} /> : undefined}
        onChange={(e) => {
          setTyped(e.currentTarget.value)
          setOpen(true)
          setMissed(null)
        }}
        onKeyDown={handleKey}
        onBlur={leave}
      />
      {showList && (
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={`${label}: matches`}
          className="typeahead-list"
          style={{ width: listWidth }}
        >
          {items.map((item, index) => (
            <div
              key={optionKey(item)}
              id={optionDomId(listId, index)}
              role="option"
              aria-selected={index === active}
              className="typeahead-option"
              data-active={index === active || undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => index !== active && setActive(index)}
              onClick={() => pick(item)}
            >
              {renderOption(item)}
            </div>
          ))}
          {items.length === 0 && (
            <div className="typeahead-empty">
              {answer.error ?? nothingFound ?? 'Nothing matches.'}
            </div>
          )}
        </div>
      )}
    </div>
  )
}
