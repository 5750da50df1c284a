/**
 * The audit log as a CSV a compliance officer opens in a spreadsheet. A cell starting with
 * = + - @ (or a tab or carriage return) would run as a formula there, so it gets a leading
 * apostrophe; cells with a comma, quote or line break are quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',')
}

/** 2026-03-02T15:30:00.000Z → 03/02/2026 15:30:00 (UTC, as the log keeps it). */
export function usTimestamp(iso: string): string {
  const [date = '', time = ''] = iso.split('T')
  return `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)} ${time.slice(0, 8)}`
}
