/**
 * The demo's clearinghouse and payers answer its batches with real files — 999, 277CA, 835 —
 * imported the way a downloaded file is (inbox → the processor for its kind). So every claim
 * state, payment and held-secondary release in the demo was reached as a user would reach it,
 * and a change to the readers or posting shows up in the demo too.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { batchFile } from '../claims/batch'
import { readClaim, readLines } from '../claims/records'
import { importInbound } from '../inbox/process'
import { PROCESSORS } from '../inbox/processors'
import { findClaimByControlNumber } from '../remits/match'
import { answer277ca, answer999, type AnsweredPatient } from './clearinghouse-answers'
import { claimOf, write835, type EraAdjustment, type EraClaim, type EraLine } from './payer-835'
import type { DemoMoment } from './timeline'

/** What a payer decided about one claim, in the demo's words. */
export type DemoDecision = 'paid' | 'partial' | 'denied'

export interface DemoRemit {
  claimId: number
  decision: DemoDecision
  /** The payer allows this share of each charge (the fee schedule's expected-allowed). */
  allowedPercent: number
}

const ccyymmdd = (iso: string) => iso.replace(/-/g, '')

export class DemoAnswers {
  private control = 900000001
  private trace = 1

  constructor(
    private readonly db: Database.Database,
    private readonly user: string,
  ) {}

  /** The clearinghouse's 999 for a batch: accepted, or its transaction sets rejected. */
  ack999(batchId: number, m: DemoMoment, reject: 'none' | 'all', name: string): void {
    const sent = batchFile(this.db, batchId).content
    const transactions = [...sent.matchAll(/~\s*ST\*837\*(\d+)\*/g)].map((t) => t[1]!)
    const text = answer999(sent, {
      date: ccyymmdd(m.today),
      controlNumber: this.control++,
      ...(reject === 'all' ? { rejectTransactions: transactions } : {}),
    })
    this.receive(name, text, m)
  }

  /** The payers' 277CAs for a batch, one file: accepted with their claim numbers, or returned. */
  ack277(
    batchId: number,
    m: DemoMoment,
    options: { reject: Record<string, string>; omit: string[] },
    payerClaimNumber: (pcn: string) => string,
    name: string,
  ): void {
    const sent = batchFile(this.db, batchId).content
    const text = answer277ca(sent, {
      date: ccyymmdd(m.today),
      controlNumber: this.control++,
      reject: options.reject,
      omit: options.omit,
      acceptCode: 'A1:20',
      payerClaimNumber,
      patientOf: (pcn) => this.patientOf(pcn),
    })
    this.receive(name, text, m)
  }

  /** One 835 per payer, as payers send them, for the claims they decided. */
  remit(decisions: readonly DemoRemit[], m: DemoMoment, name: (n: number) => string): void {
    const byPayer = new Map<number, { payerName: string; claims: EraClaim[] }>()
    for (const d of decisions) {
      const claim = readClaim(this.db, d.claimId)
      const entry = byPayer.get(claim.payerId) ?? {
        payerName: claim.data.payer.record.name,
        claims: [],
      }
      entry.claims.push(this.eraClaimOf(d))
      byPayer.set(claim.payerId, entry)
    }
    for (const { payerName, claims } of byPayer.values()) {
      const trace = `DEMOEFT${String(this.trace).padStart(6, '0')}`
      const text = write835(
        { trace, payerName: payerName.toUpperCase(), paymentDate: m.today, claims },
        this.trace,
      )
      this.receive(name(this.trace++), text, m)
    }
  }

  private eraClaimOf(d: DemoRemit): EraClaim {
    const claim = readClaim(this.db, d.claimId)
    const billed = readLines(this.db, d.claimId)
    const lines: EraLine[] = billed.map((line, i) => ({
      code: line.code,
      modifiers: line.modifiers,
      chargeCents: line.chargeCents,
      // A partial payment: the last of several lines is not covered, the rest go to deductible.
      ...lineDecision(
        line.chargeCents,
        d.decision === 'partial' && billed.length > 1 && i === billed.length - 1
          ? { ...d, decision: 'denied' }
          : d,
      ),
      lineControlNumber: line.lineControlNumber,
      date: claim.dateOfService,
    }))
    const era = claimOf(
      claim.patientControlNumber,
      d.decision === 'denied' ? '4' : '1',
      lines,
      payerClaimNumberOf(claim.id),
    )
    return { ...era, patient: this.patientOf(claim.patientControlNumber) }
  }

  private patientOf(pcn: string): AnsweredPatient | undefined {
    const found = findClaimByControlNumber(this.db, pcn)
    if (!found) return undefined
    const { data } = readClaim(this.db, found.id)
    return {
      lastName: data.patient.record.lastName.toUpperCase(),
      firstName: data.patient.record.firstName.toUpperCase(),
      memberId: data.coverage.record.memberId,
    }
  }

  private receive(name: string, text: string, m: DemoMoment): void {
    const { file } = importInbound(
      this.db,
      PROCESSORS,
      { bytes: new TextEncoder().encode(text), name, source: 'demo' },
      { user: this.user, at: m.at },
    )
    // The demo's own answers must apply: a refusal here is a bug in the demo or in the reader.
    if (file.status !== 'processed') {
      throw new Error(`The demo's ${name} was ${file.status}: ${file.outcome}`)
    }
  }
}

/** The payer's own claim number: made up, and says so. */
export const payerClaimNumberOf = (claimId: number) => `FAKEICN${String(claimId).padStart(8, '0')}`

/**
 * One line's answer: the contractual write-down to the allowed amount (CO-45), then the
 * patient's coinsurance (PR-2, paid) or deductible (PR-1, partial); a denial adjusts the whole
 * charge (CO-50, not medically necessary).
 */
function lineDecision(
  charge: number,
  d: DemoRemit,
): { paidCents: number; adjustments: EraAdjustment[] } {
  if (d.decision === 'denied') {
    return { paidCents: 0, adjustments: [{ group: 'CO', reason: '50', amountCents: charge }] }
  }
  const allowed = Math.round((charge * d.allowedPercent) / 100)
  const paid = Math.round((allowed * (d.decision === 'paid' ? 80 : 35)) / 100)
  const adjustments: EraAdjustment[] = [
    { group: 'CO', reason: '45', amountCents: charge - allowed },
    { group: 'PR', reason: d.decision === 'paid' ? '2' : '1', amountCents: allowed - paid },
  ]
  return { paidCents: paid, adjustments: adjustments.filter((a) => a.amountCents > 0) }
}
