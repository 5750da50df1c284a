export type DateField = { ok: true; iso: string | null } | { ok: false; message: string }

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Reads a date as code lists write them: YYYY-MM-DD, MM/DD/YYYY (Excel's US format) or YYYYMMDD
 * (CMS fixed-width files, where 00000000 or blanks mean "no date"). Blank is no date.
 */
export function readDate(raw: string, label: string): DateField {
  const value = raw.trim()
  if (value === '' || value === '00000000') return { ok: true, iso: null }
  const parts =
    /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(value) ??
    reorderUs(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))
  if (parts && isCalendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))) {
    const [, y, m, d] = parts
    return { ok: true, iso: `${y}-${pad2(m)}-${pad2(d)}` }
  }
  return {
    ok: false,
    message: `${label} '${value}' is not a date (use YYYY-MM-DD or MM/DD/YYYY)`,
  }
}

function reorderUs(match: RegExpExecArray | null): string[] | null {
  return match ? [match[0], match[3] ?? '', match[1] ?? '', match[2] ?? ''] : null
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0)
  return day <= max
}

function pad2(value: string | undefined): string {
  return (value ?? '').padStart(2, '0')
}
