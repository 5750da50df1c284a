/**
 * 835 answers for claims in a test practice's database, written by the demo's payer (one 835
 * writer), so tests reach every remittance state through the same import path as a payer's
 * file. By default each line is paid 80% of its charge with the rest as CO-45; a test says
 * otherwise per line.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { claimOf, type EraClaim, type EraLine } from '../../src/main/demo/payer-835'

export * from '../../src/main/demo/payer-835'

interface LineRow {
  code: string
  modifiers: string
  charge_cents: number
  line_control_number: string
}

/** An 835 claim for one of our claims: every line answered by `pay` (default 80% paid, CO-45). */
export function eraClaim(
  db: Database.Database,
  claimId: number,
  options: {
    statusCode?: string
    payerClaimNumber?: string
    pay?: (line: EraLine, i: number) => Partial<EraLine>
  } = {},
): EraClaim {
  const claim = db
    .prepare(
      'SELECT patient_control_number AS pcn, date_of_service AS dos FROM claims WHERE id = ?',
    )
    .get(claimId) as { pcn: string; dos: string }
  const rows = db
    .prepare(
      'SELECT code, modifiers, charge_cents, line_control_number FROM claim_lines WHERE claim_id = ? ORDER BY line_no',
    )
    .all(claimId) as LineRow[]
  const lines = rows.map((r, i) => {
    const paid = Math.round((r.charge_cents * 8) / 10)
    const line: EraLine = {
      code: r.code,
      modifiers: JSON.parse(r.modifiers) as string[],
      chargeCents: r.charge_cents,
      paidCents: paid,
      adjustments: [{ group: 'CO', reason: '45', amountCents: r.charge_cents - paid }],
      lineControlNumber: r.line_control_number,
      date: claim.dos,
    }
    return { ...line, ...(options.pay?.(line, i) ?? {}) }
  })
  return claimOf(claim.pcn, options.statusCode ?? '1', lines, options.payerClaimNumber)
}
