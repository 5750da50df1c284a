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

/**
 * Shows a PDF the app made (a statement run) in its own window, in Chromium's PDF viewer, and
 * opens the system print dialog for it. The window stays open with the viewer's own print button
 * in case the dialog is dismissed; the PDF never touches the disk.
 */
export async function printPdfWindow(parent: BrowserWindow | null, pdf: Uint8Array): Promise<void> {
  const win = new BrowserWindow({
    width: 900,
    height: 760,
    title: 'ClaimDesk — print',
    ...(parent ? { parent } : {}),
    webPreferences: {
      plugins: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    },
  })
  win.setMenu(null)
  await win.loadURL(`data:application/pdf;base64,${Buffer.from(pdf).toString('base64')}`)
  win.webContents.print({ silent: false, printBackground: false })
}
