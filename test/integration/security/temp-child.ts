/**
 * Run as a child process with TMPDIR pointing at a private folder: signs in the way the app does,
 * runs a sort far larger than SQLite's page cache and, while the sorter still holds its spill
 * files, lists every open file under TMPDIR (SQLite unlinks `etilqs_*` at once, so only the open
 * descriptors show them) and reads them for the first patient's last name. Prints JSON.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { Office } from '../../../src/main/office'
import { readKeyring, unwrapForUser } from '../../../src/main/store/keyring'

const [dataDir, username, password] = process.argv.slice(2) as [string, string, string]
const tmp = process.env.TMPDIR!
const office = new Office(dataDir)
const key = unwrapForUser(readKeyring(dataDir), username, password)
if (!key) throw new Error('the password did not open the test practice')
const { db } = office.openWith(key)
const { last_name: name } = db
  .prepare<[], { last_name: string }>('SELECT last_name FROM patients ORDER BY id LIMIT 1')
  .get()!
// ~2000 × 200 rows of names, member ids and dates of birth, sorted by something unindexed.
const rows = db
  .prepare(
    `SELECT p.last_name, p.first_name, p.dob, c.member_id, p.data, n.value
       FROM patients p JOIN coverages c ON c.patient_id = p.id
       CROSS JOIN json_each('[' || substr(replace(hex(zeroblob(200)), '00', '0,'), 1, 399) || ']') n
      ORDER BY p.dob || p.last_name || n.key || random()`,
  )
  .iterate()
rows.next()
const open: string[] = []
let leaked = 0
for (const fd of readdirSync('/proc/self/fd')) {
  let target: string
  try {
    target = readlinkSync(`/proc/self/fd/${fd}`)
  } catch {
    continue
  }
  if (!target.startsWith(tmp) || target.includes('/tsx-')) continue
  open.push(target)
  try {
    if (readFileSync(`/proc/self/fd/${fd}`).includes(name)) leaked++
  } catch {
    // A descriptor closed between the listing and the read holds nothing any more.
  }
}
rows.return?.()
office.close()
console.log(JSON.stringify({ open, leaked, nameLength: name.length }))
