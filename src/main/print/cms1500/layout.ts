/**
 * Every box and every field of the CMS-1500 (02/12), once, in the form's character grid (see
 * grid.ts). The drawn form (fullForm.ts) strokes these boxes; both outputs print data at these
 * fields, so the full form and the data-only overlay cannot disagree.
 *
 * Field columns follow the 10-cpi positions open-source 1500 printers use for the red form.
 */
import { cellsRect, type GridRect } from './grid'

/** The frame's left and right edges: half a cell outside columns 1 and 79. */
export const FRAME_LEFT = -0.5
export const FRAME_RIGHT = 79.5
/** Line boundaries of the frame: box 1 starts on line 7, boxes 31–33 end on line 61. */
export const FRAME_TOP = 6
export const FRAME_BOTTOM = 61
/** Between box 13 and box 14 the form turns from patient/insured to physician/supplier. */
export const SECTION_BREAK = 30

/**
 * The form's long vertical rule between the patient's boxes and the insured's (1a, 4, 7, 11, 22,
 * 28, 33): half a cell before column 50, where the insured's data starts.
 */
export const MID = 48.5

const L = FRAME_LEFT
const R = FRAME_RIGHT
const M = MID

export interface BoxSpec {
  /** Printed small at the box's top-left; an empty caption is drawn by fullForm.ts itself. */
  caption: string
  rect: GridRect
  /** The carrier block and sub-areas of box 10 are areas, not ruled boxes. */
  ruled?: false
  shaded?: true
}

function box(caption: string, left: number, top: number, right: number, bottom: number): BoxSpec {
  return { caption, rect: { left, top, right, bottom } }
}

export const BOXES = {
  carrier: { caption: '', rect: { left: 40, top: 0, right: R, bottom: 5 }, ruled: false },
  '1': box('1.', L, 6, M, 8),
  '1a': box("1a. INSURED'S I.D. NUMBER", M, 6, R, 8),
  '2': box("2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", L, 8, 29, 10),
  '3': box("3. PATIENT'S BIRTH DATE", 29, 8, M, 10),
  '4': box("4. INSURED'S NAME (Last Name, First Name, Middle Initial)", M, 8, R, 10),
  '5': box("5. PATIENT'S ADDRESS (No., Street)", L, 10, 29, 12),
  '5city': box('CITY', L, 12, 24, 14),
  '5state': box('STATE', 24, 12, 29, 14),
  '5zip': box('ZIP CODE', L, 14, 12, 16),
  '5phone': box('TELEPHONE (Include Area Code)', 12, 14, 29, 16),
  '6': box('6. PATIENT RELATIONSHIP TO INSURED', 29, 10, M, 12),
  '7': box("7. INSURED'S ADDRESS (No., Street)", M, 10, R, 12),
  '7city': box('CITY', M, 12, 72, 14),
  '7state': box('STATE', 72, 12, R, 14),
  '7zip': box('ZIP CODE', M, 14, 62, 16),
  '7phone': box('TELEPHONE (Include Area Code)', 62, 14, R, 16),
  '8': box('8. RESERVED FOR NUCC USE', 29, 12, M, 16),
  '9': box("9. OTHER INSURED'S NAME (Last Name, First Name, Middle Initial)", L, 16, 29, 18),
  '9a': box("a. OTHER INSURED'S POLICY OR GROUP NUMBER", L, 18, 29, 20),
  '9b': box('b. RESERVED FOR NUCC USE', L, 20, 29, 22),
  '9c': box('c. RESERVED FOR NUCC USE', L, 22, 29, 24),
  '9d': box('d. INSURANCE PLAN NAME OR PROGRAM NAME', L, 24, 29, 26),
  '10': box("10. IS PATIENT'S CONDITION RELATED TO:", 29, 16, M, 24),
  '10a': { ...box('a. EMPLOYMENT? (Current or Previous)', 29, 18, M, 20), ruled: false },
  '10b': { ...box('b. AUTO ACCIDENT?', 29, 20, M, 22), ruled: false },
  '10c': { ...box('c. OTHER ACCIDENT?', 29, 22, M, 24), ruled: false },
  '10d': box('10d. CLAIM CODES (Designated by NUCC)', 29, 24, M, 26),
  '11': box("11. INSURED'S POLICY GROUP OR FECA NUMBER", M, 16, R, 18),
  '11a': box("a. INSURED'S DATE OF BIRTH", M, 18, R, 20),
  '11b': box('b. OTHER CLAIM ID (Designated by NUCC)', M, 20, R, 22),
  '11c': box('c. INSURANCE PLAN NAME OR PROGRAM NAME', M, 22, R, 24),
  '11d': box('d. IS THERE ANOTHER HEALTH BENEFIT PLAN?', M, 24, R, 26),
  '12': box('', L, 26, M, 30),
  '13': box('', M, 26, R, 30),
  '14': box('14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)', L, 30, 29, 32),
  '15': box('15. OTHER DATE', 29, 30, M, 32),
  '16': box('16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION', M, 30, R, 32),
  '17': box('17. NAME OF REFERRING PROVIDER OR OTHER SOURCE', L, 32, 29, 34),
  '17a': { ...box('17a.', 29, 32, M, 33), shaded: true },
  '17b': box('17b.', 29, 33, M, 34),
  '18': box('18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES', M, 32, R, 34),
  '19': box('19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)', L, 34, M, 36),
  '20': box('20. OUTSIDE LAB?', M, 34, R, 36),
  '21': box('21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY', L, 36, M, 40),
  '22': box('22. RESUBMISSION CODE', M, 36, R, 38),
  '23': box('23. PRIOR AUTHORIZATION NUMBER', M, 38, R, 40),
  '24': box('', L, 40, R, 54),
  '25': box('25. FEDERAL TAX I.D. NUMBER', L, 54, 21, 56),
  '26': box("26. PATIENT'S ACCOUNT NO.", 21, 54, 36.3, 56),
  '27': box('27. ACCEPT ASSIGNMENT?', 36.3, 54, M, 56),
  '28': box('28. TOTAL CHARGE', M, 54, 60, 56),
  '29': box('29. AMOUNT PAID', 60, 54, 70, 56),
  '30': box('30. Rsvd for NUCC Use', 70, 54, R, 56),
  '31': box('', L, 56, 21, 61),
  '32': box('32. SERVICE FACILITY LOCATION INFORMATION', 21, 56, M, 60),
  '32a': box('', 21, 60, 34, 61),
  '32b': { ...box('', 34, 60, M, 61), shaded: true },
  '33': box('33. BILLING PROVIDER INFO & PH #', M, 56, R, 60),
  '33a': box('', M, 60, 61, 61),
  '33b': { ...box('', 61, 60, R, 61), shaded: true },
} satisfies Record<string, BoxSpec>
export type BoxId = keyof typeof BOXES

