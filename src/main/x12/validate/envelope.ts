/**
 * Interchange, functional group and transaction set envelopes (X12.5/X12.6 and the TR3's
 * appendix B): ISA fixed widths, matching control numbers in the trailers, and the counts
 * SE01 (segments from ST to SE), GE01 (transaction sets) and IEA01 (functional groups).
 */
import type { X12Segment } from '../tokenize'
import { isCalendarDate, isTime } from './elements'
import type { Findings } from './report'

export const VERSION_837P = '005010X222A1'

/** ISA01–ISA16 widths: every ISA element has a fixed size. */
const ISA_WIDTHS = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1]
const ID_QUALIFIERS = ['01', '14', '20', '27', '28', '29', '30', '33', 'ZZ']

export interface Transaction {
  st: X12Segment
  /** The segments between ST and SE. */
  body: X12Segment[]
}

function checkIsa(isa: X12Segment, findings: Findings): void {
  const e = isa.elements
  const add = (element: string, message: string): void => findings.add(isa, 'ISA', element, message)
  if (e.length !== 17) {
    add('', `ISA has ${e.length - 1} elements; it must have exactly 16`)
    return
  }
  ISA_WIDTHS.forEach((width, i) => {
    const value = e[i + 1]!
    const name = `ISA${String(i + 1).padStart(2, '0')}`
    if (value.length !== width) {
      add(
        name,
        `${name} is ${value.length} characters; it must be exactly ${width} (pad with spaces)`,
      )
    }
  })
  if (!['00', '03'].includes(e[1]!)) add('ISA01', 'ISA01 must be 00 or 03')
  if (!['00', '01'].includes(e[3]!)) add('ISA03', 'ISA03 must be 00 or 01')
  if (!ID_QUALIFIERS.includes(e[5]!))
    add('ISA05', `ISA05 '${e[5]}' is not an interchange ID qualifier`)
  if (!ID_QUALIFIERS.includes(e[7]!))
    add('ISA07', `ISA07 '${e[7]}' is not an interchange ID qualifier`)
  if (e[6]!.trim() === '') add('ISA06', 'ISA06 (sender ID) is blank')
  if (e[8]!.trim() === '') add('ISA08', 'ISA08 (receiver ID) is blank')
  if (!isCalendarDate('20' + e[9]!)) add('ISA09', 'ISA09 must be a date YYMMDD')
  if (e[10]!.length !== 4 || !isTime(e[10]!)) add('ISA10', 'ISA10 must be a time HHMM')
  if (/^[0-9A-Za-z ]$/.test(e[11]!)) add('ISA11', 'ISA11 must be the repetition separator in 00501')
  if (e[12] !== '00501') add('ISA12', `ISA12 '${e[12]}' must be 00501`)
  if (!/^\d{9}$/.test(e[13]!)) add('ISA13', 'ISA13 must be 9 digits')
  if (!['0', '1'].includes(e[14]!)) add('ISA14', 'ISA14 must be 0 or 1')
  if (!['P', 'T'].includes(e[15]!)) add('ISA15', 'ISA15 must be P or T')
}

function checkGs(gs: X12Segment, findings: Findings): void {
  const e = gs.elements
  const add = (element: string, message: string): void => findings.add(gs, 'GS', element, message)
  if (e[1] !== 'HC') add('GS01', `GS01 '${e[1] ?? ''}' must be HC for health care claims`)
  for (const i of [2, 3]) {
    const v = e[i] ?? ''
    if (v.length < 2 || v.length > 15) add(`GS0${i}`, `GS0${i} must be 2 to 15 characters`)
  }
  if (!isCalendarDate(e[4] ?? '')) add('GS04', 'GS04 must be a date CCYYMMDD')
  if (!isTime(e[5] ?? '')) add('GS05', 'GS05 must be a time HHMM')
  if (!/^\d{1,9}$/.test(e[6] ?? '')) add('GS06', 'GS06 must be 1 to 9 digits')
  if (e[7] !== 'X') add('GS07', 'GS07 must be X')
  if (e[8] !== VERSION_837P) add('GS08', `GS08 '${e[8] ?? ''}' must be ${VERSION_837P}`)
}

function sameNumber(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== '' && Number(a) === Number(b)
}

/**
 * Walks ISA … IEA (one or more interchanges) and returns the transaction sets found, reporting
 * envelope errors on the way. A transaction set without its SE is reported and not returned.
 */
