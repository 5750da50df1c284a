/**
 * The small print inside boxes: checkbox squares and their words, MM DD YY cell labels and ticks,
 * dollar/cents dividers, telephone parentheses, and the long captions of boxes 12, 13, 21 and 31.
 * Positions come from the fields in layout.ts, so each mark frames the cells its value prints in.
 */
import { boundaryX, CHAR_PT, columnX, lineTop } from './grid'
import { checkSquare, dottedRule, hRule, label, labelWidth, RED, vRule } from './formInk'
import {
  diagnosisField,
  FIELDS,
  FRAME_LEFT,
  FRAME_RIGHT,
  MID,
  type FieldId,
  type FieldSpec,
} from './layout'

type Doc = PDFKit.PDFDocument

type Side = 'before' | 'after' | 'above'

const CHECK_LABELS: [FieldId, string, Side][] = [
  ['typeMedicare', 'MEDICARE', 'above'],
  ['typeMedicaid', 'MEDICAID', 'above'],
  ['typeTricare', 'TRICARE', 'above'],
  ['typeChampva', 'CHAMPVA', 'above'],
  ['typeGroup', 'GROUP HEALTH PLAN', 'above'],
  ['typeFeca', 'FECA BLK LUNG', 'above'],
  ['typeOther', 'OTHER', 'above'],
  ['typeMedicare', '(Medicare#)', 'after'],
  ['typeMedicaid', '(Medicaid#)', 'after'],
  ['typeTricare', '(ID#/DoD#)', 'after'],
  ['typeChampva', '(Member ID#)', 'after'],
  ['typeGroup', '(ID#)', 'after'],
  ['typeFeca', '(ID#)', 'after'],
  ['typeOther', '(ID#)', 'after'],
  ['patientSexM', 'M', 'before'],
  ['patientSexF', 'F', 'before'],
  ['relationSelf', 'Self', 'before'],
  ['relationSpouse', 'Spouse', 'before'],
  ['relationChild', 'Child', 'before'],
  ['relationOther', 'Other', 'before'],
  ['insuredSexM', 'M', 'before'],
  ['insuredSexF', 'F', 'before'],
  ['taxIdSsn', 'SSN', 'above'],
  ['taxIdEin', 'EIN', 'above'],
]

const YES_NO: [FieldId, FieldId][] = [
  ['employmentYes', 'employmentNo'],
  ['autoAccidentYes', 'autoAccidentNo'],
  ['otherAccidentYes', 'otherAccidentNo'],
  ['anotherPlanYes', 'anotherPlanNo'],
  ['outsideLabYes', 'outsideLabNo'],
  ['assignmentYes', 'assignmentNo'],
]

/** Month, day and year cells that share MM DD YY labels and the ticks between them. */
const DATES: [FieldId, FieldId, FieldId][] = [
  ['patientDobMonth', 'patientDobDay', 'patientDobYear'],
  ['insuredDobMonth', 'insuredDobDay', 'insuredDobYear'],
  ['illnessMonth', 'illnessDay', 'illnessYear'],
  ['otherDateMonth', 'otherDateDay', 'otherDateYear'],
  ['unableFromMonth', 'unableFromDay', 'unableFromYear'],
  ['unableToMonth', 'unableToDay', 'unableToYear'],
  ['hospitalFromMonth', 'hospitalFromDay', 'hospitalFromYear'],
  ['hospitalToMonth', 'hospitalToDay', 'hospitalToYear'],
]

const MONEY: [FieldId, FieldId, boolean][] = [
  ['outsideLabDollars', 'outsideLabCents', false],
  ['totalDollars', 'totalCents', true],
  ['paidDollars', 'paidCents', true],
]

const PHONES: FieldId[] = ['patientPhoneArea', 'insuredPhoneArea', 'billingPhoneArea']

