import { app, BrowserWindow, ipcMain, type WebContents } from 'electron'
import { appPageUrl, isAppPage } from './shell-policy'
import type { Router } from './api/router'
import { Session } from './api/session'
import { printPdfWindow } from './window'

export const API_CHANNEL = 'claimdesk:api'
/** The shell's print dialog for a PDF the app made; not a store operation. */
export const PRINT_PDF_CHANNEL = 'claimdesk:print-pdf'

/** Mounts the router on IPC: one session per window, calls accepted only from our own pages. */
export function mountIpc(router: Router): void {
  const sessions = new Map<number, Session>()
  const sessionFor = (sender: WebContents): Session => {
    let s = sessions.get(sender.id)
    if (!s) {
      s = new Session('ipc')
      sessions.set(sender.id, s)
      sender.once('destroyed', () => sessions.delete(sender.id))
    }
    return s
  }

  const pageUrl = appPageUrl(app.isPackaged, import.meta.dirname)
  ipcMain.handle(API_CHANNEL, (event, name: unknown, input: unknown) => {
    // Only the app's own page, exactly (not any file:// page), and only its main frame.
    const frame = event.senderFrame
    const trusted = frame !== null && frame.parent === null && isAppPage(frame.url, pageUrl)
    if (!trusted) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'Calls are accepted only from ClaimDesk itself.' },
      }
    }
    return router.call(name, input, sessionFor(event.sender))
  })

  ipcMain.handle(PRINT_PDF_CHANNEL, async (event, pdf: unknown) => {
    const frame = event.senderFrame
    const trusted = frame !== null && frame.parent === null && isAppPage(frame.url, pageUrl)
    if (!trusted || !(pdf instanceof Uint8Array)) return false
    // Only PDFs: the bytes go into Chromium's PDF viewer, nothing else is shown this way.
    if (Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') return false
    await printPdfWindow(BrowserWindow.fromWebContents(event.sender), pdf)
    return true
  })
}
