import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { openOffice } from '../api'
import { startWebServer } from '../api/http'
import { globalOptions } from './options'

export function rendererDir(): string {
  return resolve(import.meta.dirname, '../../../out/renderer')
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the app to a browser on this computer only (127.0.0.1, token-protected)')
    .option('--port <port>', 'port to listen on (default: any free port)', (v) => Number(v))
    .action(async (opts: { port?: number }, cmd: Command) => {
      const { data } = globalOptions(cmd)
      const dir = rendererDir()
      if (!existsSync(resolve(dir, 'index.html'))) {
        throw new Error('The app is not built yet: run "npm run build:app" (or use "npm run web").')
      }
      const { router } = openOffice(data)
      const server = await startWebServer({ router, rendererDir: dir, port: opts.port })
      console.log(`ClaimDesk is serving the practice in ${data}`)
      console.log(`Open: ${server.entryUrl}`)
      const stop = () => void server.close().then(() => process.exit(0))
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}
