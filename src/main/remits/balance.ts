/**
 * An 835 must add up before a cent of it is posted (005010X221A1 1.10.2.1): per service line
 * SVC02 − ΣCAS = SVC03; per claim CLP03 − Σ(claim and line CAS) = CLP04; per transaction
 * ΣCLP04 − ΣPLB = BPR02. We never invent an adjustment to force a balance: an unbalanced
 * transaction is refused with its numbers.
 */
import { formatCents, type Cents } from '../../shared/money'
import type { RemitTransaction } from '../x12/read835'

const $ = (c: number) => formatCents(c as Cents)

/** Every way the transaction fails to balance, in plain English; empty when it balances. */
export function balanceProblems(tx: RemitTransaction): string[] {
  const problems: string[] = []
  let paid = 0
  for (const claim of tx.claims) {
    paid += claim.paidCents
    let adjusted = sum(claim.adjustments)
    claim.lines.forEach((line, i) => {
      const lineAdjusted = sum(line.adjustments)
      adjusted += lineAdjusted
      if (line.chargeCents - lineAdjusted !== line.paidCents) {
        problems.push(
          `Claim ${claim.patientControlNumber}, line ${i + 1} (${line.code}, segment ${line.segment}): ` +
            `charge ${$(line.chargeCents)} − adjustments ${$(lineAdjusted)} = ` +
            `${$(line.chargeCents - lineAdjusted)}, but the payer says it paid ${$(line.paidCents)}.`,
        )
      }
    })
    if (claim.chargeCents - adjusted !== claim.paidCents) {
      problems.push(
        `Claim ${claim.patientControlNumber} (segment ${claim.segment}): charge ` +
          `${$(claim.chargeCents)} − adjustments ${$(adjusted)} = ${$(claim.chargeCents - adjusted)}, ` +
          `but the payer says it paid ${$(claim.paidCents)}.`,
      )
    }
  }
  const plb = tx.providerAdjustments.reduce((s, a) => s + a.amountCents, 0)
  if (paid - plb !== tx.paymentCents) {
    problems.push(
      `The claims paid ${$(paid)} − provider adjustments ${$(plb)} = ${$(paid - plb)}, ` +
        `but the payment (BPR02) is ${$(tx.paymentCents)}.`,
    )
  }
  return problems
}

function sum(adjustments: readonly { amountCents: number }[]): number {
  let s = 0
  for (const a of adjustments) s += a.amountCents
  return s
}
