import { createContext, useContext } from 'react'
import type { OpOutput } from '../../shared/api'
import type { SessionView } from '../../shared/ops/auth'
import type { Permission } from '../../shared/permissions'

export type AppInfo = OpOutput<'app.info'>

/** What every screen inside the shell may know about who is at the keyboard. */
export interface SessionState {
  info: AppInfo
  session: SessionView
  /** Take a new session view from main (after login, unlock, password change…). */
  accept: (session: SessionView) => void
  /** Ask main again who is signed in and whether the store is open. */
  refresh: () => Promise<void>
  lock: () => Promise<void>
  logout: (notice?: string) => Promise<void>
}

export const SessionContext = createContext<SessionState | null>(null)

export function useSession(): SessionState {
  const state = useContext(SessionContext)
  if (!state) throw new Error('useSession outside the signed-in shell')
  return state
}

/** Only for leaving out what a role cannot use; main checks every call again. */
export function may(session: SessionView, permission: Permission): boolean {
  return session.permissions.includes(permission)
}
