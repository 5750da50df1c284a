/**
 * Run as a child process: restores `file` into `dataDir` with the given password and prints how
 * far the peak resident memory rose during the restore (in bytes), as JSON.
 */
import { restoreBackup } from '../../../src/main/store/restore'
import { unwrapForUser } from '../../../src/main/store/keyring'

const [file, dataDir, username, password] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
]
// Warm up what the restore itself loads, so only the copy is measured.
const before = process.resourceUsage().maxRSS * 1024
restoreBackup(file, dataDir, (keyring) => unwrapForUser(keyring, username, password))
const after = process.resourceUsage().maxRSS * 1024
console.log(JSON.stringify({ grewBy: after - before }))
