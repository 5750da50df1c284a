import { parseCsv } from './csv'
import { normalizeHeader } from './csvTable'
import { splitLines } from './fileText'
import { readHcpcsRecord } from './hcpcsFixed'
import { isIcd10cmTsvHeader } from './icd10cmCodes'
import { readIcd10cmOrderLine } from './icd10cmOrder'
import type { CodeFileInput, CodeFileKind } from './types'

/** Enough to see a header and a few hundred codes; a CARC list's letter codes fit in it. */
const HEAD_CHARS = 64 * 1024

/**
 * Which kind of code file this is, from its first lines, or null when it cannot be told (the
 * import screen then asks). Fixed-width CMS layouts are recognised by their columns, CSVs by
 * their header names, and a plain code,description CSV by the shape of its codes.
 */
export function detectCodeFile(input: CodeFileInput): CodeFileKind | null {
  const head = headText(input)
  if (head === null) return null
  const lines = splitLines(head)
    .filter((line) => line.trim() !== '')
    .slice(0, 30)
  const first = lines[0]
  if (first === undefined) return null
  if ('row' in readIcd10cmOrderLine(first)) return 'icd10cm-order'
  if ('record' in readHcpcsRecord(first) && /^[ A-Z0-9]{5}\d{5}[37]/.test(first))
    return 'hcpcs-fixed'
  if (isIcd10cmTsvHeader(first)) return 'icd10cm-tsv'
  if (lines.every((line) => /^[A-Z][0-9A-Z]{2,6} +[^\s,]/.test(line) && !line.includes('\t'))) {
    return 'icd10cm-codes'
  }
  return detectCsv(head)
}

function headText(input: CodeFileInput): string | null {
  const text =
    typeof input === 'string'
      ? input.slice(0, HEAD_CHARS)
      : new TextDecoder('utf-8').decode(input.subarray(0, HEAD_CHARS))
  if (text.includes('\0')) return null
  const complete = text.length < HEAD_CHARS ? text : text.slice(0, text.lastIndexOf('\n') + 1)
  return complete.replace(/^\uFEFF/, '')
}

function detectCsv(head: string): CodeFileKind | null {
  let csv = parseCsv(head)
  // The 64 KB cut can land inside a quoted field; judge from the records before it.
  if ('error' in csv)
    csv = parseCsv(
      splitLines(head)
        .slice(0, csv.error.line - 1)
        .join('\n'),
    )
  if ('error' in csv) return null
  const [header = [], ...records] = csv.rows
  const names = header.map(normalizeHeader)
  const has = (...candidates: string[]): boolean => candidates.some((n) => names.includes(n))
  if (has('place of service code', 'pos code', 'pos')) return 'pos-csv'
  if (has('source order', 'carc', 'reason code', 'adjustment reason code')) return 'carc-csv'
  if (has('rarc', 'remark code')) return 'rarc-csv'
  if (has('hcpc', 'hcpcs', 'hcpcs code')) return 'hcpcs-csv'
  if (has('cpt', 'cpt code')) return 'cpt-csv'
  if (has('modifier')) return 'modifier-csv'
  const codeAt = names.indexOf('code')
  if (codeAt === -1 || !has('description', 'long description')) return null
  const raw = records.map((fields) => fields[codeAt] ?? '').filter((code) => code.trim() !== '')
  return raw.length === 0 ? null : kindFromCodes(raw)
}

/** A plain code,description list, told apart by what its codes look like. */
function kindFromCodes(raw: string[]): CodeFileKind | null {
  const codes = raw.map((code) => code.trim().toUpperCase())
  const all = (pattern: RegExp): boolean => codes.every((code) => pattern.test(code))
  const some = (pattern: RegExp): boolean => codes.some((code) => pattern.test(code))
  // CMS right-justifies HCPCS modifiers in the code column ("   A1").
  if (raw.some((code) => /^\s/.test(code)) || some(/^[A-Z]\d{4}$/)) return 'hcpcs-csv'
  if (all(/^(\d{5}|\d{4}[FTU])$/)) return 'cpt-csv'
  if (all(/^(M|MA|N)\d{1,4}$/) && some(/^(MA|N)|^.{3,}$/)) return 'rarc-csv'
  // No CPT modifier starts with 0 and none is 1 digit; place-of-service codes 01–09 do.
  if (all(/^\d{1,2}$/) && some(/^0|^\d$/)) return 'pos-csv'
  if (all(/^(\d{1,3}|[A-Z]\d{1,3})$/) && !all(/^..$/)) return 'carc-csv'
  if (all(/^[A-Z0-9]{2}$/)) return 'modifier-csv'
  return null
}
