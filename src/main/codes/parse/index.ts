import { parseCarcCsv } from './carc'
import { parseCptCsv } from './cptCsv'
import { parseCptModifierCsv } from './cptModifierCsv'
import { parseHcpcsCsv } from './hcpcsCsv'
import { parseHcpcsFixed } from './hcpcsFixed'
import { parseIcd10cmCodes, parseIcd10cmTsv } from './icd10cmCodes'
import { parseIcd10cmOrder } from './icd10cmOrder'
import { parsePosCsv } from './pos'
import { parseRarcCsv } from './rarc'
import type { CodeFileInput, CodeFileKind, ParseResult } from './types'

export { detectCodeFile } from './detect'
export { formatLineError, MAX_ERRORS } from './collector'
export { parseCsv } from './csv'
export { joinHcpcsRecords, readHcpcsRecord } from './hcpcsFixed'
export { readIcd10cmOrderLine } from './icd10cmOrder'
export { CODE_FILE_LABELS } from './kinds'
export { CODE_FILE_KINDS } from './types'
export type {
  CodeFileInput,
  CodeFileKind,
  CodeRow,
  CodeSet,
  LineError,
  ParseResult,
  ParseStats,
} from './types'
export {
  parseCarcCsv,
  parseCptCsv,
  parseCptModifierCsv,
  parseHcpcsCsv,
  parseHcpcsFixed,
  parseIcd10cmCodes,
  parseIcd10cmOrder,
  parseIcd10cmTsv,
  parsePosCsv,
  parseRarcCsv,
}

const PARSERS: Record<CodeFileKind, (input: CodeFileInput) => ParseResult> = {
  'icd10cm-order': parseIcd10cmOrder,
  'icd10cm-codes': parseIcd10cmCodes,
  'icd10cm-tsv': parseIcd10cmTsv,
  'hcpcs-fixed': parseHcpcsFixed,
  'hcpcs-csv': parseHcpcsCsv,
  'cpt-csv': parseCptCsv,
  'modifier-csv': parseCptModifierCsv,
  'pos-csv': parsePosCsv,
  'carc-csv': parseCarcCsv,
  'rarc-csv': parseRarcCsv,
}

/** Parses a whole code file of a known kind: every row, or every reason it cannot be imported. */
export function parseCodeFile(kind: CodeFileKind, input: CodeFileInput): ParseResult {
  return PARSERS[kind](input)
}
