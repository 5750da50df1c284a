import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { appendAudit } from '../../../src/main/store/audit'
import { createBackup } from '../../../src/main/store/backup'
import { makeStore, tempFolder } from './store-fixture'

const PRACTICE = 'MARKERPRACTICE7731'
const USER = 'markeruser7731'
const PATIENT_NOTE = 'MARKERPATIENT7731 DOB 1961-04-02'

function filesIn(dir: string): string[] {
  return readdirSync(dir).map((name) => join(dir, name))
}

/** Every file that holds a marker, as ASCII or as UTF-16 (either would be plain text on disk). */
function filesContainingMarkers(files: string[]): string[] {
  const markers = [PRACTICE, USER, 'MARKERPATIENT7731'].flatMap((text) => [
    Buffer.from(text, 'utf8'),
    Buffer.from(text, 'utf16le'),
    Buffer.from(text.toLowerCase(), 'utf8'),
  ])
  return files.filter((file) => {
    const bytes = readFileSync(file)
    return markers.some((marker) => bytes.includes(marker))
  })
}

describe('patient data at rest', () => {
  it('never appears in any file of the data folder or the backup, open or closed', () => {
    const store = makeStore(PRACTICE)
    const now = new Date().toISOString()
    store.db
      .prepare(
        "INSERT INTO users (username, full_name, role, created_at, updated_at) VALUES (?, ?, 'biller', ?, ?)",
      )
      .run(USER, `${USER} full name`, now, now)
    for (let i = 0; i < 50; i++) {
      appendAudit(store.db, {
        userId: 1,
        username: USER,
        action: 'patient.read',
        patientId: 42,
        detail: { note: PATIENT_NOTE, i },
      })
    }
    const backupDir = tempFolder('backups')
    createBackup(store.db, store.dir, join(backupDir, 'nightly.cdbackup'))

    const whileOpen = filesIn(store.dir)
    expect(whileOpen.some((file) => file.endsWith('-wal'))).toBe(true)
    expect(filesContainingMarkers([...whileOpen, ...filesIn(backupDir)])).toEqual([])

    store.db.close()
    expect(filesContainingMarkers([...filesIn(store.dir), ...filesIn(backupDir)])).toEqual([])
  })

  it('cannot be read by an SQLite connection without the key', () => {
    const store = makeStore(PRACTICE)
    store.db.close()
    const plain = new Database(store.dbPath, { fileMustExist: true })
    expect(() => plain.prepare('SELECT name FROM practice').get()).toThrow('file is not a database')
    plain.close()
  })
})
