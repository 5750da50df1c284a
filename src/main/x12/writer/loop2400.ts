import type { ClaimInformation, LineAdjudication837, ServiceLine837 } from '../claim837'
import { writeAdjustments } from './adjustments'
import { formatCents, formatQuantity, type WriteContext } from './elements'
import { date8 } from './loop2000b'
import { placeOfService } from './loop2300'
import { composite, type SegmentList } from './segments'

/** 2400 repeats at most 50 times per claim. */
export const MAX_LINES = 50

/** CPT (5 characters, digits or 4 digits and F/T/U) or HCPCS Level II (a letter and 4 digits). */
const PROCEDURE = /^(\d{4}[0-9FTU]|[A-Z]\d{4})$/
const MODIFIER = /^[0-9A-Z]{2}$/
const NDC_UNITS = new Set(['UN', 'ML', 'GR', 'F2', 'ME'])

function procedure(
  ctx: WriteContext,
  loop: string,
  element: string,
  code: string,
  modifiers: readonly string[] | undefined,
): string {
  const value = ctx.id(code, loop, `${element}-2`, 5, 5)
  if (!PROCEDURE.test(value)) ctx.fail(loop, `${element}-2`, 'is not a CPT or HCPCS code')
  const parts = ['HC', value]
  if (modifiers) {
    if (modifiers.length > 4) ctx.fail(loop, `${element}-7`, 'allows at most 4 modifiers')
    for (let i = 0; i < modifiers.length; i++) {
      const element_ = `${element}-${i + 3}`
      const modifier = ctx.id(modifiers[i], loop, element_, 2, 2)
      if (!MODIFIER.test(modifier)) ctx.fail(loop, element_, 'is not a 2-character modifier')
      parts.push(modifier)
    }
  }
  return composite(...parts)
}

function quantity(
  ctx: WriteContext,
  value: number,
  loop: string,
  element: string,
  allowZero = false,
): string {
  return formatQuantity(value, allowZero) ?? ctx.fail(loop, element, 'must be a positive quantity')
}

/** 2400 LX, SV1, DTP*472, REF*6R; 2410 LIN/CTP; 2430 SVD/CAS/DTP*573/AMT. */
export function writeServiceLine(
  out: SegmentList,
  ctx: WriteContext,
  number: number,
  line: ServiceLine837,
  claim: ClaimInformation,
  otherPayerIds: ReadonlySet<string>,
): void {
  out.add('LX', String(number))

  const pointers = line.diagnosisPointers
  if (pointers.length < 1 || pointers.length > 4) {
    ctx.fail('2400', 'SV107', `on line ${number} needs 1 to 4 diagnosis pointers`)
  }
  for (let i = 0; i < pointers.length; i++) {
    const p = pointers[i]!
    if (!Number.isInteger(p) || p < 1 || p > claim.diagnoses.length) {
      ctx.fail('2400', `SV107-${i + 1}`, `on line ${number} points to no diagnosis of the claim`)
    }
    if (pointers.indexOf(p) !== i) {
      ctx.fail('2400', `SV107-${i + 1}`, `on line ${number} repeats a diagnosis pointer`)
    }
  }
  const pos =
    line.placeOfService !== undefined && line.placeOfService !== claim.placeOfService
      ? placeOfService(ctx, line.placeOfService, '2400', 'SV105')
      : ''
  if (line.chargeCents < 0) ctx.fail('2400', 'SV102', `on line ${number} must not be negative`)
  out.add(
    'SV1',
    procedure(ctx, '2400', 'SV101', line.procedureCode, line.modifiers),
    formatCents(line.chargeCents),
    'UN',
    quantity(ctx, line.units, '2400', 'SV104'),
    pos,
    '',
    composite(...pointers.map(String)),
  )

  const from = date8(ctx, line.serviceDate, '2400', 'DTP03 (472)')
  if (line.serviceDateEnd !== undefined && line.serviceDateEnd !== line.serviceDate) {
    const to = date8(ctx, line.serviceDateEnd, '2400', 'DTP03 (472)')
    if (to < from) ctx.fail('2400', 'DTP03 (472)', `on line ${number} ends before it starts`)
    out.add('DTP', '472', 'RD8', `${from}-${to}`)
  } else {
    out.add('DTP', '472', 'D8', from)
  }

  const control = ctx.optionalId(line.lineItemControlNumber, '2400', 'REF02 (6R)', 1, 50)
  if (control) out.add('REF', '6R', control)

  if (line.drug) {
    const drug = line.drug
    // 2410 LIN03: the 11-digit NDC in 5-4-2 form, without hyphens.
    out.add('LIN', '', 'N4', ctx.digits(drug.ndc, '2410', 'LIN03', 11))
    if (!NDC_UNITS.has(drug.unit)) ctx.fail('2410', 'CTP05-1', 'must be UN, ML, GR, F2 or ME')
    out.add('CTP', '', '', '', quantity(ctx, drug.quantity, '2410', 'CTP04'), drug.unit)
  }

  if (line.adjudications) {
    for (const adjudication of line.adjudications) {
      writeAdjudication(out, ctx, number, line, adjudication, otherPayerIds)
    }
  }
}

function writeAdjudication(
  out: SegmentList,
  ctx: WriteContext,
  number: number,
  line: ServiceLine837,
  a: LineAdjudication837,
  otherPayerIds: ReadonlySet<string>,
): void {
  const payerId = ctx.id(a.otherPayerId, '2430', 'SVD01', 2, 80)
  if (!otherPayerIds.has(payerId)) {
    ctx.fail('2430', 'SVD01', `on line ${number} is not the payer ID of an other payer (2330B)`)
  }
  out.add(
    'SVD',
    payerId,
    formatCents(a.paidCents),
    procedure(
      ctx,
      '2430',
      'SVD03',
      a.procedureCode ?? line.procedureCode,
      a.procedureCode === undefined ? line.modifiers : a.modifiers,
    ),
    '',
    quantity(ctx, a.paidUnits, '2430', 'SVD05', true),
  )
  writeAdjustments(out, ctx, '2430', a.adjustments, 5)
  out.add('DTP', '573', 'D8', date8(ctx, a.adjudicatedOn, '2430', 'DTP03'))
  if (a.remainingPatientLiabilityCents !== undefined) {
    out.add('AMT', 'EAF', formatCents(a.remainingPatientLiabilityCents))
  }
}
