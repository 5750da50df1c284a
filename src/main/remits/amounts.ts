/**
 * A claim's money as the ledger has it, per line: charged, paid by insurance, contractual,
 * patient responsibility, other adjustments and what the payer still owes — each a sum of
 * ledger lines, with the CARCs the payer gave (explained from the imported CARC list).
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import { allRows, firstRow, storeQuery } from '../store/sync-query'
import { loadClaim } from './match'

export interface AdjustmentReason {
  group: string
  reason: string
  amountCents: number
  description: string
}

export interface LineAmounts {
  lineNo: number
  code: string
  modifiers: string[]
  chargeCents: number
  insurancePaidCents: number
  contractualCents: number
  patientResponsibilityCents: number
  otherAdjustmentCents: number
  balanceCents: number
  carcs: string[]
  adjustments: AdjustmentReason[]
}

export interface ClaimAmounts extends Omit<LineAmounts, 'lineNo' | 'code' | 'modifiers'> {
  claimId: number
  patientControlNumber: string
  status: string
  outcome: string | null
  payerClaimNumber: string | null
  crossedOver: boolean
  lines: LineAmounts[]
}

export function claimAmounts(db: Database.Database, claimId: number): ClaimAmounts {
  const claim = loadClaim(db, claimId)
  if (!claim) throw new DomainError('not_found', `There is no claim #${claimId}.`, 'claimId')
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('claims')
      .select(['outcome', 'payer_claim_control_number'])
      .where('id', '=', claimId),
  )
  const entries = allRows(
    db,
    storeQuery
      .selectFrom('ledger_entries')
      .select(['kind', 'line_no', 'claim_id', 'insurance_cents', 'group_code', 'reason_code'])
      .where('visit_id', '=', claim.visitId),
  )
  const lastRemit = firstRow(
    db,
    storeQuery
      .selectFrom('remit_claims')
      .select('payer_claim_number')
      .where('claim_id', '=', claimId)
      .where('payer_claim_number', '!=', '')
      .orderBy('id', 'desc'),
  )
  const lines: LineAmounts[] = claim.lines.map((l) => {
    const a = empty(l.lineNo, l.code, l.modifiers)
    for (const e of entries) {
      if (e.line_no !== l.visitLineNo) continue
      // Charges and the lines' balance are the visit line's; payments and adjustments count
      // only when this claim's payer made them.
      if (e.kind === 'charge') {
        a.chargeCents += e.insurance_cents
        a.balanceCents += e.insurance_cents
        continue
      }
      if (e.claim_id !== claimId) {
        a.balanceCents += e.insurance_cents
        continue
      }
      add(a, e)
    }
    return a
  })
  const describe = carcDescriber(db)
  for (const l of lines) {
    l.adjustments = l.adjustments
      .filter((x) => x.amountCents !== 0)
      .map((x) => ({ ...x, description: describe(x.reason) }))
    l.carcs = l.adjustments.map((x) => `${x.group}-${x.reason}`)
  }
  const total = (k: keyof LineAmounts) => lines.reduce((s, l) => s + (l[k] as number), 0)
  const crossed = firstRow(
    db,
    storeQuery.selectFrom('claim_crossovers').select('claim_id').where('claim_id', '=', claimId),
  )
  return {
    claimId,
    patientControlNumber: claim.patientControlNumber,
    status: claim.status,
    outcome: row?.outcome ?? null,
    payerClaimNumber: row?.payer_claim_control_number ?? lastRemit?.payer_claim_number ?? null,
    crossedOver: crossed !== undefined,
    chargeCents: total('chargeCents'),
    insurancePaidCents: total('insurancePaidCents'),
    contractualCents: total('contractualCents'),
    patientResponsibilityCents: total('patientResponsibilityCents'),
    otherAdjustmentCents: total('otherAdjustmentCents'),
    balanceCents: total('balanceCents'),
    carcs: [...new Set(lines.flatMap((l) => l.carcs))],
    adjustments: lines.flatMap((l) => l.adjustments),
    lines,
  }
}

function empty(lineNo: number, code: string, modifiers: string[]): LineAmounts {
  return {
    lineNo,
    code,
    modifiers,
    chargeCents: 0,
    insurancePaidCents: 0,
    contractualCents: 0,
    patientResponsibilityCents: 0,
    otherAdjustmentCents: 0,
    balanceCents: 0,
    carcs: [],
    adjustments: [],
  }
}

function add(
  a: LineAmounts,
  e: {
    kind: string
    insurance_cents: number
    group_code: string | null
    reason_code: string | null
  },
): void {
  const amount = -e.insurance_cents
  a.balanceCents += e.insurance_cents
  if (e.kind === 'insurance_payment') a.insurancePaidCents += amount
  else if (e.kind === 'contractual') a.contractualCents += amount
  else if (e.kind === 'patient_responsibility') a.patientResponsibilityCents += amount
  else if (e.kind === 'other_adjustment') a.otherAdjustmentCents += amount
  if (e.group_code && e.reason_code) {
    const found = a.adjustments.find((x) => x.group === e.group_code && x.reason === e.reason_code)
    if (found) found.amountCents += amount
    else
      a.adjustments.push({
        group: e.group_code,
        reason: e.reason_code,
        amountCents: amount,
        description: '',
      })
  }
}

/** CARC descriptions from the imported code list (the newest version of each code). */
export function carcDescriber(db: Database.Database): (code: string) => string {
  const cache = new Map<string, string>()
  return (code) => {
    let d = cache.get(code)
    if (d === undefined) {
      d =
        firstRow(
          db,
          storeQuery
            .selectFrom('codes')
            .select('long_description')
            .where('list', '=', 'carc')
            .where('code', '=', code)
            .orderBy('effective_date', 'desc'),
        )?.long_description ?? ''
      cache.set(code, d)
    }
    return d
  }
}
