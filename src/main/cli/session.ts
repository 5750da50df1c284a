import type { Command } from 'commander'
import type { OpInput, OpName, OpOutput } from '../../shared/api'
import { openOffice, type OfficeRuntime } from '../api'
import { Session } from '../api/session'
import { globalOptions } from './options'
import { readPassword } from './prompt'

export interface CliContext extends OfficeRuntime {
  session: Session
  call<N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>>
}

/** A refusal from the router, printed as the plain message with exit code 1. */
export class CliRefusal extends Error {}

/**
 * The CLI goes through the same router as the app, as a signed-in user: the same permission
 * checks and the same audit entries apply to scripted work.
 */
export function cliContext(cmd: Command): CliContext {
  const { data } = globalOptions(cmd)
  const runtime = openOffice(data)
  const session = new Session('cli')
  return {
    ...runtime,
    session,
    async call(name, input) {
      const result = await runtime.router.call(name, input, session)
      if (!result.ok) {
        const where = result.error.field ? ` (${result.error.field})` : ''
        throw new CliRefusal(`${result.error.message}${where}`)
      }
      return result.value as OpOutput<typeof name>
    },
  }
}

/** Signs in as --user / $CLAIMDESK_USER with $CLAIMDESK_PASSWORD or a prompt, runs `work`, signs out. */
export async function asUser<T>(cmd: Command, work: (ctx: CliContext) => Promise<T>): Promise<T> {
  const { user } = globalOptions(cmd)
  if (!user) throw new CliRefusal('Say who is acting: --user NAME or CLAIMDESK_USER.')
  const ctx = cliContext(cmd)
  const password = await readPassword(`Password for ${user}: `)
  await ctx.call('auth.login', { username: user, password })
  try {
    return await work(ctx)
  } finally {
    await ctx.call('auth.logout', {}).catch(() => undefined)
    ctx.office.close()
  }
}