export function boxRect(id: BoxId): GridRect {
  return BOXES[id].rect
}

/**
 * Box 24's columns A–J, as column boundaries. A rule sits a little before the cell where a
 * column's data starts, so the first character never touches it.
 */
export const SERVICE_COLUMNS = {
  A: { left: L, right: 17.6 },
  B: { left: 17.6, right: 20.6 },
  C: { left: 20.6, right: 23.6 },
  D: { left: 23.6, right: 43.6 },
  E: { left: 43.6, right: M },
  F: { left: M, right: 57.6 },
  G: { left: 57.6, right: 62 },
  H: { left: 62, right: 64 },
  I: { left: 64, right: 66.6 },
  J: { left: 66.6, right: R },
} as const
export type ServiceColumn = keyof typeof SERVICE_COLUMNS

/** NUCC: six service lines a form; each has a shaded supplemental line above its own line. */
export const LINES_PER_PAGE = 6
export const SERVICE_HEADER_LINES = { first: 41, last: 42 } as const

/** The unshaded line of service row 1–6. */
export function serviceLine(row: number): number {
  return 42 + 2 * row
}

/** The shaded supplemental line above service row 1–6. */
export function supplementalLine(row: number): number {
  return 41 + 2 * row
}

/** One column of a service row's unshaded line. */
export function serviceCellRect(row: number, column: ServiceColumn): GridRect {
  const { left, right } = SERVICE_COLUMNS[column]
  const line = serviceLine(row)
  return { left, right, top: line - 1, bottom: line }
}

/** The shaded line of a service row over 24A–24H, where NUCC puts supplemental information. */
export function supplementalRect(row: number): GridRect {
  const line = supplementalLine(row)
  return { left: L, right: SERVICE_COLUMNS.H.right, top: line - 1, bottom: line }
}

export interface FieldSpec {
  box: BoxId
  line: number
  col: number
  /** Characters; longer text is cut or refused by the filler. */
  width: number
  /** NUCC: dollar amounts are right justified in the dollar area. */
  align?: 'right'
  /** A checkbox: one cell the filler marks with X; the full form draws its square. */
  check?: true
}

