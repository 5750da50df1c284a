import { randomBytes } from 'node:crypto'
import type { z } from 'zod'
import {
  isOpName,
  ops,
  type ApiResult,
  type OpName,
  type OpOutput,
  type OpParsedInput,
} from '../../shared/api'
import type { OpSpec } from '../../shared/op'
import { roleMay } from '../../shared/permissions'
import { BUSY_MESSAGE, isBusy } from '../store/busy'
import { StoreError } from '../store/store-error'
import { DomainError } from '../errors'
import type { Office } from '../office'
import type { Session } from './session'

export interface CallContext {
  session: Session
  office: Office
}

export type Handler<N extends OpName> = (
  input: OpParsedInput<N>,
  ctx: CallContext,
) => OpOutput<N> | Promise<OpOutput<N>>

export type HandlerMap = { [N in OpName]: Handler<N> }

export interface RouterOptions {
  /** Whether outputs are checked against their schema (on in development and tests). */
  checkOutputs?: boolean
  log?: (line: string) => void
}

export interface AuditEvent {
  op: OpName
  spec: OpSpec
  outcome: 'ok' | 'denied'
  input: unknown
  output?: unknown
}

export interface Router {
  call(name: unknown, input: unknown, session: Session): Promise<ApiResult<unknown>>
}

/**
 * Builds the one router every transport shares. It refuses to exist if the handlers and the
 * contract disagree, so a missing handler is a start-up failure, not a runtime surprise.
 */
export function createRouter(
  handlers: HandlerMap,
  office: Office,
  options: RouterOptions = {},
): Router {
  assertComplete(handlers)
  const log = options.log ?? ((line: string) => console.error(line))

  return {
    async call(name, input, session) {
      if (!isOpName(name)) {
        return fail('unknown_operation', `ClaimDesk has no operation called "${String(name)}".`)
      }
      const spec: OpSpec = ops[name]
      const ctx: CallContext = { session, office }

      // Access before input: a caller who may not use an operation learns nothing about it.
      office.applyIdleLock(session)
      const refusal = checkAccess(spec, session)
      if (refusal) {
        if (refusal.code === 'forbidden')
          office.recordCall({ op: name, spec, outcome: 'denied', input }, session)
        return { ok: false, error: refusal }
      }

      const parsed = spec.input.safeParse(input ?? {})
      if (!parsed.success) return invalidInput(parsed.error)

      try {
        const handler = handlers[name] as Handler<OpName>
        const value = await handler(parsed.data as never, ctx)
        if (options.checkOutputs) {
          const checked = spec.output.safeParse(value)
          if (!checked.success) {
            log(
              `[router] ${name} returned output that breaks its contract: ${checked.error.message}`,
            )
            return fail(
              'internal',
              `ClaimDesk made a mistake answering ${name}; nothing was changed by it.`,
            )
          }
        }
        if (!spec.passive) session.touch(office.clock().getTime())
        office.recordCall(
          { op: name, spec, outcome: 'ok', input: parsed.data, output: value },
          session,
        )
        return { ok: true, value }
      } catch (err) {
        if (err instanceof DomainError) {
          return { ok: false, error: { code: err.code, message: err.message, field: err.field } }
        }
        // The store's own refusals (missing key file, damaged database…) are written for people.
        if (err instanceof StoreError)
          return { ok: false, error: { code: 'unavailable', message: err.message } }
        // Another window or command held the write lock past the busy timeout: not a bug.
        if (isBusy(err)) return { ok: false, error: { code: 'unavailable', message: BUSY_MESSAGE } }
        // A reference ties what the person sees to the log line, which carries the stack but
        // never the input: inputs can hold patient data.
        const ref = randomBytes(4).toString('hex')
        log(
          `[router] ${name} failed (ref ${ref}): ${err instanceof Error ? err.stack : String(err)}`,
        )
        return fail(
          'internal',
          `Something went wrong in ClaimDesk (reference ${ref}). Nothing was saved by this step.`,
        )
      }
    },
  }
}

function checkAccess(spec: OpSpec, session: Session) {
  if (session.locked && !spec.whenLocked) {
    return {
      code: 'locked' as const,
      message: 'ClaimDesk is locked. Unlock it with your password.',
    }
  }
  if (spec.access === 'public') return null
  if (!session.user) {
    return { code: 'not_signed_in' as const, message: 'Sign in to ClaimDesk first.' }
  }
  if (session.user.mustChangePassword && !spec.whenLocked && !spec.beforePasswordChange) {
    return {
      code: 'forbidden' as const,
      message: 'Change the first password an administrator gave you before anything else.',
    }
  }
  if (spec.access === 'signedIn') return null
  if (!roleMay(session.user.role, spec.access)) {
    return {
      code: 'forbidden' as const,
      message: `Your role (${session.user.role}) does not allow this. Ask an administrator.`,
    }
  }
  return null
}

function invalidInput(error: z.ZodError): ApiResult<never> {
  const issue = error.issues[0]
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined
  const message = issue?.message ?? 'The request was not valid.'
  return { ok: false, error: { code: 'invalid_input', message, ...(field ? { field } : {}) } }
}

function fail(code: 'unknown_operation' | 'internal', message: string): ApiResult<never> {
  return { ok: false, error: { code, message } }
}

export function assertComplete(handlers: object): void {
  const declared = Object.keys(ops)
  const implemented = Object.keys(handlers)
  const missing = declared.filter((n) => !implemented.includes(n))
  const undeclared = implemented.filter((n) => !declared.includes(n))
  if (missing.length > 0 || undeclared.length > 0) {
    const parts = []
    if (missing.length) parts.push(`no handler for: ${missing.join(', ')}`)
    if (undeclared.length)
      parts.push(`handlers for undeclared operations: ${undeclared.join(', ')}`)
    throw new Error(`The API contract and its handlers disagree — ${parts.join('; ')}`)
  }
}

/** Lets an area file declare its slice of handlers with full typing. */
export function defineHandlers<K extends OpName>(handlers: { [N in K]: Handler<N> }): {
  [N in K]: Handler<N>
} {
  return handlers
}
