import { useEffect, useRef } from 'react'

export interface VisitKeys {
  onSave: () => void
  onMarkCoded: () => void
  /** Alt+1 … Alt+9. */
  onFavorite: (n: number) => void
  onAddDiagnosis: () => void
  onAddLine: () => void
}

/**
 * The coding screen's keys, wherever the cursor is on it: Ctrl+S saves a draft, Ctrl+Enter saves
 * and marks coded, Alt+1…9 adds a favorite, Alt+D and Alt+L jump to the add-diagnosis and
 * add-line boxes. Keys a box uses itself (Enter in a type-ahead) never get here.
 */
export function useVisitKeys(keys: VisitKeys): void {
  const latest = useRef(keys)
  useEffect(() => {
    latest.current = keys
  })
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      const k = latest.current
      const mod = e.ctrlKey || e.metaKey
      let action: (() => void) | null = null
      if (mod && !e.altKey && e.key.toLowerCase() === 's') action = k.onSave
      else if (mod && !e.altKey && e.key === 'Enter') action = k.onMarkCoded
      else if (e.altKey && !mod) {
        const digit = /^Digit([1-9])$/.exec(e.code)
        if (digit) action = () => k.onFavorite(Number(digit[1]))
        else if (e.code === 'KeyD') action = k.onAddDiagnosis
        else if (e.code === 'KeyL') action = k.onAddLine
      }
      if (!action || e.defaultPrevented) return
      e.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
