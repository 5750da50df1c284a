import { useLayoutEffect, useRef } from 'react'

/** Where the cursor goes: the element, or nothing while it is not drawn yet. */
type Target = () => HTMLElement | null | undefined

/** How long a move waits for its element to be drawn before it is given up. */
const WAIT_MS = 1500

/**
 * Moves the cursor once React has drawn a change (a row moved, a line added), before the next key
 * is handled: React draws a key's changes before the next key event, and this runs as it does.
 * A frame later it runs anyway, in case the change drew nothing. A change made after main
 * answered may be drawn after that frame on a busy machine, so the move waits (a moment at most)
 * until its element is there.
 */
export function useFocusAfterRender(): (target: Target) => void {
  const pending = useRef<{ target: Target; asked: number } | null>(null)
  const attempt = () => {
    const move = pending.current
    if (!move) return
    const element = move.target()
    if (element) element.focus()
    else if (Date.now() - move.asked < WAIT_MS) return
    pending.current = null
  }
  useLayoutEffect(attempt)
  return (target) => {
    const move = { target, asked: Date.now() }
    pending.current = move
    requestAnimationFrame(() => pending.current === move && attempt())
  }
}
