import { resolve } from 'node:path'
import type { Command } from 'commander'
import { restoreWith } from '../backup/restore'
import { DomainError } from '../errors'
import { globalOptions } from './options'
import { readPassword } from './prompt'
import { asUser, CliRefusal } from './session'

export function registerStore(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit log')
  audit
    .command('verify')
    .description('walk the hash chain: prints OK (N entries) or the first entry that fails')
    .action((_opts: unknown, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const r = await ctx.call('audit.verify', {})
        if (r.ok) console.log(`OK (${r.count} entries)`)
        else {
          console.log(`FAILED at entry ${r.entryId}: ${r.reason}`)
          process.exitCode = 1
        }
      }),
    )

  program
    .command('backup')
    .description('back up the practice (encrypted, with its keyring) into one file')
    .requiredOption('--to <file>', 'the backup file to write')
    .action((opts: { to: string }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const r = await ctx.call('backup.run', { file: resolve(opts.to) })
        console.log(`Backed up to ${r.file} (${r.bytes} bytes).`)
      }),
    )

  program
    .command('restore')
    .description(
      'replace the data in --data with a backup (an administrator of the current practice, or of the backup if the current data is gone); audited, and audit entries since the backup are kept',
    )
    .requiredOption('--from <file>', 'the backup file')
    .action(async (opts: { from: string }, cmd: Command) => {
      const { data, user } = globalOptions(cmd)
      if (!user)
        throw new CliRefusal('Say whose password opens the backup: --user NAME or CLAIMDESK_USER.')
      const password = await readPassword(
        `Password for ${user} (as it was when the backup was made): `,
      )
      let r: ReturnType<typeof restoreWith>
      try {
        r = restoreWith(data, resolve(opts.from), user, password)
      } catch (err) {
        if (err instanceof DomainError) throw new CliRefusal(err.message)
        throw err
      }
      console.log(`Restored ${opts.from} into ${data}.`)
      if (r.carried > 0)
        console.log(`${r.carried} audit entries written since the backup were carried over.`)
    })
}
