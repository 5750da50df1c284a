import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * The desktop shell's trust decisions, kept free of `electron` so they can be tested: which
 * page the window loads, whether developer tools exist, and which sender may call the API.
 */

/** Development only: an unpackaged app not started as production. */
export function isDevelopmentBuild(
  packaged: boolean,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return !packaged && env.NODE_ENV !== 'production'
}

/** The page the window loads: the dev server only in development, else the built file. */
export function appPageUrl(
  packaged: boolean,
  mainDir: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const devUrl = env.ELECTRON_RENDERER_URL
  if (devUrl && isDevelopmentBuild(packaged, env)) return new URL(devUrl).href
  return pathToFileURL(join(mainDir, '../renderer/index.html')).href
}

/**
 * Calls are accepted only from the app's own page, exactly: not any file:// page, not another
 * path on the dev server. The fragment (#/patients…) is the app's own routing and may differ.
 */
export function isAppPage(senderUrl: string, pageUrl: string): boolean {
  try {
    const sender = new URL(senderUrl)
    const page = new URL(pageUrl)
    sender.hash = ''
    page.hash = ''
    return sender.href === page.href
  } catch {
    return false
  }
}
