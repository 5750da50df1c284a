import { contextBridge, ipcRenderer } from 'electron'
import { OP_NAMES } from '../shared/api'

// Must match src/main/ipc.ts; kept literal so the preload bundle stays free of main's code.
const API_CHANNEL = 'claimdesk:api'
const PRINT_PDF_CHANNEL = 'claimdesk:print-pdf'

// Two objects reach the page: window.api, one function per declared operation, and
// window.shell, what only the desktop shell can do (the print dialog).
const api = Object.fromEntries(
  OP_NAMES.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(API_CHANNEL, name, input ?? {}),
  ]),
)

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('shell', {
  printPdf: (pdf: Uint8Array): Promise<boolean> => ipcRenderer.invoke(PRINT_PDF_CHANNEL, pdf),
})
