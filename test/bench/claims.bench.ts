/**
 * Claims throughput on a practice of 200 fake patients with 50 visits each (10,000 claims of 3
 * lines, made by the same build path as claims.create):
 * - claims.write_837p_claims_per_s: directly through write837 — the stored claims (already read)
 *   mapped to the writer's model and written as one interchange, median of 5 runs;
 * - claims.batch_claims_per_s: the whole batch path (makeBatch: read claims and lines, map,
 *   write837, validate837, record the batch with its file and claims in one transaction; the
 *   claims become submitted only when the file is uploaded or exported), median of 3 runs;
 * - claims.scrub_claims_per_s: scrubAll over 3,000 draft claims (snapshot refresh, 45 rules,
 *   findings stored, status settled), median of 3 runs.
 */
import { makeBatch, scrubAll } from '../../src/main/claims'
import { readLinesOf, toClaimRecord } from '../../src/main/claims/records'
import { billingProvider837, claim837 } from '../../src/main/claims/to837'
import { getPractice } from '../../src/main/registration/practice'
import { write837 } from '../../src/main/x12/write837'
import { localIsoDate } from '../../src/shared/validators/isoDate'
import type { Submission } from '../../src/main/x12/claim837'
import { benchPractice } from './support/billed-practice'

type Report = (name: string, value: number, unit: string) => void

const PATIENTS = 200
const CLAIMS = 10_000
const SCRUBBED = 3_000

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

export async function run(report: Report): Promise<void> {
  // 200 patients through the ops; their 10,000 visits (50 each, on different days) saved,
  // coded and billed with the domain functions the ops use, in one transaction.
  const p = await benchPractice('claims', {
    patients: PATIENTS,
    fees: [
      ['99213', 12500],
      ['36415', 2500],
      ['82947', 4550],
    ],
  })
  const { db, actor } = p
  try {
    p.bill(CLAIMS, [
      { code: '99213', units: 1, chargeCents: 12500, pointers: [1, 2] },
      { code: '82947', units: 1, chargeCents: 4550, pointers: [1] },
      { code: '36415', units: 1, chargeCents: 2500, pointers: [1] },
    ])

    const requeue = () => {
      db.prepare("UPDATE claims SET status = 'queued'").run()
      // Batches made before count as sent, so their claims go into the next batch again.
      db.prepare(
        "UPDATE batches SET sent_at = created_at, sent_via = 'export' WHERE sent_at IS NULL",
      ).run()
    }
    const batchSeconds: number[] = []
    for (let i = 0; i < 3; i++) {
      requeue()
      const start = process.hrtime.bigint()
      const batch = makeBatch(db, actor)
      batchSeconds.push(Number(process.hrtime.bigint() - start) / 1e9)
      if (batch.claimCount !== CLAIMS) throw new Error(`batch had ${batch.claimCount} claims`)
    }
    report('claims.batch_claims_per_s', Math.round(CLAIMS / median(batchSeconds)), 'claims/s')

    // Directly through write837: the stored claims mapped to the writer's model and written.
    const claims = db
      .prepare(
        'SELECT claims.*, d.data FROM claims JOIN claim_documents AS d ON d.claim_id = claims.id ORDER BY id',
      )
      .all() as Parameters<typeof toClaimRecord>[0][]
    const records = claims.map(toClaimRecord)
    const lines = readLinesOf(
      db,
      records.map((c) => c.id),
    )
    const billing = billingProvider837(getPractice(db).profile!)
    const submission: Submission = {
      senderQualifier: 'ZZ',
      senderId: 'CLAIMDESK',
      receiverQualifier: 'ZZ',
      receiverId: 'CLEARINGHOUSE',
      usage: 'T',
      interchangeControlNumber: 1,
      groupControlNumber: 1,
      transactionControlNumber: 1,
      created: '2026-03-02T09:30',
      submitter: { name: 'Bench', id: 'CLAIMDESK', contactName: 'Biller', phone: '2175550100' },
      receiver: { name: 'CLEARINGHOUSE', id: 'CLEARINGHOUSE' },
    }
    const writeFile = () =>
      write837(
        submission,
        billing,
        records.map((c) => claim837(c, lines.get(c.id) ?? [])),
      )
    writeFile()
    const writeSeconds: number[] = []
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint()
      writeFile()
      writeSeconds.push(Number(process.hrtime.bigint() - start) / 1e9)
    }
    report('claims.write_837p_claims_per_s', Math.round(CLAIMS / median(writeSeconds)), 'claims/s')

    const today = localIsoDate(new Date())
    const scrubSeconds: number[] = []
    for (let i = 0; i < 3; i++) {
      db.prepare(
        "UPDATE claims SET status = CASE WHEN id <= ? THEN 'draft' ELSE 'submitted' END",
      ).run(SCRUBBED)
      const start = process.hrtime.bigint()
      const result = scrubAll(db, false, actor, today)
      scrubSeconds.push(Number(process.hrtime.bigint() - start) / 1e9)
      if (result.scrubbed !== SCRUBBED) throw new Error(`scrubbed ${result.scrubbed}`)
    }
    report('claims.scrub_claims_per_s', Math.round(SCRUBBED / median(scrubSeconds)), 'claims/s')
  } finally {
    p.close()
  }
}
