import { ipcMain, type WebContents } from 'electron'
import type { Router } from './api/router'
import { Session } from './api/session'

export const API_CHANNEL = 'claimdesk:api'

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

  ipcMain.handle(API_CHANNEL, (event, name: unknown, input: unknown) => {
    const url = event.senderFrame?.url ?? ''
    const trusted =
      url.startsWith('file://') ||
      (process.env.ELECTRON_RENDERER_URL && url.startsWith(process.env.ELECTRON_RENDERER_URL))
    if (!trusted) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'Calls are accepted only from ClaimDesk itself.' },
      }
    }
    return router.call(name, input, sessionFor(event.sender))
  })
}
