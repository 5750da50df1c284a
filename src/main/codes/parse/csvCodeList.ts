import { refused, RowCollector } from './collector'
import type { ColumnSpec } from './csvTable'
import { readCsvTable } from './csvTable'
import type { CodeFileInput, CodeRow, ParseResult } from './types'

/**
 * The shared shape of every CSV code list: a header, then one code a record. `toRow` returns the
 * row, or what is wrong with the record in words a person can act on.
 */
export function parseCsvCodeList<K extends string>(
  input: CodeFileInput,
  columns: Record<K, ColumnSpec>,
  expected: string,
  toRow: (values: Record<K, string>) => CodeRow | string,
): ParseResult {
  const table = readCsvTable(input, columns, expected)
  if (!table.ok) return refused(table.error)
  const collector = new RowCollector()
  for (const { line, values, problem } of table.records) {
    const row = problem ?? toRow(values)
    if (typeof row === 'string') collector.fail(line, row)
    else collector.add(row)
  }
  return collector.finish(table.lines)
}
