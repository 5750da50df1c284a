// Child process for batch-crash.test.ts: makes one batch of every queued claim, writes it to disk
// from the stored copy and records the export — until it is killed with SIGKILL somewhere along.
import { writeFileSync } from 'node:fs'
import { batchFile, makeBatch, markBatchSent } from '../../../src/main/claims/batch'
import { openDatabase } from '../../../src/main/store/database'

const [dbPath, out] = process.argv.slice(2)
const key = Buffer.from(process.env.CLAIMDESK_TEST_KEY ?? '', 'hex')
const db = openDatabase(dbPath!, key)
const actor = () => ({ user: 'crash.test', at: new Date().toISOString() })
process.stdout.write('ready\n')
const made = makeBatch(db, actor())
const file = batchFile(db, made.batchId)
writeFileSync(out!, file.content)
markBatchSent(db, made.batchId, actor(), { via: 'export', where: out! })
process.stdout.write('done\n')
db.close()