function field(box: BoxId, line: number, col: number, width: number): FieldSpec {
  return { box, line, col, width }
}

function check(box: BoxId, line: number, col: number): FieldSpec {
  return { box, line, col, width: 1, check: true }
}

function dollars(box: BoxId, line: number, col: number, width: number): FieldSpec {
  return { box, line, col, width, align: 'right' }
}

export const FIELDS = {
  carrier1: field('carrier', 2, 41, 38),
  carrier2: field('carrier', 3, 41, 38),
  carrier3: field('carrier', 4, 41, 38),
  carrier4: field('carrier', 5, 41, 38),
  typeMedicare: check('1', 8, 1),
  typeMedicaid: check('1', 8, 8),
  typeTricare: check('1', 8, 15),
  typeChampva: check('1', 8, 24),
  typeGroup: check('1', 8, 31),
  typeFeca: check('1', 8, 39),
  typeOther: check('1', 8, 45),
  insuredId: field('1a', 8, 50, 29),
  patientName: field('2', 10, 1, 28),
  patientDobMonth: field('3', 10, 31, 2),
  patientDobDay: field('3', 10, 34, 2),
  patientDobYear: field('3', 10, 37, 4),
  patientSexM: check('3', 10, 42),
  patientSexF: check('3', 10, 47),
  insuredName: field('4', 10, 50, 29),
  patientStreet: field('5', 12, 1, 28),
  patientCity: field('5city', 14, 1, 23),
  patientState: field('5state', 14, 26, 2),
  patientZip: field('5zip', 16, 1, 10),
  patientPhoneArea: field('5phone', 16, 15, 3),
  patientPhone: field('5phone', 16, 19, 7),
  relationSelf: check('6', 12, 33),
  relationSpouse: check('6', 12, 38),
  relationChild: check('6', 12, 42),
  relationOther: check('6', 12, 47),
  insuredStreet: field('7', 12, 50, 29),
  insuredCity: field('7city', 14, 50, 22),
  insuredState: field('7state', 14, 74, 2),
  insuredZip: field('7zip', 16, 50, 10),
  insuredPhoneArea: field('7phone', 16, 65, 3),
  insuredPhone: field('7phone', 16, 69, 7),
  otherInsuredName: field('9', 18, 1, 28),
  otherInsuredPolicy: field('9a', 20, 1, 28),
  otherInsuredPlan: field('9d', 26, 1, 28),
  employmentYes: check('10a', 20, 35),
  employmentNo: check('10a', 20, 41),
  autoAccidentYes: check('10b', 22, 35),
  autoAccidentNo: check('10b', 22, 41),
  autoAccidentState: field('10b', 22, 45, 2),
  otherAccidentYes: check('10c', 24, 35),
  otherAccidentNo: check('10c', 24, 41),
  insuredGroup: field('11', 18, 50, 29),
  insuredDobMonth: field('11a', 20, 53, 2),
  insuredDobDay: field('11a', 20, 56, 2),
  insuredDobYear: field('11a', 20, 59, 4),
  insuredSexM: check('11a', 20, 68),
  insuredSexF: check('11a', 20, 75),
  insuredPlan: field('11c', 24, 50, 29),
  anotherPlanYes: check('11d', 26, 52),
  anotherPlanNo: check('11d', 26, 57),
  patientSignature: field('12', 30, 7, 24),
  insuredSignature: field('13', 30, 55, 24),
  illnessMonth: field('14', 32, 2, 2),
  illnessDay: field('14', 32, 5, 2),
  illnessYear: field('14', 32, 8, 4),
  illnessQualifier: field('14', 32, 16, 3),
  otherDateQualifier: field('15', 32, 31, 3),
  otherDateMonth: field('15', 32, 37, 2),
  otherDateDay: field('15', 32, 40, 2),
  otherDateYear: field('15', 32, 43, 4),
  unableFromMonth: field('16', 32, 54, 2),
  unableFromDay: field('16', 32, 57, 2),
  unableFromYear: field('16', 32, 60, 4),
  unableToMonth: field('16', 32, 68, 2),
  unableToDay: field('16', 32, 71, 2),
  unableToYear: field('16', 32, 74, 4),
  referringQualifier: field('17', 34, 1, 2),
  referringName: field('17', 34, 4, 25),
  referringNpi: field('17b', 34, 33, 10),
  hospitalFromMonth: field('18', 34, 54, 2),
  hospitalFromDay: field('18', 34, 57, 2),
  hospitalFromYear: field('18', 34, 60, 4),
  hospitalToMonth: field('18', 34, 68, 2),
  hospitalToDay: field('18', 34, 71, 2),
  hospitalToYear: field('18', 34, 74, 4),
  additionalInfo: field('19', 36, 1, 48),
  outsideLabYes: check('20', 36, 52),
  outsideLabNo: check('20', 36, 57),
  outsideLabDollars: dollars('20', 36, 63, 5),
  outsideLabCents: field('20', 36, 69, 2),
  icdIndicator: field('21', 37, 42, 1),
  resubmissionCode: field('22', 38, 50, 10),
  originalReference: field('22', 38, 62, 18),
  priorAuthorization: field('23', 40, 50, 29),
  taxId: field('25', 56, 1, 15),
  taxIdSsn: check('25', 56, 17),
  taxIdEin: check('25', 56, 19),
  accountNumber: field('26', 56, 23, 14),
  assignmentYes: check('27', 56, 38),
  assignmentNo: check('27', 56, 43),
  totalDollars: dollars('28', 56, 51, 6),
  totalCents: field('28', 56, 58, 2),
  paidDollars: dollars('29', 56, 62, 5),
  paidCents: field('29', 56, 68, 2),
  physicianSignature: field('31', 60, 1, 20),
  physicianDate: field('31', 61, 12, 8),
  facilityName: field('32', 58, 23, 26),
  facilityStreet: field('32', 59, 23, 26),
  facilityCity: field('32', 60, 23, 26),
  facilityNpi: field('32a', 61, 23, 10),
  billingPhoneArea: field('33', 57, 66, 3),
  billingPhone: field('33', 57, 70, 7),
  billingName: field('33', 58, 50, 29),
  billingStreet: field('33', 59, 50, 29),
  billingCity: field('33', 60, 50, 29),
  billingNpi: field('33a', 61, 51, 10),
} satisfies Record<string, FieldSpec>
export type FieldId = keyof typeof FIELDS

