import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** `<repo>/../shared/data`: public code sets beside the checkout, never copied into it. */
const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data')

export function sharedDataPath(name: string): string {
  return resolve(SHARED_DATA, name)
}

/** True when the shared code sets (or the named files) are present, as on CI and dev machines. */
export function hasSharedData(...names: string[]): boolean {
  return existsSync(SHARED_DATA) && names.every((name) => existsSync(sharedDataPath(name)))
}
