import { useCallback, useEffect, useRef, useState } from 'react'
import type { SessionView } from '../../shared/ops/auth'
import { call, onApiRefusal } from './api'
import { messageOf } from './forms/useApiErrors'
import type { AppInfo } from './session'

const POLL_MS = 15_000
const TOUCH_EVERY_MS = 30_000

export interface Gate {
  info: AppInfo | null
  session: SessionView | null
  /** Main could not be reached at all (shown instead of any screen). */
  failure: string | null
  accept: (session: SessionView) => void
  refresh: () => Promise<void>
  lock: () => Promise<void>
  /** Signs out; `notice` is shown on the sign-in screen (e.g. why everyone was signed out). */
  logout: (notice?: string) => Promise<void>
  notice: string | null
}

/**
 * Who is at the keyboard, as main sees it. Main decides (idle lock, sign-out on restore); the
 * renderer asks often, listens for refusals and reports activity so main can decide well.
 */
export function useSessionGate(): Gate {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [session, setSession] = useState<SessionView | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  // A poll sent before a sign-in may answer after it: only the latest question counts.
  const asked = useRef(0)

  const refresh = useCallback((): Promise<void> => {
    const question = ++asked.current
    return Promise.all([call('app.info', {}), call('auth.session', {})]).then(
      ([nextInfo, nextSession]) => {
        if (question !== asked.current) return
        setInfo(nextInfo)
        setSession(nextSession)
        setFailure(null)
      },
      (error: unknown) => {
        if (question === asked.current) setFailure(messageOf(error))
      },
    )
  }, [])

  const accept = useCallback(
    (next: SessionView) => {
      asked.current++
      setSession(next)
      if (next.signedIn) setNotice(null)
      // Signing in opens the store and the last sign-out closes it: the status bar follows.
      void refresh()
    },
    [refresh],
  )

  const lock = useCallback(async () => {
    try {
      accept(await call('auth.lock', {}))
    } catch {
      await refresh()
    }
  }, [accept, refresh])

  const logout = useCallback(
    async (why?: string) => {
      setNotice(why ?? null)
      try {
        accept(await call('auth.logout', {}))
      } catch {
        await refresh()
      }
    },
    [accept, refresh],
  )

  useEffect(() => {
    void refresh()
    const timer = window.setInterval(() => void refresh(), POLL_MS)
    return () => window.clearInterval(timer)
  }, [refresh])

  useEffect(
    () =>
      onApiRefusal((error) => {
        if (error.code === 'locked') setSession((s) => (s ? { ...s, locked: true } : s))
        if (error.code === 'locked' || error.code === 'not_signed_in') void refresh()
      }),
    [refresh],
  )

  const working = Boolean(session?.signedIn && !session.locked)
  useActivityReport(working)
  useLockShortcut(working, lock)

  return { info, session, failure, accept, refresh, lock, logout, notice }
}

/** Keys, clicks and scrolling tell main the person is still here (at most twice a minute). */
function useActivityReport(active: boolean): void {
  useEffect(() => {
    if (!active) return
    let lastSent = 0
    const onActivity = () => {
      const now = Date.now()
      if (now - lastSent < TOUCH_EVERY_MS) return
      lastSent = now
      call('auth.touch', {}).catch(() => undefined)
    }
    const events = ['keydown', 'mousedown', 'wheel'] as const
    for (const e of events) window.addEventListener(e, onActivity, { capture: true, passive: true })
    return () => {
      for (const e of events) window.removeEventListener(e, onActivity, { capture: true })
    }
  }, [active])
}

/** Ctrl+L locks from anywhere, even from inside a text field. */
function useLockShortcut(active: boolean, lock: () => Promise<void>): void {
  useEffect(() => {
    if (!active) return
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault()
        e.stopPropagation()
        void lock()
      }
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [active, lock])
}
