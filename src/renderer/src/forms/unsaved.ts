import { useEffect, useRef } from 'react'

/**
 * Never lose work: every form on screen says here whether it holds changes not yet saved, and
 * every way of leaving (a sidebar link, Esc or Cancel, closing a dialog, closing the window)
 * asks first through `confirmLeave`. An unchanged or empty form is left without a question.
 */
const dirtyForms = new Set<symbol>()

export const LEAVE_QUESTION = 'You have changes that are not saved. Leave and lose them?'

export function hasUnsavedWork(): boolean {
  return dirtyForms.size > 0
}

/** True when nothing is unsaved, or the person chose to leave (their changes are then dropped). */
export function confirmLeave(): boolean {
  if (dirtyForms.size === 0) return true
  if (!window.confirm(LEAVE_QUESTION)) return false
  dirtyForms.clear()
  return true
}

/** `leave` runs only once `confirmLeave` says so: for Esc, Cancel and a dialog's close. */
export function leaveIfConfirmed(leave: () => void): () => void {
  return () => {
    if (confirmLeave()) leave()
  }
}

/** A form reports whether it holds unsaved changes for as long as it is on screen. */
export function useUnsavedChanges(dirty: boolean): void {
  const id = useRef(Symbol('form'))
  useEffect(() => {
    const me = id.current
    if (dirty) dirtyForms.add(me)
    else dirtyForms.delete(me)
    return () => void dirtyForms.delete(me)
  }, [dirty])
}

const inElectron = typeof navigator !== 'undefined' && navigator.userAgent.includes('Electron')

/**
 * Closing the window or reloading with unsaved changes: a browser shows its own "Leave site?"
 * question. Electron shows none and just keeps the window open, so the question is asked here,
 * right after the close is held back, and the window closes again once the person agrees.
 */
export function guardWindowClose(): () => void {
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!hasUnsavedWork()) return
    e.preventDefault()
    e.returnValue = ''
    if (inElectron) {
      setTimeout(() => {
        if (confirmLeave()) window.close()
      }, 0)
    }
  }
  window.addEventListener('beforeunload', onBeforeUnload)
  return () => window.removeEventListener('beforeunload', onBeforeUnload)
}
