import { parseCsv } from './csv'
import { lineCount, readFileText } from './fileText'
import { aOrAn } from './kinds'
import type { CodeFileInput, LineError } from './types'

/** A column a code list may have, by the header names people give it (compared case-blind). */
export interface ColumnSpec {
  names: readonly string[]
  required: boolean
}

export interface CsvRecord<K extends string> {
  line: number
  /** Trimmed field text; '' when the column is absent or empty. */
  values: Record<K, string>
  /** Why the record cannot be read as a row of this table (stray fields), or null. */
  problem: string | null
}

export type CsvTable<K extends string> =
  | { ok: true; records: CsvRecord<K>[]; lines: number; header: string[] }
  | { ok: false; error: LineError }

/**
 * Reads a CSV code list whose first line names its columns. Whole-file problems (not text, a
 * broken quote, a missing column) come back as one error; a record with stray fields carries its
 * problem, so the parser reports it in line order and keeps checking the rest of the file.
 */
export function readCsvTable<K extends string>(
  input: CodeFileInput,
  columns: Record<K, ColumnSpec>,
  expected: string,
): CsvTable<K> {
  const file = readFileText(input, expected)
  if (!file.ok) return file
  const csv = parseCsv(file.text)
  if ('error' in csv) return { ok: false, error: csv.error }
  const [header = [], ...rows] = csv.rows
  const names = header.map(normalizeHeader)
  const keys = Object.keys(columns) as K[]
  const at = {} as Record<K, number>
  for (const key of keys) {
    const spec = columns[key]
    at[key] = names.findIndex((name) => spec.names.includes(name))
    if (at[key] === -1 && spec.required) {
      const found = header.map((h) => `'${h.trim()}'`).join(', ')
      const message = `the first line should name the columns, with a '${spec.names[0]}' column, but it has ${found}; expected ${aOrAn(expected)}`
      return { ok: false, error: { line: csv.lines[0] ?? 1, message } }
    }
  }
  const records: CsvRecord<K>[] = []
  rows.forEach((fields, index) => {
    const line = csv.lines[index + 1] ?? 0
    if (fields.every((field) => field.trim() === '')) return
    const stray = fields.slice(header.length).some((field) => field.trim() !== '')
    const problem = stray
      ? `has ${fields.length} fields but the header has ${header.length}; a description containing a comma must be in double quotes`
      : null
    const values = {} as Record<K, string>
    for (const key of keys) values[key] = at[key] === -1 ? '' : (fields[at[key]] ?? '').trim()
    records.push({ line, values, problem })
  })
  return { ok: true, records, lines: lineCount(file.text), header }
}

/** 'Place_of_Service Code ' and 'place of service code' name the same column. */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
}

/** Descriptions are one line of text; a line break inside a quoted field is just a space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}
