import type { Command } from 'commander'
import { ROLES, type Role } from '../../shared/permissions'
import { readPassword } from './prompt'
import { asUser, cliContext, CliRefusal } from './session'

export function registerAccounts(program: Command): void {
  program
    .command('init')
    .description('create the practice store in --data and its first administrator')
    .requiredOption('--practice <name>', 'the practice name')
    .requiredOption('--admin <user>', 'user name of the first administrator')
    .option('--full-name <name>', 'the administrator’s full name (default: the user name)')
    .action(async (opts: { practice: string; admin: string; fullName?: string }, cmd: Command) => {
      const ctx = cliContext(cmd)
      const password = await readPassword(`New password for ${opts.admin}: `)
      const { recoveryKey } = await ctx.call('setup.create', {
        practiceName: opts.practice,
        admin: { username: opts.admin, fullName: opts.fullName ?? opts.admin, password },
      })
      ctx.office.close()
      console.log(`Practice "${opts.practice}" created in ${ctx.office.dataDir}.`)
      console.log('')
      console.log('RECOVERY KEY — shown once. Print it or write it down and lock it away:')
      console.log(`  ${recoveryKey}`)
      console.log('It opens the practice data if every administrator password is forgotten.')
    })

  program
    .command('password')
    .description(
      'change your own password (current: $CLAIMDESK_PASSWORD, new: $CLAIMDESK_NEW_PASSWORD, or prompts)',
    )
    .action((_opts: unknown, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const newPassword = await readPassword('New password: ', 'CLAIMDESK_NEW_PASSWORD')
        const currentPassword = await readPassword('Current password (again): ')
        await ctx.call('auth.changePassword', { currentPassword, newPassword })
        console.log('Password changed.')
      }),
    )

  const user = program.command('user').description('manage who may sign in (administrators)')

  user
    .command('list')
    .description('list users with role and status')
    .action((_opts: unknown, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        for (const u of await ctx.call('users.list', {})) {
          const status = u.disabled
            ? 'disabled'
            : u.mustChangePassword
              ? 'must change password'
              : 'active'
          console.log(
            `${u.username.padEnd(20)} ${u.role.padEnd(11)} ${status.padEnd(21)} ${u.fullName}`,
          )
        }
      }),
    )

  user
    .command('add <username>')
    .description('add a user; their first password comes from $CLAIMDESK_NEW_PASSWORD or a prompt')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--name <full name>', 'full name (default: the user name)')
    .action((username: string, opts: { role: string; name?: string }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        if (!ROLES.includes(opts.role as Role))
          throw new CliRefusal(`--role must be one of ${ROLES.join(', ')}.`)
        const password = await readPassword(
          `First password for ${username}: `,
          'CLAIMDESK_NEW_PASSWORD',
        )
        const row = await ctx.call('users.add', {
          username,
          fullName: opts.name ?? username,
          role: opts.role as Role,
          password,
        })
        console.log(
          `Added ${row.username} (${row.role}); they must change the password at first sign-in.`,
        )
      }),
    )

  user
    .command('disable <username>')
    .description('stop a user signing in')
    .action((username: string, _opts: unknown, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const row = await ctx.call('users.disable', { userId: await userId(ctx, username) })
        console.log(`Disabled ${row.username}.`)
      }),
    )

  user
    .command('reset-password <username>')
    .description('give a user a new first password ($CLAIMDESK_NEW_PASSWORD or a prompt)')
    .option('--enable', 'the user is disabled: enable them again with this password')
    .action((username: string, opts: { enable?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const id = await userId(ctx, username)
        const disabled = (await ctx.call('users.list', {})).find((u) => u.id === id)?.disabled
        if (disabled && !opts.enable) {
          throw new CliRefusal(
            `${username} is disabled: add --enable to enable the account again with a new password.`,
          )
        }
        const password = await readPassword(
          `New first password for ${username}: `,
          'CLAIMDESK_NEW_PASSWORD',
        )
        const row = await ctx.call('users.resetPassword', {
          userId: id,
          password,
          ...(opts.enable ? { enable: true } : {}),
        })
        const enabled = disabled ? ' The account is enabled again.' : ''
        console.log(
          `Reset the password of ${row.username}; they must change it at next sign-in.${enabled}`,
        )
      }),
    )
}

async function userId(
  ctx: Parameters<Parameters<typeof asUser>[1]>[0],
  username: string,
): Promise<number> {
  const found = (await ctx.call('users.list', {})).find(
    (u) => u.username.toLowerCase() === username.toLowerCase(),
  )
  if (!found) throw new CliRefusal(`There is no user "${username}".`)
  return found.id
}
