/** Error codes every transport returns; the renderer and the CLI branch on these, not on text. */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_operation',
  'not_signed_in',
  'locked',
  'forbidden',
  'setup_required',
  'already_set_up',
  'bad_credentials',
  'too_many_attempts',
  'not_found',
  'conflict',
  'unavailable',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiError {
  code: ErrorCode
  message: string
  /** Dotted path of the input field at fault, so a form can put the message beside it. */
  field?: string
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }
