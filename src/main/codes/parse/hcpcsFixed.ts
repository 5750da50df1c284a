import { refused, RowCollector } from './collector'
import { readDate } from './dates'
import { readFileText, splitLines } from './fileText'
import { aOrAn, CODE_FILE_LABELS } from './kinds'
import type { CodeFileInput, CodeRow, ParseResult } from './types'

const EXPECTED = CODE_FILE_LABELS['hcpcs-fixed']

/*
 * CMS HCPCS Level II alpha-numeric file (HCPCYYYY_MMM_ANWEB.txt), "HCPCS Contractor Record",
 * 320 characters a record. Columns used, from CMS's HCPCS2016_recordlayout.txt fields 1–8 and
 * 27–30 (the 2024 layout opens identically, and loaders of the 2026 files use these positions):
 *   1–5     HCPCS code; a modifier leaves 1–3 blank and sits in 4–5
 *   6–10    sequence number (by 100s), groups a code's records
 *   11      record identification code: 3 = first line of a procedure, 4 = continuation of its
 *           long description; 7 = first line of a modifier, 8 = continuation
 *   12–91   long description, 80 characters a record, continued on 4/8 records
 *   92–119  short description (first line only; 92–275 are blank on continuations)
 *   269–276 code added date, 277–284 action effective date, 285–292 termination date, YYYYMMDD
 */
const RECORD_LENGTH = 320
const SHAPE = /^[ A-Z0-9]{5}\d{5}[3478]/
const PROCEDURE = /^[A-Z]\d{4}$/
const MODIFIER = /^ {3}[A-Z0-9]{2}$/

export interface HcpcsRecord {
  code: string
  modifier: boolean
  first: boolean
  /** Columns 12–91 as written, blanks kept: a description may be cut mid-word at column 91. */
  longPart: string
  shortDescription: string
  added: string | null
  effective: string | null
  end: string | null
}

export type HcpcsLine = { record: HcpcsRecord } | { problem: string }

/** One 320-character record, on its own; `joinHcpcsRecords` puts a code's records together. */
export function readHcpcsRecord(line: string): HcpcsLine {
  if (line.length < 11) {
    return {
      problem: `is ${line.length} characters long; an HCPCS record has its record type in column 11 (records are ${RECORD_LENGTH} characters)`,
    }
  }
  if (line.length > RECORD_LENGTH && line.slice(RECORD_LENGTH).trim() !== '') {
    return { problem: `is ${line.length} characters long; HCPCS records are ${RECORD_LENGTH}` }
  }
  const type = line[10] ?? ''
  if (!'3478'.includes(type)) {
    return {
      problem: `the record type in column 11 is '${type}'; it must be 3 or 4 (procedure) or 7 or 8 (modifier)`,
    }
  }
  const modifier = type === '7' || type === '8'
  const codeField = line.slice(0, 5)
  if (modifier && !MODIFIER.test(codeField)) {
    return {
      problem: `a modifier record (type ${type}) needs columns 1–3 blank and the 2-character modifier in 4–5; found '${codeField}'`,
    }
  }
  if (!modifier && !PROCEDURE.test(codeField)) {
    return {
      problem: `a procedure record (type ${type}) needs an HCPCS code like A0021 in columns 1–5; found '${codeField}'`,
    }
  }
  const code = codeField.trim()
  if (!/^\d{5}$/.test(line.slice(5, 10))) {
    return {
      problem: `${code}: the sequence number in columns 6–10 is '${line.slice(5, 10)}'; it must be 5 digits`,
    }
  }
  const record: HcpcsRecord = {
    code,
    modifier,
    first: type === '3' || type === '7',
    longPart: line.slice(11, 91),
    shortDescription: line.slice(91, 119).trim(),
    added: null,
    effective: null,
    end: null,
  }
  if (!record.first) return { record }
  for (const [field, from, label] of DATE_FIELDS) {
    const date = fixedDate(
      line.slice(from - 1, from + 7),
      `${code}: the ${label} in columns ${from}–${from + 7}`,
    )
    if (date !== null && typeof date === 'object') return date
    record[field] = date
  }
  return { record }
}

const DATE_FIELDS = [
  ['added', 269, 'code added date'],
  ['effective', 277, 'action effective date'],
  ['end', 285, 'termination date'],
] as const

function fixedDate(raw: string, label: string): string | null | { problem: string } {
  const value = raw.trim()
  const date = readDate(value, label)
  if (value !== '' && (!/^\d{8}$/.test(value) || !date.ok)) {
    return { problem: `${label} is '${value}'; it must be a YYYYMMDD date or blank` }
  }
  return date.ok ? date.iso : null
}

/**
 * One code from its first record and continuations. CMS cuts the long description into
 * 80-character pieces, which can split a word ("has ele" + "cted to purchase"), so the pieces are
 * joined as written rather than with a space; blank padding between pieces collapses to one space.
 */
export function joinHcpcsRecords(records: HcpcsRecord[]): CodeRow | string {
  const [first] = records
  if (!first) return 'no records'
  const longDescription = records
    .map((record) => record.longPart.padEnd(80))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
  if (longDescription === '') return `${first.code} has no long description (columns 12–91)`
  const row: CodeRow = {
    set: first.modifier ? 'modifier' : 'hcpcs',
    code: first.code,
    billable: true,
    shortDescription: first.shortDescription === '' ? null : first.shortDescription,
    longDescription,
    // The added date is when the code became usable; the action effective date is only when it
    // last changed (a new description), so it stands in only when the added date is blank.
    effective: first.added ?? first.effective,
    end: first.end,
  }
  if (first.modifier) row.modifierSet = 'hcpcs'
  return row
}

export function parseHcpcsFixed(input: CodeFileInput): ParseResult {
  const file = readFileText(input, EXPECTED)
  if (!file.ok) return refused(file.error)
  const lines = splitLines(file.text)
  const firstLine = lines.findIndex((line) => line.trim() !== '')
  if (!SHAPE.test(lines[firstLine] ?? '')) {
    const message = `this is not ${aOrAn(EXPECTED)}: records should start with the code (columns 1–5), a 5-digit sequence number and a record type 3, 4, 7 or 8 (like 'A0021001003Ambulance service…')`
    return refused({ line: firstLine + 1, message })
  }
  const collector = new RowCollector()
  let group: HcpcsRecord[] = []
  let groupLine = 0
  const flush = (): void => {
    if (group.length === 0) return
    const row = joinHcpcsRecords(group)
    if (typeof row === 'string') collector.fail(groupLine, row)
    else collector.add(row)
    group = []
  }
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const read = readHcpcsRecord(line)
    if ('problem' in read) {
      collector.fail(index + 1, read.problem)
      return
    }
    const { record } = read
    if (record.first) {
      flush()
      group = [record]
      groupLine = index + 1
      return
    }
    const head = group[0]
    if (!head || head.code !== record.code || head.modifier !== record.modifier) {
      const type = record.modifier ? '8' : '4'
      const firstType = record.modifier ? '7' : '3'
      collector.fail(
        index + 1,
        `${record.code}: continuation record (type ${type}) does not follow a first record (type ${firstType}) for the same code`,
      )
      return
    }
    group.push(record)
  })
  flush()
  return collector.finish(lines.length)
}
