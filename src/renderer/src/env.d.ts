import type { Api } from '../../shared/api'

declare global {
  interface Window {
    readonly api: Api
    /** Only in the desktop app (the preload); the browser build has no shell. */
    readonly shell?: { printPdf(pdf: Uint8Array): Promise<boolean> }
  }
}
