import { Command, CommanderError } from 'commander'
import { registerAccounts } from './cli/accounts'
import { registerClaims } from './cli/claims'
import { registerRemits } from './cli/remits'
import { registerClearinghouse } from './cli/clearinghouse'
import { registerDemo } from './cli/demo'
import { registerPatients } from './cli/patients'
import { registerPayments } from './cli/payments'
import { registerCodes } from './cli/codes'
import { registerServe } from './cli/serve'
import { CliRefusal } from './cli/session'
import { BUSY_MESSAGE, isBusy } from './store/busy'
import { registerStore } from './cli/store'
import { registerInbox } from './cli/inbox'
import { registerFollowup } from './cli/followup'
import { registerStatements } from './cli/statements'
import { registerPlans } from './cli/plans'
import { registerReports } from './cli/reports'
import { APP_VERSION } from './version'

export function buildProgram(): Command {
  const program = new Command()
    .name('claimdesk')
    .description('ClaimDesk — the billing office, from the command line')
    .option('--data <dir>', 'the practice data folder (default: your ClaimDesk app-data folder)')
    .option(
      '--user <name>',
      'who is acting (default: $CLAIMDESK_USER); password from $CLAIMDESK_PASSWORD or a prompt',
    )
    .showHelpAfterError()

  program
    .command('version')
    .description('print the ClaimDesk version')
    .action(() => console.log(APP_VERSION))

  registerAccounts(program)
  registerStore(program)
  registerCodes(program)
  registerServe(program)
  registerDemo(program)
  registerPatients(program)
  registerClaims(program)
  registerRemits(program)
  registerPayments(program)
  registerInbox(program)
  registerClearinghouse(program)
  registerFollowup(program)
  registerStatements(program)
  registerPlans(program)
  registerReports(program)
  return program
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram().exitOverride()
  try {
    await program.parseAsync(argv)
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode)
    // Our own refusals and store messages are written for people; anything else is a bug.
    const message = isBusy(err) ? BUSY_MESSAGE : err instanceof Error ? err.message : String(err)
    console.error(err instanceof CliRefusal ? message : `claimdesk: ${message}`)
    process.exit(1)
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  void main(process.argv)
}
