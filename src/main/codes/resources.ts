import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

let configured: string | null = null

/**
 * The packaged app keeps its resources beside the executable (Electron's process.resourcesPath);
 * it says so here at start-up. Development and the CLI find them in the checkout.
 */
export function useResourcesDir(dir: string): void {
  configured = dir
}

/** The folder holding ClaimDesk's own resources (starter code lists under codes/). */
export function resourcesDir(from: string = import.meta.dirname): string {
  if (configured) return configured
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'resources')
    if (dirname(dir) === dir) break
  }
  throw new Error(`ClaimDesk's resources folder was not found above ${from}; reinstall ClaimDesk.`)
}
