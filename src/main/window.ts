import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import { appPageUrl, isDevelopmentBuild } from './shell-policy'

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'ClaimDesk',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // Developer tools only in development builds: in a practice they would expose the session.
      devTools: isDevelopmentBuild(app.isPackaged),
    },
  })
  win.once('ready-to-show', () => win.show())

  // ELECTRON_RENDERER_URL is honoured only in development builds (appPageUrl).
  void win.loadURL(appPageUrl(app.isPackaged, import.meta.dirname))
  return win
}
