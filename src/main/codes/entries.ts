import type { CodeEntry } from '../../shared/ops/codes'
import type { CodesTable } from '../store/schema-codes'
import { displayCode } from './display'

/** The columns a code is shown and checked from. */
export const ENTRY_COLUMNS = [
  'code_set',
  'code',
  'billable',
  'short_description',
  'long_description',
  'effective_date',
  'end_date',
  'version_id',
] as const

export type EntryRow = Pick<CodesTable, (typeof ENTRY_COLUMNS)[number]> & { version_id: number }

export function toEntry(row: EntryRow): CodeEntry {
  return {
    set: row.code_set,
    code: row.code,
    display: displayCode(row.code_set, row.code),
    billable: row.billable === 1,
    description: row.long_description,
    shortDescription: row.short_description,
    effective: row.effective_date,
    end: row.end_date,
    versionId: row.version_id,
  }
}
