import { contextBridge, ipcRenderer } from 'electron'
import { OP_NAMES } from '../shared/api'

// Must match src/main/ipc.ts; kept literal so the preload bundle stays free of main's code.
const API_CHANNEL = 'claimdesk:api'

// Exactly one object reaches the page: window.api, one function per declared operation.
const api = Object.fromEntries(
  OP_NAMES.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(API_CHANNEL, name, input ?? {}),
  ]),
)

contextBridge.exposeInMainWorld('api', api)
