/** Box 21 (diagnoses), box 24 (service lines) and the page's own totals in boxes 28 and 29. */
import { addCents, type Cents } from '../../../shared/money'
import { dateParts, diagnosisCode, moneyParts, ndcQuantity } from './format'
import { diagnosisField, FIELDS, rowField, type FieldSpec, type RowFieldId } from './layout'
import type { Cms1500Claim, Cms1500Line } from './model'
import { Cms1500Error, type Sheet } from './sheet'

/** The letters of box 21; box 24E points at diagnoses by them. */
const LETTERS = 'ABCDEFGHIJKL'
const MAX_DIAGNOSES = LETTERS.length
const MAX_POINTERS = 4
const MAX_MODIFIERS = 4

/** Refuses a claim the form cannot carry, naming the box and line so the biller can fix it. */
export function checkServiceLines(claim: Cms1500Claim): void {
  if (claim.lines.length === 0) throw new Cms1500Error('The claim has no service lines to print')
  const count = claim.diagnoses.length
  if (count > MAX_DIAGNOSES) {
    throw new Cms1500Error(`Box 21 holds ${MAX_DIAGNOSES} diagnoses; the claim has ${count}`)
  }
  claim.lines.forEach((line, i) => {
    const n = i + 1
    if (line.diagnosisPointers.length === 0 || line.diagnosisPointers.length > MAX_POINTERS) {
      throw new Cms1500Error(`Line ${n}: box 24E needs 1 to ${MAX_POINTERS} diagnosis pointers`)
    }
    for (const p of line.diagnosisPointers) {
      if (!Number.isInteger(p) || p < 1 || p > count) {
        throw new Cms1500Error(
          `Line ${n}: diagnosis pointer ${p} is not one of the claim's ${count} diagnoses in box 21`,
        )
      }
    }
    if ((line.modifiers ?? []).length > MAX_MODIFIERS) {
      throw new Cms1500Error(`Line ${n}: box 24D holds ${MAX_MODIFIERS} modifiers`)
    }
    if (!Number.isInteger(line.units) || line.units < 1 || line.units > 9999) {
      throw new Cms1500Error(`Line ${n}: units in box 24G must be a whole number from 1 to 9999`)
    }
  })
}

export function fillDiagnoses(sheet: Sheet, claim: Cms1500Claim): void {
  claim.diagnoses.forEach((code, i) => {
    sheet.putAt(`21.${LETTERS[i]}`, diagnosisField(i), diagnosisCode(code), 'diagnosis code')
  })
}

/** Box 28's dollar and cent cells together: where a continued form's CONTINUED goes. */
const CONTINUED: FieldSpec = {
  ...FIELDS.totalDollars,
  align: undefined,
  width: FIELDS.totalCents.col + FIELDS.totalCents.width - FIELDS.totalDollars.col,
}

/**
 * One page's service lines (at most 6). On the last page (`whole` given) box 28 totals every line
 * of the claim and box 29 shows what was paid; any earlier page says CONTINUED in box 28.
 */
export function fillServicePage(
  sheet: Sheet,
  lines: Cms1500Line[],
  firstLineNumber: number,
  whole: Pick<Cms1500Claim, 'lines' | 'amountPaidCents'> | null,
): Cents | null {
  lines.forEach((line, i) => fillRow(sheet, i + 1, firstLineNumber + i, line))
  if (!whole) {
    sheet.putAt('totalContinued', CONTINUED, 'CONTINUED')
    return null
  }
  const total = addCents(...whole.lines.map((line) => line.chargeCents))
  putMoney(sheet, '28', total, 'totalDollars', 'totalCents')
  if (whole.amountPaidCents !== undefined) {
    putMoney(sheet, '29', whole.amountPaidCents, 'paidDollars', 'paidCents')
  }
  return total
}

function putMoney(
  sheet: Sheet,
  boxNumber: string,
  amount: Cents,
  dollarsId: 'totalDollars' | 'paidDollars',
  centsId: 'totalCents' | 'paidCents',
): void {
  const { dollars, cents } = moneyParts(amount)
  sheet.put(dollarsId, dollars, `amount in box ${boxNumber}`)
  sheet.put(centsId, cents)
}

function fillRow(sheet: Sheet, row: number, lineNumber: number, line: Cms1500Line): void {
  const put = (id: RowFieldId, text: string, identifier?: string) =>
    sheet.putAt(`24.${row}.${id}`, rowField(row, id), text, identifier)
  const from = dateParts(line.from, 2)
  // NUCC 24A: with one date of service, the From date is re-entered under To.
  const to = dateParts(line.to ?? line.from, 2)
  put('fromMonth', from.month)
  put('fromDay', from.day)
  put('fromYear', from.year)
  put('toMonth', to.month)
  put('toDay', to.day)
  put('toYear', to.year)
  put('placeOfService', line.placeOfService, `line ${lineNumber} place of service`)
  if (line.emergency) put('emergency', 'Y')
  put('procedure', line.procedureCode, `line ${lineNumber} procedure code`)
  const modifierIds = ['modifier1', 'modifier2', 'modifier3', 'modifier4'] as const
  ;(line.modifiers ?? []).forEach((m, i) => put(modifierIds[i]!, m, `line ${lineNumber} modifier`))
  // NUCC 24E: the letters, primary first, with no commas or spaces between them.
  put('pointers', line.diagnosisPointers.map((p) => LETTERS[p - 1]).join(''))
  const { dollars, cents } = moneyParts(line.chargeCents)
  put('chargeDollars', dollars, `line ${lineNumber} charge`)
  put('chargeCents', cents)
  // NUCC 24G: units left justified, no leading zeros.
  put('units', String(line.units))
  put('renderingNpi', line.renderingNpi ?? '', `line ${lineNumber} rendering NPI`)
  if (line.ndc) {
    const code = line.ndc.code.replace(/\D/g, '')
    if (code.length !== 11) {
      throw new Cms1500Error(`Line ${lineNumber}: the NDC must be 11 digits (5-4-2)`)
    }
    put('ndc', `N4${code}`)
    put(
      'ndcQuantity',
      line.ndc.unit + ndcQuantity(line.ndc.quantity),
      `line ${lineNumber} NDC quantity`,
    )
  }
}
