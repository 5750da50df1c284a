import type { CodeRow, LineError, ParseResult } from './types'

/** Enough to show someone what to fix without flooding the screen. */
export const MAX_ERRORS = 50

/**
 * Gathers a file's rows and problems, then hands back all rows or none. A code listed twice keeps
 * its first position but takes the later listing's text, as the later line is the correction.
 */
export class RowCollector {
  private readonly rows: CodeRow[] = []
  private readonly positions = new Map<string, number>()
  private readonly errors: LineError[] = []
  private omitted = 0
  private firstOmittedLine = 0
  private duplicates = 0

  get failed(): boolean {
    return this.errors.length > 0
  }

  add(row: CodeRow): void {
    if (this.failed) return
    const key = `${row.set}:${row.code}`
    const at = this.positions.get(key)
    if (at === undefined) {
      this.positions.set(key, this.rows.length)
      this.rows.push(row)
    } else {
      this.rows[at] = row
      this.duplicates++
    }
  }

  fail(line: number, message: string): void {
    if (this.errors.length < MAX_ERRORS) {
      this.errors.push({ line, message: shortened(message) })
      return
    }
    if (this.omitted === 0) this.firstOmittedLine = line
    this.omitted++
  }

  finish(lines: number): ParseResult {
    if (this.failed) {
      const more = this.omitted
      if (more === 0) return { ok: false, errors: this.errors }
      const message = `…and ${more} more ${more === 1 ? 'problem' : 'problems'} (the next is on line ${this.firstOmittedLine})`
      return { ok: false, errors: [...this.errors, { line: this.firstOmittedLine, message }] }
    }
    let billable = 0
    for (const row of this.rows) if (row.billable) billable++
    const headers = this.rows.length - billable
    const stats = { lines, rows: this.rows.length, billable, headers, duplicates: this.duplicates }
    return { ok: true, rows: this.rows, stats }
  }
}

/** Longest error message kept: a 5 MB line quoted in full would flood the screen and the log. */
export const MAX_MESSAGE_CHARS = 300

export function shortened(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARS) return message
  const cut = message.length - MAX_MESSAGE_CHARS
  return `${message.slice(0, MAX_MESSAGE_CHARS)}… (${cut.toLocaleString('en-US')} more characters)`
}

/** Prints an error the way the import screen and the CLI show it. */
export function formatLineError(error: LineError): string {
  return `Line ${error.line}: ${error.message}`
}

/** The result for a file refused as a whole (binary, wrong kind, missing header column). */
export function refused(error: LineError): ParseResult {
  return { ok: false, errors: [error] }
}
