import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { newDatabaseKey, openDatabase } from '../../../src/main/store/database'
import { tempDir } from '../../support/temp'

/** A fresh encrypted store at the latest schema, as a practice's would be; close() removes it. */
export function codeStore(): { db: Database.Database; close(): void } {
  const dir = tempDir('claimdesk-codes-')
  const db = openDatabase(join(dir.path, 'practice.db'), newDatabaseKey(), { create: true })
  return {
    db,
    close() {
      db.close()
      dir.remove()
    },
  }
}

/** One line of the CMS ICD-10-CM order file: order 1–5, code 7–13, flag 15, short 17–76, long 78–. */
export function orderLine(
  order: number,
  code: string,
  billable: boolean,
  description: string,
): string {
  const short = description.slice(0, 60).padEnd(60)
  return `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${billable ? 1 : 0} ${short} ${description}`
}

/** An order file from [code, billable, description] rows, CRLF as CMS writes it. */
export function orderFile(rows: [string, boolean, string][]): Uint8Array {
  const text = rows
    .map(([code, billable, description], i) => orderLine(i + 1, code, billable, description))
    .join('\r\n')
  return new TextEncoder().encode(`${text}\r\n`)
}

/** The number of codes valid on a day, per set. */
export function countValid(db: Database.Database, set: string, date: string): number {
  const row = db
    .prepare(
      'SELECT count(*) AS n FROM codes WHERE code_set = ? AND effective_date <= ? AND (end_date IS NULL OR end_date >= ?)',
    )
    .get(set, date, date) as { n: number }
  return row.n
}

/** FTS5's own check that the index matches the codes table row for row. */
export function checkSearchIndex(db: Database.Database): void {
  db.prepare("INSERT INTO codes_fts (codes_fts, rank) VALUES ('integrity-check', 1)").run()
}