export function drawMarks(doc: Doc): void {
  for (const spec of Object.values(FIELDS) as FieldSpec[]) {
    if (spec.check) checkSquare(doc, spec.line, spec.col)
  }
  for (const [id, text, side] of CHECK_LABELS) checkLabel(doc, FIELDS[id], text, side)
  for (const [yes, no] of YES_NO) {
    checkLabel(doc, FIELDS[yes], 'YES', 'after')
    checkLabel(doc, FIELDS[no], 'NO', 'after')
  }
  for (const ids of DATES) dateCells(doc, ids)
  for (const [dollars, cents, sign] of MONEY) moneyCells(doc, FIELDS[dollars], FIELDS[cents], sign)
  for (const id of PHONES) phoneParentheses(doc, FIELDS[id])
  drawBoxTexts(doc)
  drawSignatureBoxes(doc)
  drawDiagnosisBox(doc)
}

/** A word beside a checkbox, in the middle of its line (or on the caption line above). */
function checkLabel(doc: Doc, spec: FieldSpec, text: string, side: Side): void {
  const b = spec.col - 1
  const t = spec.line - 1
  if (side === 'above') {
    label(doc, text, b, t - 1, { size: 5 }, { dx: spec.col === 1 ? 6 : 0, dy: 6.6 })
  } else if (side === 'after') {
    label(doc, text, b + 1, t, { size: 5.5 }, { dx: 1.2, dy: 4 })
  } else {
    label(doc, text, b, t, { size: 5.5 }, { dx: -1.2 - labelWidth(doc, text), dy: 4 })
  }
}

/** MM DD YY(YY) above the cells on the caption line, ticks between them on the data line. */
function dateCells(doc: Doc, ids: [FieldId, FieldId, FieldId]): void {
  const [month, day, year] = ids.map((id) => FIELDS[id]) as [FieldSpec, FieldSpec, FieldSpec]
  const words = ['MM', 'DD', year.width === 4 ? 'YYYY' : 'YY']
  ;[month, day, year].forEach((spec, i) => {
    label(doc, words[i]!, spec.col - 1, spec.line - 1, { size: 4.6 }, { dx: 1, dy: -4.8 })
  })
  const t = month.line
  dottedRule(doc, between(month, day), t - 0.5, t)
  dottedRule(doc, between(day, year), t - 0.5, t)
}

function between(a: FieldSpec, b: FieldSpec): number {
  return (a.col - 1 + a.width + (b.col - 1)) / 2
}

function moneyCells(doc: Doc, dollars: FieldSpec, cents: FieldSpec, sign: boolean): void {
  const t = dollars.line
  dottedRule(doc, between(dollars, cents), t - 0.55, t)
  if (sign) label(doc, '$', dollars.col - 2, t - 1, { size: 7 }, { dx: 1.5, dy: 1.5 })
}

function phoneParentheses(doc: Doc, area: FieldSpec): void {
  doc.font('Helvetica').fontSize(9).fillColor(RED)
  const y = lineTop(area.line) + 2
  doc.text('(', columnX(area.col - 1) + 2.5, y, { lineBreak: false })
  doc.text(')', columnX(area.col + area.width) + 2, y, { lineBreak: false })
}

/** Captions that sit apart from a box's top-left caption. */
function drawBoxTexts(doc: Doc): void {
  label(doc, '(For Program in Item 1)', 62, 6, {}, { dx: 1, dy: 1.2 })
  label(doc, 'SEX', 40.5, 8, {}, { dy: 1.2 })
  label(doc, 'SEX', 70, 18, {}, { dy: 1.2 })
  label(doc, 'PLACE (State)', 43.3, 20, { size: 5 }, { dy: 6.2 })
  hRule(doc, 44, 46.5, 22, 0.5)
  label(doc, 'If yes, complete items 9, 9a, and 9d.', 59, 25, { size: 5 }, { dx: 1, dy: 4 })
  label(doc, 'QUAL.', 12, 31, { size: 5 }, { dx: 1, dy: 4 })
  label(doc, 'QUAL.', 29, 30, { size: 4.6 }, { dx: 1.5, dy: 7 })
  for (const t of [31, 33]) {
    label(doc, 'FROM', MID, t, { size: 5 }, { dx: 1.5, dy: 4 })
    label(doc, 'TO', 64.6, t, { size: 5 }, { dy: 4 })
  }
  vRule(doc, 2.5, 33, 34, 0.5)
  label(doc, 'NPI', 29, 33, { size: 4.6 }, { dx: 12.5, dy: 1.5 })
  label(doc, '$ CHARGES', 62, 34, {}, { dx: 1, dy: 1.2 })
  label(doc, 'ORIGINAL REF. NO.', 61, 36, {}, { dx: 1, dy: 1.2 })
  vRule(doc, 60.5, 37, 38)
  label(doc, '(For govt. claims, see back)', 36.3, 54, { size: 4.6 }, { dx: 1.5, dy: 7.2 })
  for (const [text, b] of [
    ['a.', 21],
    ['b.', 34],
    ['a.', MID],
    ['b.', 61],
  ] as const) {
    label(doc, text, b, 60, { size: 5 }, { dx: 1.2, dy: 1.2 })
  }
}

