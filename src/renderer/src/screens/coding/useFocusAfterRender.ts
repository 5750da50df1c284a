import { useLayoutEffect, useRef } from 'react'

/**
 * Moves the cursor once React has drawn a change (a row moved, a line added), before the next key
 * is handled: React draws a key's changes before the next key event, and this runs as it does.
 * A frame later it runs anyway, in case the change drew nothing.
 */
export function useFocusAfterRender(): (focus: () => void) => void {
  const pending = useRef<(() => void) | null>(null)
  useLayoutEffect(() => {
    const focus = pending.current
    pending.current = null
    focus?.()
  })
  return (focus) => {
    pending.current = focus
    requestAnimationFrame(() => {
      if (pending.current !== focus) return
      pending.current = null
      focus()
    })
  }
}
