import type { OpInput } from '../../../../shared/api'
import { call } from '../../api'
import { downloadFile, pdfBlob } from '../claims/saveFile'

export const pct = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)}%`)

export type ExportFormat = 'csv' | 'pdf'

/** Asks main for the report as CSV or print-ready PDF and hands it over as a download. */
export async function exportReport(
  format: ExportFormat,
  input: OpInput<'reports.csv'>,
): Promise<void> {
  if (format === 'pdf') {
    const file = await call('reports.pdf', input)
    downloadFile(file.fileName, pdfBlob(file.pdfBase64))
    return
  }
  const file = await call('reports.csv', input)
  downloadFile(file.fileName, new Blob([file.csv], { type: 'text/csv' }))
}

export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - days)
  return d.toISOString().slice(0, 10)
}
