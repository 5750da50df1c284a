export type StoreErrorCode =
  'wrong_key' | 'newer_schema' | 'corrupt' | 'missing' | 'exists' | 'refused'

/** A store problem the person can act on; the message is shown to them as written. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'StoreError'
  }
}
