import { useEffect, useRef, useState, type KeyboardEvent } from 'react'

export interface Suggestion {
  code: string
  description: string
}

interface Props {
  /** The header code the suggestions are under, as people read it (E11.6). */
  under: string
  suggestions: readonly Suggestion[]
  onPick: (suggestion: Suggestion) => void
  /** Esc: back to the diagnosis row. */
  onLeave: () => void
  /** The line above the list; by default it says the pick replaces the header. */
  title?: string | undefined
}

/**
 * The billable codes under a category header main refused: ↑/↓ move, Enter picks one to take the
 * header's place, Esc goes back to the row.
 */
export function SuggestionPicker({ under, suggestions, onPick, onLeave, title }: Props) {
  const [active, setActive] = useState(0)
  const id = `suggest-${under.replace(/\W/g, '')}`
  const listRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [active])
  const move = (to: number) => setActive(Math.max(0, Math.min(suggestions.length - 1, to)))

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      Home: () => move(0),
      End: () => move(suggestions.length - 1),
      Enter: () => {
        const s = suggestions[active]
        if (s) onPick(s)
      },
      Escape: onLeave,
    }
    const action = keys[e.key]
    if (!action) return
    e.preventDefault()
    e.stopPropagation()
    action()
  }

  return (
    <div className="suggestions">
      <div className="suggestions-title">
        {title ?? `Pick the billable code (↑ ↓, Enter) to replace ${under}:`}
      </div>
      <div
        ref={listRef}
        role="listbox"
        aria-label={`Billable codes under ${under}`}
        tabIndex={0}
        data-problem-focus
        aria-activedescendant={`${id}-${active}`}
        className="suggestions-list"
        onKeyDown={onKeyDown}
      >
        {suggestions.map((s, index) => (
          <div
            key={s.code}
            id={`${id}-${index}`}
            data-index={index}
            role="option"
            aria-selected={index === active}
            data-active={index === active || undefined}
            className="suggestions-option"
            onMouseMove={() => index !== active && setActive(index)}
            onClick={() => onPick(s)}
          >
            <span className="mono suggestions-code">{s.code}</span>
            <span>{s.description}</span>
          </div>
        ))}
      </div>
    </div>
  )
}
