/**
 * Element-level checks of a placed segment against the guide: usage (required / not used),
 * X12 data types and min/max lengths, code lists, and the value rules the guide states for
 * particular elements (NPI check digit, ZIP length, no PO box, dates).
 */
import { npiCheckDigit } from '../../../shared/validators/npi'
import { isPoBox } from '../../../shared/validators/poBox'
import type { X12Delimiters } from '../tokenize'
import type { PlacedSegment } from './loops'
import { elementId, type Findings } from './report'
import type { ElementCheck, ElementRule } from './rules'

export function isCalendarDate(ccyymmdd: string): boolean {
  if (!/^\d{8}$/.test(ccyymmdd)) return false
  const year = Number(ccyymmdd.slice(0, 4))
  const month = Number(ccyymmdd.slice(4, 6))
  const day = Number(ccyymmdd.slice(6, 8))
  if (month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  return day <= days
}

export function isTime(value: string): boolean {
  if (!/^\d{4}(\d{2}(\d{1,2})?)?$/.test(value)) return false
  return Number(value.slice(0, 2)) < 24 && Number(value.slice(2, 4)) < 60
}

export function isNpi(value: string): boolean {
  return /^\d{10}$/.test(value) && npiCheckDigit(value.slice(0, 9)) === Number(value[9])
}

const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/

function typeProblem(value: string, rule: ElementRule): string | null {
  const min = rule.min ?? 0
  const max = rule.max ?? Infinity
  switch (rule.type) {
    case 'N0': {
      if (!/^-?\d+$/.test(value)) return 'must be a whole number'
      const digits = value.replace('-', '').length
      return digits < min || digits > max ? `must have ${min} to ${max} digits` : null
    }
    case 'R': {
      if (!DECIMAL.test(value)) return 'must be a decimal number'
      const digits = value.replace(/[-.]/g, '').length
      return digits > max ? `has more than the ${max} digits allowed` : null
    }
    case 'DT':
      return isCalendarDate(value) ? null : 'must be a real date written CCYYMMDD'
    case 'TM':
      return isTime(value) ? null : 'must be a time written HHMM'
    case 'ID':
      if (rule.codes && !rule.codes.includes(value)) {
        return `has '${value}', not one of the guide's codes (${rule.codes.join(', ')})`
      }
      break
  }
  if (value.length < min) return `is ${value.length} characters; the guide needs at least ${min}`
  if (value.length > max) return `is ${value.length} characters; the guide allows at most ${max}`
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 32 || code === 127) return 'contains a control character'
  }
  return null
}

const ZIP = /^\d{5}(\d{4})?$/
const TAXONOMY = /^\d{3}[0-9A-Z]{6}X$/
const ICD10 = /^[A-Z]\d[0-9A-Z]{1,5}$/

/** The guide's value rules; `values` are the whole segment's elements (for DTP02, N404…). */
function checkProblem(
  check: ElementCheck,
  value: string,
  values: readonly string[],
): string | null {
  switch (check) {
    case 'npi':
      // NM109 is an NPI only with NM108 XX.
      return values[8] === 'XX' && !isNpi(value)
        ? 'is not a valid NPI (10 digits, check digit)'
        : null
    case 'zip':
      return values[4] || ZIP.test(value) ? null : 'must be a 5 or 9 digit ZIP code'
    case 'zip9':
      return values[4] || /^\d{9}$/.test(value)
        ? null
        : 'must be the 9-digit ZIP code (ZIP+4) for this address'
    case 'street':
      return isPoBox(value) ? 'is a PO box or lockbox; this loop needs a street address' : null
    case 'ein':
      return /^\d{9}$/.test(value) ? null : 'must be 9 digits without a hyphen'
    case 'icd10':
      if (value.includes('.')) return 'includes the decimal point; ICD codes go without it'
      return ICD10.test(value) ? null : 'is not an ICD-10-CM code'
    case 'period':
      if (values[2] === 'D8') return isCalendarDate(value) ? null : 'must be a date CCYYMMDD'
      if (values[2] === 'RD8') {
        const [from = '', to = '', ...rest] = value.split('-')
        if (rest.length > 0 || !isCalendarDate(from) || !isCalendarDate(to)) {
          return 'must be a range CCYYMMDD-CCYYMMDD'
        }
        return from <= to ? null : 'ends before it starts'
      }
      return null
    case 'date':
      return isCalendarDate(value) ? null : 'must be a date CCYYMMDD'
    case 'taxonomy':
      return TAXONOMY.test(value) ? null : 'is not a taxonomy code (10 characters ending in X)'
    case 'pos':
      return /^\d{2}$/.test(value) && value !== '00' ? null : 'must be a 2-digit place of service'
  }
}