/** Box 21: diagnosis A–L, four to a line (A–D, E–H, I–L), each after its printed letter. */
export function diagnosisField(index: number): FieldSpec {
  return field('21', 38 + Math.floor(index / 4), 3 + 13 * (index % 4), 7)
}

export interface RowFieldSpec {
  column: ServiceColumn
  col: number
  width: number
  align?: 'right'
  /** On the shaded supplemental line rather than the service line. */
  shaded?: true
}

function cell(column: ServiceColumn, col: number, width: number): RowFieldSpec {
  return { column, col, width }
}

export const ROW_FIELDS = {
  fromMonth: cell('A', 1, 2),
  fromDay: cell('A', 4, 2),
  fromYear: cell('A', 7, 2),
  toMonth: cell('A', 10, 2),
  toDay: cell('A', 13, 2),
  toYear: cell('A', 16, 2),
  placeOfService: cell('B', 19, 2),
  emergency: cell('C', 22, 1),
  procedure: cell('D', 25, 6),
  modifier1: cell('D', 33, 2),
  modifier2: cell('D', 36, 2),
  modifier3: cell('D', 39, 2),
  modifier4: cell('D', 42, 2),
  pointers: cell('E', 45, 4),
  chargeDollars: { ...cell('F', 50, 5), align: 'right' },
  chargeCents: cell('F', 56, 2),
  units: cell('G', 59, 4),
  renderingNpi: cell('J', 68, 10),
  /** Shaded line (NUCC, Medicare): N4 and the 11-digit NDC in positions 1–13 … */
  ndc: { column: 'A', col: 1, width: 13, shaded: true },
  /** … the unit qualifier and quantity from position 17. */
  ndcQuantity: { column: 'A', col: 17, width: 12, shaded: true },
} satisfies Record<string, RowFieldSpec>
export type RowFieldId = keyof typeof ROW_FIELDS

/** A service row's field as a plain field on the page. */
export function rowField(row: number, id: RowFieldId): FieldSpec {
  const spec: RowFieldSpec = ROW_FIELDS[id]
  const line = spec.shaded ? supplementalLine(row) : serviceLine(row)
  return { box: '24', line, col: spec.col, width: spec.width, align: spec.align }
}

/** The cells a field occupies (before right alignment moves shorter text). */
export function fieldRect(spec: FieldSpec): GridRect {
  return cellsRect(spec.line, spec.col, spec.width)
}
