/**
 * Checks over the whole file that the loop placement cannot see: the character set payers
 * accept, an indented file, and identifiers that must be unique within a file (CLM01, the
 * patient control number the payer echoes back, and REF*6R, the line control number).
 */
import type { X12Delimiters, X12Segment } from '../tokenize'
import { walkLoops, type LoopNode } from './loops'
import type { Findings } from './report'

/**
 * The X12 basic and extended character sets are printable ASCII (5010 allows lowercase and
 * the extended specials). Anything else — accented letters, curly quotes, control characters —
 * is rejected by clearinghouses.
 */
const OUTSIDE_CHARACTER_SET = /[^\x20-\x7e]/

/** Layout whitespace a segment may not begin with (line breaks between segments are allowed). */
const INDENT = /^[ \t]+/

/**
 * Reports an indented file once, with how many segments are indented: the envelope errors such
 * a file causes ("no functional group") would only hide the real problem. True when indented.
 */
export function checkIndentation(segments: readonly X12Segment[], findings: Findings): boolean {
  const indented = segments.filter((s) => INDENT.test(s.id))
  if (indented.length === 0) return false
  const first = indented[0]!
  findings.add(
    first,
    '',
    '',
    `The file is indented: ${indented.length} segment${indented.length === 1 ? '' : 's'} (the first is segment ${first.position}, line ${first.line}) start with spaces or tabs. X12 segments must begin right after the previous terminator — only line breaks may separate them; write the file again without indentation`,
  )
  return true
}

/** Names the element holding a character outside the X12 set, never quoting the data. */
export function checkCharacterSet(
  segments: readonly X12Segment[],
  delimiters: X12Delimiters,
  findings: Findings,
): void {
  const separators = new Set([delimiters.element, delimiters.component, delimiters.segment])
  for (const segment of segments) {
    for (let i = 1; i < segment.elements.length; i++) {
      const value = segment.elements[i]!
      if (!OUTSIDE_CHARACTER_SET.test(value)) continue
      const bad = [...value].find((c) => OUTSIDE_CHARACTER_SET.test(c) && !separators.has(c))
      if (bad === undefined) continue
      const code = bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
      findings.add(
        segment,
        '',
        segment.id + String(i).padStart(2, '0'),
        `${segment.id}${String(i).padStart(2, '0')} has a character outside the X12 character set (U+${code}); payers reject accented letters, curly quotes and control characters — retype it in plain letters`,
      )
    }
  }
}

/** CLM01 and REF*6R must each be unique in the file: the payer's answers are matched on them. */
export function checkUniqueIdentifiers(roots: readonly LoopNode[], findings: Findings): void {
  const claims = new Map<string, X12Segment>()
  const lines = new Map<string, X12Segment>()
  for (const root of roots) {
    for (const node of walkLoops(root)) {
      for (const { segment } of node.segments) {
        if (segment.id === 'CLM') repeated(claims, segment, 1, 'CLM01 (patient control number)')
        if (segment.id === 'REF' && segment.elements[1] === '6R') {
          repeated(lines, segment, 2, 'REF*6R (line item control number)')
        }
      }
    }
  }

  function repeated(seen: Map<string, X12Segment>, segment: X12Segment, at: number, what: string) {
    const value = segment.elements[at] ?? ''
    if (value === '') return
    const first = seen.get(value)
    if (!first) {
      seen.set(value, segment)
      return
    }
    findings.add(
      segment,
      '',
      segment.id + String(at).padStart(2, '0'),
      `${what} repeats the value of segment ${first.position}; each must be unique in the file, or the payer's answers cannot be matched`,
    )
  }
}

/** 2320's other subscriber (2330A) comes before the other payer (2330B), as the guide orders them. */
export function checkOtherPayerOrder(root: LoopNode, findings: Findings): void {
  for (const node of walkLoops(root)) {
    if (node.rule.id !== '2320') continue
    const ids = node.children.map((c) => c.rule.id)
    const a = ids.indexOf('2330A')
    const b = ids.indexOf('2330B')
    if (a >= 0 && b >= 0 && b < a) {
      findings.add(
        node.children[b]!.start,
        '2330B',
        '',
        'Loop 2330B (other payer) comes before 2330A (other subscriber); the guide puts the other subscriber first',
      )
    }
  }
}
