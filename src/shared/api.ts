/**
 * The contract: every operation ClaimDesk offers, declared once. The renderer's client, the
 * preload bridge, the main-side router, the CLI and the tests are all typed from `ops`.
 */
import type { z } from 'zod'
import type { ApiResult } from './errors'
import { appOps } from './ops/app'
import { auditOps } from './ops/audit'
import { authOps } from './ops/auth'
import { backupOps } from './ops/backup'
import { claimOps } from './ops/claims'
import { codeOps } from './ops/codes'
import { directoryOps } from './ops/directory'
import { patientOps } from './ops/patients'
import { paymentOps } from './ops/payments'
import { settingsOps } from './ops/settings'
import { userOps } from './ops/users'
import { visitOps } from './ops/visits'
import { remitOps } from './ops/remits'
import { insuranceCheckOps } from './ops/insuranceChecks'
import { inboxOps } from './ops/inbox'
import { followupOps } from './ops/followup'
import { clearinghouseOps } from './ops/clearinghouse'
import { statementOps } from './ops/statements'
import { paperClaimOps } from './ops/paperClaims'
import { planOps } from './ops/plans'
import { dashboardOps } from './ops/dashboard'
import { reportOps } from './ops/reports'

export const ops = {
  ...appOps,
  ...authOps,
  ...userOps,
  ...auditOps,
  ...settingsOps,
  ...backupOps,
  ...directoryOps,
  ...patientOps,
  ...visitOps,
  ...codeOps,
  ...claimOps,
  ...remitOps,
  ...insuranceCheckOps,
  ...paymentOps,
  ...inboxOps,
  ...clearinghouseOps,
  ...followupOps,
  ...statementOps,
  ...paperClaimOps,
  ...planOps,
  ...dashboardOps,
  ...reportOps,
}

export type Ops = typeof ops
export type OpName = keyof Ops
export const OP_NAMES = Object.keys(ops) as OpName[]

/** What a caller passes (before zod defaults and transforms). */
export type OpInput<N extends OpName> = z.input<Ops[N]['input']>
/** What a handler receives (after parsing). */
export type OpParsedInput<N extends OpName> = z.output<Ops[N]['input']>
export type OpOutput<N extends OpName> = z.output<Ops[N]['output']>

/** `window.api`: one function per operation, each answering with a result, never throwing. */
export type Api = { [N in OpName]: (input: OpInput<N>) => Promise<ApiResult<OpOutput<N>>> }

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.hasOwn(ops, name)
}

export type { ApiError, ApiResult, ErrorCode } from './errors'
