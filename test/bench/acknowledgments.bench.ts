/**
 * Acknowledgments throughput (group 'clearinghouse'): a practice of 200 fake patients with
 * 10,000 claims sent in one 837P batch, answered by the clearinghouse simulator with a 277CA
 * for every claim (one in twenty rejected).
 * - clearinghouse.import_277ca_10k_claims_ms: importInbound of that 277CA (store the file, read
 *   it, look up the claims by patient control number, record 10,000 answers, move 9,500 claims
 *   to acknowledged and 500 to payer_rejected with their history), median of 3 runs, each on
 *   fresh bytes with the claims set back to submitted (wall clock; also given in CPU time as
 *   clearinghouse.import_277ca_10k_claims_cpu_ms).
 */
import { makeBatch } from '../../src/main/claims'
import { importInbound } from '../../src/main/inbox/process'
import { PROCESSORS } from '../../src/main/inbox/processors'
import { answer277ca, read837 } from '../support/clearinghouse-simulator'
import { benchPractice } from './support/billed-practice'

type Report = (name: string, value: number, unit: string) => void

const PATIENTS = 200
const CLAIMS = Number(process.env.ACK_CLAIMS ?? 10_000)

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

export async function run(report: Report): Promise<void> {
  const p = await benchPractice('ack', { patients: PATIENTS, fees: [['99213', 12500]] })
  const { db, actor } = p
  try {
    p.bill(CLAIMS, [{ code: '99213', units: 1, chargeCents: 12500, pointers: [1, 2] }])
    db.prepare("UPDATE claims SET status = 'queued'").run()
    const batch = makeBatch(db, actor)
    if (batch.claimCount !== CLAIMS) throw new Error(`batch had ${batch.claimCount} claims`)
    const content = (
      db.prepare('SELECT content FROM batches WHERE id = ?').get(batch.batchId) as {
        content: string
      }
    ).content
    const pcns = read837(content).transactions.flatMap((t) =>
      t.claims.map((c) => c.patientControlNumber),
    )
    const reject = Object.fromEntries(
      pcns.filter((_, i) => i % 20 === 0).map((pcn) => [pcn, 'A7:562:85']),
    )

    const times: number[] = []
    const cpu: number[] = []
    for (let run = 0; run < 3; run++) {
      db.prepare("UPDATE claims SET status = 'submitted', payer_claim_control_number = NULL").run()
      db.prepare('DELETE FROM acknowledgments').run()
      const text = answer277ca(content, { reject, controlNumber: 800000000 + run })
      const start = process.hrtime.bigint()
      const cpuStart = process.cpuUsage()
      const result = importInbound(
        db,
        PROCESSORS,
        { bytes: Buffer.from(text, 'latin1'), name: `bench-${run}.277`, source: 'manual' },
        { user: 'bench', at: new Date().toISOString() },
      )
      times.push(Number(process.hrtime.bigint() - start) / 1e6)
      const used = process.cpuUsage(cpuStart)
      cpu.push((used.user + used.system) / 1000)
      if (result.file.status !== 'processed') throw new Error(result.file.outcome)
      const detail = result.file.detail as { accepted: number; rejected: number }
      if (detail.accepted + detail.rejected !== CLAIMS) throw new Error(result.file.outcome)
    }
    report('clearinghouse.import_277ca_10k_claims_ms', Math.round(median(times)), 'ms')
    // The same import in CPU time: on a shared machine the wall clock also counts the waiting.
    report('clearinghouse.import_277ca_10k_claims_cpu_ms', Math.round(median(cpu)), 'ms')
  } finally {
    p.close()
  }
}
