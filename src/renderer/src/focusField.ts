import { useEffect } from 'react'

/** How long a link's field may take to appear (a record loading, a dialog opening). */
const WAIT_MS = 3000
const EVERY_MS = 50
/** Checks in a row the field must keep the cursor before the hook lets go. */
const SETTLED = 3

function usable(el: Element): el is HTMLElement {
  return (
    el instanceof HTMLElement &&
    !(el instanceof HTMLInputElement && el.type === 'hidden') &&
    !el.matches(':disabled')
  )
}

function first(root: ParentNode, selector: string): HTMLElement | null {
  return Array.from(root.querySelectorAll(selector)).find(usable) ?? null
}

/**
 * The input for a field path ('priorAuthorization', 'lines.1.units', 'coverage.subscriber.dob'):
 * the one marked `data-field="<path>"` or named `<path>`; else the first input under the path
 * ('address' → its street); else the nearest field above it ('lines.1.modifiers.0' → the line's
 * modifiers box). Disabled inputs are passed over: they cannot take the cursor.
 */
export function findField(root: ParentNode, path: string): HTMLElement | null {
  const parts = path.split('.').filter((p) => p !== '')
  for (let n = parts.length; n > 0; n--) {
    const at = CSS.escape(parts.slice(0, n).join('.'))
    const found =
      first(root, `[data-field="${at}"], [name="${at}"]`) ??
      first(root, `[data-field^="${at}."], [name^="${at}."]`)
    if (found) return found
  }
  return null
}

/**
 * Puts the cursor on the field a link names (a scrubber finding's `?focus=`), once the screen
 * has drawn it: retried briefly while the record loads or a dialog opens, and held against a
 * dialog's own first focus. A key or click by the person ends it.
 */
export function useFocusField(path: string | null | undefined, ready = true): void {
  useEffect(() => {
    if (!ready || !path) return
    const started = Date.now()
    let shown: HTMLElement | null = null
    let held = 0
    const tick = () => {
      const target = findField(document, path)
      if (target && document.activeElement === target) held++
      else if (target) {
        if (target !== shown) target.scrollIntoView({ block: 'center' })
        shown = target
        held = 0
        target.focus({ preventScroll: true })
      }
      if (held >= SETTLED || Date.now() - started > WAIT_MS) stop()
    }
    const timer = window.setInterval(tick, EVERY_MS)
    function stop() {
      window.clearInterval(timer)
      window.removeEventListener('keydown', stop, true)
      window.removeEventListener('pointerdown', stop, true)
    }
    window.addEventListener('keydown', stop, true)
    window.addEventListener('pointerdown', stop, true)
    tick()
    return stop
  }, [path, ready])
}
