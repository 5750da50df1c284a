/**
 * A structural validator for 837P (005010X222A1) files, written from the implementation guide
 * and independent of the writer: it reads the file with the tokenizer, checks the envelopes,
 * places every segment in its loop, checks elements, the HL hierarchy and the claim rules.
 */
import { tokenize, X12SyntaxError } from './tokenize'
import { checkClaims } from './validate/claims'
import { checkSegmentElements } from './validate/elements'
import { readEnvelopes } from './validate/envelope'
import {
  checkCharacterSet,
  checkIndentation,
  checkOtherPayerOrder,
  checkUniqueIdentifiers,
} from './validate/file'
import { TRANSACTION_837P } from './validate/guide837'
import { checkHierarchy } from './validate/hierarchy'
import { placeSegments, walkLoops } from './validate/loops'
import { Findings, type ValidationError } from './validate/report'

export type { ValidationError } from './validate/report'

export interface ValidationResult {
  errors: ValidationError[]
}

export function validate837(text: string): ValidationResult {
  const findings = new Findings()
  let document
  try {
    document = tokenize(text)
  } catch (error) {
    if (!(error instanceof X12SyntaxError)) throw error
    findings.add(undefined, 'ISA', '', error.message)
    return { errors: findings.errors }
  }
  const { delimiters, segments } = document
  if (checkIndentation(segments, findings)) return { errors: findings.errors }
  checkCharacterSet(segments, delimiters, findings)

  const roots = []
  for (const { body } of readEnvelopes(segments, findings)) {
    if (body.length === 0) continue
    const root = placeSegments(body, TRANSACTION_837P, delimiters, findings)
    for (const node of walkLoops(root)) {
      for (const placed of node.segments) checkSegmentElements(placed, delimiters, findings)
    }
    checkHierarchy(root, findings)
    checkClaims(root, delimiters, findings)
    checkOtherPayerOrder(root, findings)
    roots.push(root)
  }
  checkUniqueIdentifiers(roots, findings)
  findings.errors.sort((a, b) => a.position - b.position)
  return { errors: findings.errors }
}
