import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { Command } from 'commander'
import type { InboxFile } from '../../shared/schemas/inbox'
import { asUser, CliRefusal } from './session'

/** "#12  2026-12-05 14:03  277CA  processed  CD-277.txt  277CA: 4 claims accepted…" */
export function inboxLine(f: InboxFile): string {
  const when = f.receivedAt.slice(0, 16).replace('T', ' ')
  return `#${String(f.id).padEnd(5)} ${when}  ${f.kind.padEnd(7)} ${f.status.padEnd(9)} ${f.originalName}  ${f.outcome}`
}

export function registerInbox(program: Command): void {
  const inbox = program
    .command('inbox')
    .description('files from the clearinghouse: 999, TA1, 277CA and vendor reports')

  inbox
    .command('import')
    .description('import files by hand; the type is read from the content, never the name')
    .argument('<file...>', 'the files to import')
    .action((paths: string[], _opts: unknown, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const files = paths.map((p) => {
          const full = resolve(p)
          let bytes: Buffer
          try {
            bytes = readFileSync(full)
          } catch {
            throw new CliRefusal(`Cannot read ${full}: nothing was imported.`)
          }
          return { name: basename(full), contentBase64: bytes.toString('base64') }
        })
        let refused = 0
        for (let i = 0; i < files.length; i += 20) {
          const results = await ctx.call('inbox.import', { files: files.slice(i, i + 20) })
          for (const { file, duplicate } of results) {
            if (file.status === 'refused') refused++
            const note = duplicate ? ' (already received: nothing new applied)' : ''
            console.log(
              `${file.originalName}: ${file.kind} ${file.status}${note} — ${file.outcome}`,
            )
          }
        }
        if (refused > 0) {
          throw new CliRefusal(
            `${refused} of ${files.length} ${files.length === 1 ? 'file was' : 'files were'} refused: nothing of ${refused === 1 ? 'it' : 'them'} was applied.`,
          )
        }
      }),
    )

  inbox
    .command('list')
    .description('every file received or imported, newest first')
    .option('--json', 'one JSON array instead of lines')
    .option('--limit <n>', 'how many (default 200)', '200')
    .action((opts: { json?: boolean; limit: string }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const limit = Number(opts.limit)
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
          throw new CliRefusal('--limit must be a whole number from 1 to 1000.')
        }
        const files = await ctx.call('inbox.list', { limit })
        if (opts.json) {
          console.log(JSON.stringify(files, null, 2))
          return
        }
        if (files.length === 0) console.log('The inbox is empty.')
        for (const f of files) console.log(inboxLine(f))
      }),
    )
}
