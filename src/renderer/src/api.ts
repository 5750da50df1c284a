import type { ApiError, ApiResult, OpInput, OpName, OpOutput } from '../../shared/api'

/** A refusal from main, carried as an exception so screens can `await` and catch. */
export class ApiCallError extends Error {
  readonly code: ApiError['code']
  readonly field: string | undefined

  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
    this.code = error.code
    this.field = error.field
  }
}

const listeners = new Set<(error: ApiError) => void>()

/** Lets the shell react to session-wide refusals (locked, signed out) wherever they happen. */
export function onApiRefusal(listener: (error: ApiError) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The renderer's only way to reach main: typed by the contract, answered by the router. */
export async function call<N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const fn = window.api[name] as unknown as (input: OpInput<N>) => Promise<ApiResult<OpOutput<N>>>
  const result = await fn(input)
  if (!result.ok) {
    for (const l of listeners) l(result.error)
    throw new ApiCallError(result.error)
  }
  return result.value as OpOutput<N>
}
