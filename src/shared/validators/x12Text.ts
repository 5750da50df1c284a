import { inSentence, optionalField, requiredField } from './field'

/** A free-text element as the 837P (005010X222A1) bounds it. */
export interface X12TextSpec {
  /** How the form labels the field; messages start with it. */
  label: string
  /** Element id in the implementation guide, for whoever reads a payer rejection. */
  element: string
  min: number
  max: number
}

export const X12_TEXT = {
  lastName: { label: 'Last name', element: 'NM103', min: 1, max: 60 },
  organizationName: { label: 'Name', element: 'NM103', min: 1, max: 60 },
  firstName: { label: 'First name', element: 'NM104', min: 1, max: 35 },
  middleName: { label: 'Middle name', element: 'NM105', min: 1, max: 25 },
  suffix: { label: 'Suffix', element: 'NM107', min: 1, max: 10 },
  addressLine: { label: 'Street address', element: 'N301', min: 1, max: 55 },
  city: { label: 'City', element: 'N401', min: 2, max: 30 },
  memberId: { label: 'Member ID', element: 'NM109', min: 2, max: 80 },
  // Loop 2000B carries the group number in SBR03 and the plan name in SBR04.
  groupNumber: { label: 'Group number', element: 'SBR03', min: 1, max: 50 },
  planName: { label: 'Plan name', element: 'SBR04', min: 1, max: 60 },
} as const satisfies Record<string, X12TextSpec>

/** Segment terminator, element, component and repetition separators most clearinghouses use. */
const DELIMITERS = ['~', '*', ':', '^', '|']

function describeControl(code: number): string | null {
  if (code === 9) return 'a tab'
  if (code === 10 || code === 13) return 'a line break'
  if (code < 32 || (code >= 127 && code <= 159)) {
    return `an invisible control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`
  }
  return null
}

export function x12TextError(value: string, spec: X12TextSpec): string | null {
  const text = value.trim()
  if (text === '') return `Enter the ${inSentence(spec.label)}`
  for (const char of text) {
    if (DELIMITERS.includes(char)) {
      return `${spec.label} contains "${char}", which claim files use as a separator — remove it`
    }
    const control = describeControl(char.codePointAt(0) ?? 0)
    if (control) return `${spec.label} contains ${control} — retype it on one line`
  }
  if (text.length > spec.max) {
    return `${spec.label} is ${text.length} characters; claims allow at most ${spec.max} — shorten it`
  }
  if (text.length < spec.min) {
    return `${spec.label} must be at least ${spec.min} characters on a claim`
  }
  return null
}

/**
 * Pass a spec from X12_TEXT, relabelled for the form if need be:
 * `{ ...X12_TEXT.organizationName, label: 'Legal name' }`.
 */
export function x12Text(spec: X12TextSpec) {
  return requiredField((value) => x12TextError(value, spec))
}

export function optionalX12Text(spec: X12TextSpec) {
  return optionalField((value) => x12TextError(value, spec))
}
