import type { ErrorCode } from '../shared/errors'

/**
 * A refusal a person can act on ("Line 3: CPT 99213 needs a diagnosis pointer"). Domain code
 * throws it; whichever transport carried the call (router, CLI) turns it into an error result.
 * It lives beside the domain, not in api/, because the rules that raise it are the domain's.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}
