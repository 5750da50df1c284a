import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * The per-user application-data folder, computed the way Electron's app.getPath('appData') does,
 * so the desktop app and the CLI find the same practice without Electron being loaded.
 */
export function appDataDir(env = process.env, platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support')
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config')
}

/** Where the practice's encrypted store lives unless `--data` or CLAIMDESK_DATA says otherwise. */
export function defaultDataDir(env = process.env, platform = process.platform): string {
  return env.CLAIMDESK_DATA ?? join(appDataDir(env, platform), 'ClaimDesk', 'data')
}