function checkValue(
  value: string,
  rule: ElementRule,
  name: string,
  values: readonly string[],
  delimiters: X12Delimiters,
  report: (element: string, message: string) => void,
): void {
  if (rule.usage === 'N') {
    if (value !== '') report(name, `${name} is not used in this loop`)
    return
  }
  if (value === '') {
    if (rule.usage === 'R') report(name, `${name} is required`)
    return
  }
  if (rule.components) {
    const parts = value.split(delimiters.component)
    rule.components.forEach((component, i) => {
      checkValue(parts[i] ?? '', component, `${name}-${i + 1}`, values, delimiters, report)
    })
    for (let i = rule.components.length; i < parts.length; i++) {
      if (parts[i] !== '') report(`${name}-${i + 1}`, `${name}-${i + 1} is not used`)
    }
    if (parts[parts.length - 1] === '' && parts.length > 1) {
      report(name, `${name} ends with an empty component`)
    }
    return
  }
  if (delimiters.component !== '' && value.includes(delimiters.component)) {
    report(name, `${name} contains the component separator`)
    return
  }
  if (delimiters.repetition !== '' && value.includes(delimiters.repetition)) {
    report(name, `${name} contains the repetition separator`)
    return
  }
  const problem =
    typeProblem(value, rule) ?? (rule.check ? checkProblem(rule.check, value, values) : null)
  if (problem) report(name, `${name} ${problem}`)
}

export function checkSegmentElements(
  placed: PlacedSegment,
  delimiters: X12Delimiters,
  findings: Findings,
): void {
  const { segment, rule } = placed
  const values = segment.elements
  const loopId = placed.loop.rule.id
  const report = (element: string, message: string): void =>
    findings.add(segment, loopId, element, message)

  if (values.length > 1 && values[values.length - 1] === '') {
    report('', `${segment.id} ends with an empty element (trailing separator)`)
  }
  const rules = rule.elements
  if (!rules) return
  for (let i = 1; i < values.length; i++) {
    const name = elementId(segment.id, i)
    const elementRule = rules[i - 1]
    if (elementRule) checkValue(values[i]!, elementRule, name, values, delimiters, report)
    else if (values[i] !== '') report(name, `${name} is not used in this loop`)
  }
  for (let i = values.length; i <= rules.length; i++) {
    if (rules[i - 1]!.usage === 'R') {
      const name = elementId(segment.id, i)
      report(name, `${name} is required`)
    }
  }
  for (const [a, b] of rule.pairs ?? []) {
    if (Boolean(values[a]) !== Boolean(values[b])) {
      report(
        elementId(segment.id, values[a] ? b : a),
        `${elementId(segment.id, a)} and ${elementId(segment.id, b)} go together`,
      )
    }
  }
  // N4: a US address (no N404 country) needs its state and ZIP code.
  if (segment.id === 'N4' && !values[4]) {
    if (!values[2]) report('N402', 'N402 (state) is required for a US address')
    if (!values[3]) report('N403', 'N403 (ZIP code) is required for a US address')
  }
}
