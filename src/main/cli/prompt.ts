import { createInterface } from 'node:readline'

/**
 * Reads a secret from CLAIMDESK_PASSWORD or, failing that, from the terminal without echo.
 * Passwords are never command-line arguments: those show up in process lists and shell history.
 */
export async function readPassword(
  question: string,
  envName = 'CLAIMDESK_PASSWORD',
): Promise<string> {
  const fromEnv = process.env[envName]
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv
  if (!process.stdin.isTTY) {
    throw new Error(`No password: set ${envName} or run this command in a terminal to be asked.`)
  }
  return promptHidden(question)
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true })
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput
    ;(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      // Show the prompt itself, but nothing that is typed after it.
      if (s.startsWith(question)) write.call(rl, s)
    }
    rl.question(question, (answer) => {
      rl.close()
      process.stdout.write('\n')
      resolve(answer)
    })
  })
}
