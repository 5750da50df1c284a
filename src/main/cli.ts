import { Command, CommanderError } from 'commander'
import { registerServe } from './cli/serve'
import { APP_VERSION } from './version'

export function buildProgram(): Command {
  const program = new Command()
    .name('claimdesk')
    .description('ClaimDesk — the billing office, from the command line')
    .option('--data <dir>', 'the practice data folder (default: your ClaimDesk app-data folder)')
    .option('--user <name>', 'who is acting (default: $CLAIMDESK_USER); password from $CLAIMDESK_PASSWORD or a prompt')
    .showHelpAfterError()

  program
    .command('version')
    .description('print the ClaimDesk version')
    .action(() => console.log(APP_VERSION))

  registerServe(program)
  return program
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram().exitOverride()
  try {
    await program.parseAsync(argv)
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode)
    console.error(`claimdesk: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  void main(process.argv)
}
