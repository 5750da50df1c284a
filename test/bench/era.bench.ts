/**
 * 835 posting on a practice of 200 fake patients with submitted claims of 3 lines:
 * - era.post_10k_claims_ms: one 835 answering 10,000 claims (30,000 service lines) read,
 *   balance-checked and posted through the inbox, as `era import` does. Three such files, each
 *   answering its own 10,000 claims, are posted one after the other in the same open store, as an
 *   office posts the day's ERAs; the median is printed, and each run beside it. Posting
 *   the same file twice is refused by design, so no file is posted again.
 * - era.parse_vs_node_x12_ratio: our read835 time ÷ node-x12's X12Parser.parse on the same
 *   file (best of 7 each); lower is better.
 */
import { X12Parser } from 'node-x12'
import { importInbound } from '../../src/main/inbox/process'
import { PROCESSORS } from '../../src/main/inbox/processors'
import { checkpointNow } from '../../src/main/store/checkpoints'
import { read835 } from '../../src/main/x12/read835'
import { claimOf, write835, type EraLine } from '../support/era835'
import { benchPractice } from './support/billed-practice'

type Report = (name: string, value: number, unit: string) => void

const PATIENTS = 200
const CLAIMS = 10_000
const FILES = 3

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

export async function run(report: Report): Promise<void> {
  const p = await benchPractice('era', {
    patients: PATIENTS,
    fees: [
      ['99213', 12500],
      ['36415', 2500],
      ['82947', 4550],
    ],
  })
  const { db, actor } = p
  try {
    p.bill(CLAIMS * FILES, [
      { code: '99213', units: 1, chargeCents: 12500, pointers: [1, 2] },
      { code: '82947', units: 1, chargeCents: 4550, pointers: [1] },
      { code: '36415', units: 1, chargeCents: 2500, pointers: [1] },
    ])
    db.prepare("UPDATE claims SET status = 'submitted'").run()

    // Each 835: every line paid 80%, the rest CO-45, PR-2 on the office visit.
    const claims = db
      .prepare(
        'SELECT id, patient_control_number AS pcn, date_of_service AS dos FROM claims ORDER BY id',
      )
      .all() as { id: number; pcn: string; dos: string }[]
    const lineStmt = db.prepare(
      'SELECT code, modifiers, charge_cents, line_control_number FROM claim_lines WHERE claim_id = ? ORDER BY line_no',
    )
    const eraOf = (batch: typeof claims) =>
      batch.map((c) => {
        const lines = (
          lineStmt.all(c.id) as {
            code: string
            modifiers: string
            charge_cents: number
            line_control_number: string
          }[]
        ).map((r, i): EraLine => {
          const paid = Math.round((r.charge_cents * 8) / 10)
          const pr = i === 0 ? 1000 : 0
          return {
            code: r.code,
            modifiers: JSON.parse(r.modifiers) as string[],
            chargeCents: r.charge_cents,
            paidCents: paid - pr,
            adjustments: [
              { group: 'CO', reason: '45', amountCents: r.charge_cents - paid },
              ...(pr ? [{ group: 'PR' as const, reason: '2', amountCents: pr }] : []),
            ],
            lineControlNumber: r.line_control_number,
            date: c.dos,
          }
        })
        return claimOf(c.pcn, '1', lines)
      })
    const texts = Array.from({ length: FILES }, (_, f) =>
      write835({
        trace: `BENCH000${f + 1}`,
        claims: eraOf(claims.slice(f * CLAIMS, (f + 1) * CLAIMS)),
      }),
    )
    const text = texts[0]!

    // Parse only, ours vs node-x12.
    const ours: number[] = []
    const theirs: number[] = []
    for (let i = 0; i < 7; i++) {
      let start = process.hrtime.bigint()
      read835(text)
      ours.push(Number(process.hrtime.bigint() - start) / 1e6)
      start = process.hrtime.bigint()
      new X12Parser(true).parse(text)
      theirs.push(Number(process.hrtime.bigint() - start) / 1e6)
    }

    const posts: number[] = []
    const cpu: number[] = []
    const checkpoints: number[] = []
    for (const [f, file] of texts.entries()) {
      // As in the office between two requests: the log of what came before copied into the file.
      checkpointNow(db)
      const bytes = Buffer.from(file, 'latin1')
      const start = process.hrtime.bigint()
      const cpuStart = process.cpuUsage()
      const r = importInbound(
        db,
        PROCESSORS,
        { bytes, name: `bench-${f + 1}.835`, source: 'manual' },
        actor,
      )
      posts.push(Number(process.hrtime.bigint() - start) / 1e6)
      const used = process.cpuUsage(cpuStart)
      cpu.push((used.user + used.system) / 1000)
      if (r.file.status !== 'processed') throw new Error(`835 not posted: ${r.file.outcome}`)
      // The copy of this posting's log into the database file, which the office makes after the
      // answer has gone (store/checkpoints.ts): not waited for, but work all the same.
      const checkpointStart = process.hrtime.bigint()
      checkpointNow(db)
      checkpoints.push(Number(process.hrtime.bigint() - checkpointStart) / 1e6)
    }
    report('era.post_10k_claims_ms', Math.round(median(posts)), 'ms')
    console.log(`era: the three postings took ${posts.map(Math.round).join(' / ')} ms`)
    // The same postings in CPU time: on a shared machine the wall clock also counts the waiting.
    report('era.post_10k_claims_cpu_ms', Math.round(median(cpu)), 'ms')
    report('era.checkpoint_after_ms', Math.round(median(checkpoints)), 'ms')
    // Best of 7 each: on a shared machine the minimum is the least disturbed run.
    report('era.parse_vs_node_x12_ratio', Math.min(...ours) / Math.min(...theirs), 'ratio')
  } finally {
    p.close()
  }
}
