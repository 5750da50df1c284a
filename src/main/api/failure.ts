import type { ErrorCode } from '../../shared/errors'

/** A refusal a person can act on. Handlers throw it; the router turns it into an error result. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}
