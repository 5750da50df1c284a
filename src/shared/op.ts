import type { z } from 'zod'
import type { Permission } from './permissions'

/**
 * Who may call an operation:
 * - `public`: anyone, before signing in (app status, setup, login);
 * - `signedIn`: any signed-in user, whatever the role (their own password, locking);
 * - a named permission, granted to roles in `permissions.ts`.
 */
export type Access = 'public' | 'signedIn' | Permission

export interface OpSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string
  input: I
  output: O
  access: Access
  /** Allowed while the session is locked: only what it takes to unlock or leave. */
  whenLocked?: boolean
  /** Status polls: calling them is not activity, so they do not postpone the idle lock. */
  passive?: boolean
  /** Allowed to a user who must first replace the password an administrator gave them. */
  beforePasswordChange?: boolean
  /**
   * What the call touches, for the audit log. `patient` calls are audited on every success,
   * with the patient's id taken from the input's or output's `patientId`. `list-read` calls
   * (searches, lists) record what was asked and how many results came back, not the results.
   */
  audit?: 'patient-read' | 'patient-write' | 'admin' | 'export' | 'list-read'
}

export function op<I extends z.ZodType, O extends z.ZodType>(spec: OpSpec<I, O>): OpSpec<I, O> {
  return spec
}