function drawSignatureBoxes(doc: Doc): void {
  const width12 = boundaryX(MID) - boundaryX(FRAME_LEFT) - 4
  const readBack = { size: 6.5, bold: true, width: width12, align: 'center' } as const
  const readBackText = 'READ BACK OF FORM BEFORE COMPLETING & SIGNING THIS FORM.'
  label(doc, readBackText, FRAME_LEFT, 26, readBack, { dx: 2, dy: 2 })
  label(
    doc,
    "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE I authorize the release of any medical or other information necessary to process this claim. I also request payment of government benefits either to myself or to the party who accepts assignment below.",
    FRAME_LEFT,
    27,
    { size: 5.5, width: width12 },
    { dx: 1.5, dy: 1 },
  )
  label(
    doc,
    "13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE I authorize payment of medical benefits to the undersigned physician or supplier for services described below.",
    MID,
    26,
    { size: 5.5, width: boundaryX(FRAME_RIGHT) - boundaryX(MID) - 4 },
    { dx: 1.5, dy: 1.2 },
  )
  signedLine(doc, FRAME_LEFT, 30, 6.5, 30.5)
  label(doc, 'DATE', 32, 29, { size: 5.5 }, { dx: 1, dy: 4 })
  hRule(doc, 36, 48, 30, 0.5)
  signedLine(doc, MID, 30, 54, 78.5)
  label(
    doc,
    '31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS (I certify that the statements on the reverse apply to this bill and are made a part thereof.)',
    FRAME_LEFT,
    56,
    { size: 5.5, width: boundaryX(21) - boundaryX(FRAME_LEFT) - 3 },
    { dx: 1.5, dy: 1.2 },
  )
  label(doc, 'SIGNED', FRAME_LEFT, 60, { size: 5.5 }, { dx: 1.5, dy: 4 })
  label(doc, 'DATE', 8.5, 60, { size: 5.5 }, { dy: 4 })
}

/** SIGNED and the line a signature sits on. */
function signedLine(doc: Doc, b: number, line: number, from: number, to: number): void {
  label(doc, 'SIGNED', b, line - 1, { size: 5.5 }, { dx: 1.5, dy: 4 })
  hRule(doc, from, to, line, 0.5)
}

function drawDiagnosisBox(doc: Doc): void {
  const caption = '21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY'
  const after = labelWidth(doc, caption) + 5
  label(
    doc,
    'Relate A-L to service line below (24E)',
    FRAME_LEFT,
    36,
    { size: 5 },
    {
      dx: 1.5 + after,
      dy: 1.4,
    },
  )
  const ind = FIELDS.icdIndicator
  label(doc, 'ICD Ind.', ind.col - 1, ind.line - 1, { size: 5 }, { dx: -20, dy: 4 })
  doc.lineWidth(0.5).strokeColor(RED)
  doc.rect(columnX(ind.col) - 0.5, lineTop(ind.line) + 1.5, CHAR_PT + 1, 9.5).stroke()
  for (let i = 0; i < 12; i++) {
    const spec = diagnosisField(i)
    const letter = String.fromCharCode(65 + i)
    label(doc, `${letter}.`, spec.col - 3, spec.line - 1, { size: 6 }, { dx: 3, dy: 4 })
    hRule(doc, spec.col - 1.3, Math.min(spec.col - 1 + spec.width + 1.5, MID - 0.3), spec.line, 0.5)
  }
}
