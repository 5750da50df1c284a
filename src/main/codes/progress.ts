import type { ImportProgress } from './import'

type Listener = (progress: ImportProgress) => void

/*
 * An import runs inside one router call, which answers only at the end. Whoever started it (the
 * CLI printing a count, later the window drawing a bar) listens here under its session's id.
 */
const listeners = new Map<string, Listener>()

/** Hears the progress of imports made by this session until the returned function is called. */
export function watchImportProgress(sessionId: string, listener: Listener): () => void {
  listeners.set(sessionId, listener)
  return () => {
    if (listeners.get(sessionId) === listener) listeners.delete(sessionId)
  }
}

export function progressListener(sessionId: string): Listener | undefined {
  return listeners.get(sessionId)
}
