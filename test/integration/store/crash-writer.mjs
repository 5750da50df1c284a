// Child process for crash-safety.test.ts: writes batches until it is killed with SIGKILL.
// Opens the store the way the app does (SQLCipher raw key, WAL, synchronous=FULL).
import Database from 'better-sqlite3-multiple-ciphers'

const [dbPath, batchSize] = process.argv.slice(2)
const key = process.env.CLAIMDESK_TEST_KEY ?? ''
const rows = Number(batchSize)

const db = new Database(dbPath, { fileMustExist: true })
db.pragma("cipher='sqlcipher'")
db.pragma('legacy=4')
db.pragma(`key="x'${key}'"`)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = FULL')
db.pragma('busy_timeout = 5000')

const lastBatch = db.prepare('SELECT coalesce(max(batch), 0) AS n FROM crash_batch')
const insertRow = db.prepare('INSERT INTO crash_row (batch, seq, payload) VALUES (?, ?, ?)')
const insertBatch = db.prepare('INSERT INTO crash_batch (batch, rows) VALUES (?, ?)')
const writeBatch = db.transaction((batch) => {
  for (let seq = 0; seq < rows; seq++) insertRow.run(batch, seq, `claim line ${batch}.${seq}`)
  insertBatch.run(batch, rows)
})

let batch = lastBatch.get().n
writeBatch(++batch)
process.stdout.write('writing\n')
for (;;) writeBatch(++batch)
