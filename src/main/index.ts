import { app, BrowserWindow } from 'electron'
import { openOffice } from './api'
import { mountIpc } from './ipc'
import { installMenu } from './menu'
import { defaultDataDir } from './paths'
import { hardenApp } from './security'
import { createMainWindow } from './window'

// One running ClaimDesk per user: two would fight over the same encrypted store.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0]
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
  })

  void app.whenReady().then(() => {
    hardenApp()
    installMenu()
    const { router } = openOffice(defaultDataDir())
    mountIpc(router)
    createMainWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
