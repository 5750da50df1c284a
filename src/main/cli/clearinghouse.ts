import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import type { ClearinghouseConnection } from '../../shared/ops/clearinghouse'
import { asUser, CliRefusal } from './session'

/** Exit code of `sync --once` when the server could not be reached (batches stay queued). */
export const EXIT_OFFLINE = 3
/** Exit code when the sync stopped itself: wrong password or host key (not retried). */
export const EXIT_STOPPED = 4

interface SetOptions {
  name: string
  host: string
  port: string
  username: string
  passwordEnv?: string
  key?: string
  hostKey: string
  uploadDir: string
  downloadDir: string
  archiveDir?: string
  senderId?: string
  senderQualifier?: string
  receiverId?: string
  receiverQualifier?: string
  receiverName?: string
  submitterId?: string
  contactName?: string
  usage?: string
  gsSender?: string
  gsReceiver?: string
  every?: string
  hours?: string
  noSchedule?: boolean
  schedule?: boolean
}

export function registerClearinghouse(program: Command): void {
  const ch = program
    .command('clearinghouse')
    .description('the clearinghouse SFTP account and 837 IDs')

  ch.command('set')
    .description(
      'set the clearinghouse account (the password or key is kept only in the encrypted store)',
    )
    .requiredOption('--name <name>', 'the clearinghouse, e.g. Office Ally')
    .requiredOption('--host <host>', 'SFTP server')
    .option('--port <port>', 'SFTP port', '22')
    .requiredOption('--username <user>', 'SFTP user name')
    .option('--password-env <VAR>', 'read the SFTP password from this environment variable')
    .option('--key <file>', 'private key file (OpenSSH or PEM)')
    .requiredOption('--host-key <SHA256:...>', "the server's host key fingerprint")
    .requiredOption('--upload-dir <dir>', 'folder 837 files go to')
    .requiredOption('--download-dir <dir>', 'folder replies (999, 277CA, 835) come from')
    .option('--archive-dir <dir>', 'move downloaded files here instead of deleting them')
    .option('--sender-id <id>', 'ISA06 / GS02 sender ID')
    .option('--sender-qualifier <q>', 'ISA05, e.g. ZZ')
    .option('--receiver-id <id>', 'ISA08 / GS03 receiver ID')
    .option('--receiver-qualifier <q>', 'ISA07, e.g. ZZ')
    .option('--receiver-name <name>', '1000B receiver name')
    .option('--submitter-id <id>', '1000A submitter ID (ETIN)')
    .option('--contact-name <name>', '1000A contact')
    .option('--usage <T|P>', 'ISA15: T (test) or P (production)')
    .option('--gs-sender <code>', 'GS02 application sender code (default: the sender ID)')
    .option('--gs-receiver <code>', 'GS03 application receiver code (default: the receiver ID)')
    .option('--every <minutes>', 'sync every N minutes', '30')
    .option('--hours <HH:MM-HH:MM>', 'office hours the sync runs in', '07:00-19:00')
    .option('--no-schedule', 'no scheduled sync (use `sync --once` from cron instead)')
    .action((opts: SetOptions, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        if (!opts.passwordEnv === !opts.key) {
          throw new CliRefusal('Give exactly one of --password-env VAR or --key FILE.')
        }
        let password: string | undefined
        if (opts.passwordEnv) {
          password = process.env[opts.passwordEnv]
          if (!password)
            throw new CliRefusal(`The environment variable ${opts.passwordEnv} is empty.`)
        }
        const privateKey = opts.key ? readFileSync(resolve(opts.key), 'utf8') : undefined
        const [from, until] = (opts.hours ?? '07:00-19:00').split('-')
        const usage = opts.usage?.toUpperCase()
        if (usage !== undefined && usage !== 'T' && usage !== 'P') {
          throw new CliRefusal('--usage must be T (test) or P (production).')
        }
        const connection: ClearinghouseConnection = {
          name: opts.name,
          host: opts.host,
          port: Number(opts.port),
          username: opts.username,
          auth: password ? 'password' : 'key',
          hostKey: opts.hostKey,
          uploadDir: opts.uploadDir,
          downloadDir: opts.downloadDir,
          archiveDir: opts.archiveDir ?? null,
          schedule: {
            enabled: opts.schedule !== false,
            everyMinutes: Number(opts.every ?? '30'),
            from: from ?? '07:00',
            until: until ?? '19:00',
          },
        }
        const ids = Object.fromEntries(
          Object.entries({
            senderId: opts.senderId,
            senderQualifier: opts.senderQualifier,
            receiverId: opts.receiverId,
            receiverQualifier: opts.receiverQualifier,
            receiverName: opts.receiverName,
            submitterId: opts.submitterId,
            contactName: opts.contactName,
            applicationSenderCode: opts.gsSender,
            applicationReceiverCode: opts.gsReceiver,
            usage,
          }).filter(([, v]) => v !== undefined),
        )
        await ctx.call('clearinghouse.save', {
          connection,
          ...(password ? { password } : {}),
          ...(privateKey ? { privateKey } : {}),
          ids,
        })
        console.log(
          `Clearinghouse ${opts.name} saved (${opts.username}@${opts.host}:${opts.port}).`,
        )
      }),
    )

  ch.command('show')
    .description('the clearinghouse settings (never the password or key)')
    .option('--json', 'as JSON')
    .action((opts: { json?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const v = await ctx.call('clearinghouse.get', {})
        if (opts.json) {
          console.log(JSON.stringify(v, null, 2))
          return
        }
        const c = v.connection
        if (!c) console.log('No clearinghouse connection set up.')
        else {
          console.log(`Clearinghouse:  ${c.name}`)
          console.log(`Server:         ${c.username}@${c.host}:${c.port}`)
          console.log(
            `Sign-in:        ${c.auth === 'password' ? `password (${v.hasPassword ? 'set' : 'not set'})` : `private key (${v.hasPrivateKey ? 'set' : 'not set'})`}`,
          )
          console.log(`Host key:       ${c.hostKey ?? 'not confirmed yet'}`)
          console.log(`Upload folder:  ${c.uploadDir}`)
          console.log(`Download:       ${c.downloadDir}`)
          console.log(`After download: ${c.archiveDir ? `move to ${c.archiveDir}` : 'delete'}`)
          console.log(
            `Schedule:       ${c.schedule.enabled ? `every ${c.schedule.everyMinutes} min, ${c.schedule.from}–${c.schedule.until}` : 'off'}`,
          )
        }
        const ids = v.ids
        console.log(
          `837 IDs:        ISA ${ids.senderQualifier}*${ids.senderId} → ${ids.receiverQualifier}*${ids.receiverId}, submitter ${ids.submitterId}, receiver ${ids.receiverName}, usage ${ids.usage}`,
        )
      }),
    )

  ch.command('test')
    .description(
      'connect, check the host key, sign in, check the folders and that uploads may be written',
    )
    .option('--trust-host-key <SHA256:...>', 'confirm the fingerprint shown on first connect')
    .action((opts: { trustHostKey?: string }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const r = await ctx.call(
          'clearinghouse.test',
          opts.trustHostKey ? { trustHostKey: opts.trustHostKey } : {},
        )
        console.log(r.ok ? `OK: ${r.message}` : `Failed (${r.kind}): ${r.message}`)
        if (!r.ok) process.exitCode = 1
      }),
    )

  program
    .command('sync')
    .description('sync with the clearinghouse: upload waiting batches, fetch and process replies')
    .requiredOption('--once', 'one cycle, then exit (for cron / Task Scheduler)')
    .action((_opts: { once: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const r = await ctx.call('clearinghouse.syncNow', {})
        if (r.ok) {
          console.log(
            `Synced: ${r.uploadedBatches} ${r.uploadedBatches === 1 ? 'batch' : 'batches'} uploaded (${r.claimsSubmitted} claims submitted), ${r.downloaded} files received, ${r.duplicates} already had, ${r.skipped} skipped for now.`,
          )
          return
        }
        if (r.status.state === 'offline') {
          console.log(`offline: ${r.status.waitingBatches} batches waiting`)
          process.exitCode = EXIT_OFFLINE
          return
        }
        console.error(r.status.message)
        process.exitCode = r.status.state === 'stopped' ? EXIT_STOPPED : 1
      }),
    )
}