export function readEnvelopes(segments: readonly X12Segment[], findings: Findings): Transaction[] {
  const transactions: Transaction[] = []
  let i = 0
  const at = (): X12Segment | undefined => segments[i]

  while (i < segments.length) {
    const isa = at()!
    if (isa.id !== 'ISA') {
      findings.add(isa, '', '', `${isa.id} is outside an interchange (expected ISA)`)
      i++
      continue
    }
    checkIsa(isa, findings)
    i++
    let groups = 0
    const groupNumbers = new Set<string>()
    while (at() && at()!.id === 'GS') {
      const gs = at()!
      checkGs(gs, findings)
      groups++
      if (groupNumbers.has(gs.elements[6] ?? '')) {
        findings.add(gs, 'GS', 'GS06', 'GS06 repeats a group control number of this interchange')
      }
      groupNumbers.add(gs.elements[6] ?? '')
      i++
      let sets = 0
      const setNumbers = new Set<string>()
      while (at() && at()!.id === 'ST') {
        const st = at()!
        sets++
        i++
        const body: X12Segment[] = []
        while (at() && !['SE', 'ST', 'GE', 'IEA', 'GS', 'ISA'].includes(at()!.id))
          body.push(segments[i++]!)
        const se = at()
        checkSt(st, gs, setNumbers, findings)
        if (!se || se.id !== 'SE') {
          findings.add(se ?? st, 'ST', 'SE', 'The transaction set has no SE trailer')
          continue
        }
        i++
        const count = body.length + 2
        if (se.elements[1] !== String(count)) {
          findings.add(
            se,
            'SE',
            'SE01',
            `SE01 says ${se.elements[1] ?? ''} segments; ST to SE has ${count}`,
          )
        }
        if (se.elements[2] !== st.elements[2]) {
          findings.add(se, 'SE', 'SE02', 'SE02 does not match ST02')
        }
        transactions.push({ st, body })
      }
      if (sets === 0) findings.add(gs, 'GS', '', 'The functional group has no transaction set')
      const ge = at()
      if (!ge || ge.id !== 'GE') {
        findings.add(ge ?? gs, 'GS', 'GE', 'The functional group has no GE trailer')
        continue
      }
      i++
      if (!sameNumber(ge.elements[1], String(sets))) {
        findings.add(
          ge,
          'GE',
          'GE01',
          `GE01 says ${ge.elements[1] ?? ''} transaction sets; the group has ${sets}`,
        )
      }
      if (!sameNumber(ge.elements[2], gs.elements[6])) {
        findings.add(ge, 'GE', 'GE02', 'GE02 does not match GS06')
      }
    }
    if (groups === 0) findings.add(isa, 'ISA', '', 'The interchange has no functional group')
    const iea = at()
    if (!iea || iea.id !== 'IEA') {
      findings.add(iea ?? isa, 'ISA', 'IEA', 'The interchange has no IEA trailer')
      // Skip to the next interchange, if any.
      while (at() && at()!.id !== 'ISA') i++
      continue
    }
    i++
    if (!sameNumber(iea.elements[1], String(groups))) {
      findings.add(
        iea,
        'IEA',
        'IEA01',
        `IEA01 says ${iea.elements[1] ?? ''} functional groups; the interchange has ${groups}`,
      )
    }
    if (iea.elements[2] !== isa.elements[13]) {
      findings.add(iea, 'IEA', 'IEA02', 'IEA02 does not match ISA13')
    }
  }
  const last = segments[segments.length - 1]
  if (last && !last.terminated) {
    findings.add(last, '', '', 'The file ends without a segment terminator')
  }
  return transactions
}

function checkSt(st: X12Segment, gs: X12Segment, seen: Set<string>, findings: Findings): void {
  const e = st.elements
  if (e[1] !== '837') findings.add(st, 'ST', 'ST01', `ST01 '${e[1] ?? ''}' must be 837`)
  const control = e[2] ?? ''
  if (control.length < 4 || control.length > 9) {
    findings.add(st, 'ST', 'ST02', 'ST02 must be 4 to 9 characters')
  }
  if (seen.has(control)) {
    findings.add(st, 'ST', 'ST02', 'ST02 repeats a transaction set control number of this group')
  }
  seen.add(control)
  if (e[3] !== VERSION_837P) findings.add(st, 'ST', 'ST03', `ST03 must be ${VERSION_837P}`)
  if (e[3] !== gs.elements[8]) findings.add(st, 'ST', 'ST03', 'ST03 does not match GS08')
}
