import type { CodeFileKind } from './parse'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = new RegExp(`(?<![a-z])(${MONTHS.join('|')})[a-z]*[-_ ]?((?:19|20)\\d\\d)(?!\\d)`, 'i')
const MONTH_AFTER = new RegExp(
  `(?<!\\d)((?:19|20)\\d\\d)[-_ ]?(${MONTHS.join('|')})[a-z]*(?![a-z])`,
  'i',
)
const FISCAL_YEAR = /(?<![a-z])fy[-_ ]?((?:19|20)\d\d)(?!\d)/i
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/

/**
 * When a downloaded list takes effect, read from the name CMS gives it, or null when the name
 * does not say. ICD-10-CM files are named for the federal fiscal year, which starts October 1 of
 * the year before (icd10cm_order_2026.txt → 2025-10-01); mid-year updates name their month
 * (icd10cm-order-April-2025.txt → 2025-04-01). HCPCS files name year and quarter month
 * (HCPC2025_OCT_ANWEB.txt → 2025-10-01); CPT's yearly release takes effect January 1.
 */
export function effectiveFromFileName(fileName: string, kind: CodeFileKind): string | null {
  const name = fileName.replace(/^.*[\\/]/, '')
  const fiscal = FISCAL_YEAR.exec(name)
  if (fiscal) return `${Number(fiscal[1]) - 1}-10-01`
  const monthFirst = MONTH.exec(name)
  if (monthFirst) return firstOfMonth(monthFirst[2] ?? '', monthFirst[1] ?? '')
  const yearFirst = MONTH_AFTER.exec(name)
  if (yearFirst) return firstOfMonth(yearFirst[1] ?? '', yearFirst[2] ?? '')
  const year = YEAR.exec(name)?.[1]
  if (!year) return null
  if (kind.startsWith('icd10cm')) return `${Number(year) - 1}-10-01`
  if (kind.startsWith('hcpcs') || kind === 'cpt-csv' || kind === 'modifier-csv')
    return `${year}-01-01`
  return null
}

function firstOfMonth(year: string, month: string): string {
  const index = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1
  return `${year}-${String(index).padStart(2, '0')}-01`
}
