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
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpInput, OpName, OpOutput } from '../../src/shared/api'
import { openOffice } from '../../src/main/api'
import { Session } from '../../src/main/api/session'
import { buildClaims, makeBatch, scrubAll } from '../../src/main/claims'
import { readLinesOf, toClaimRecord } from '../../src/main/claims/records'
import { saveVisit, setVisitStatus } from '../../src/main/visits/records'
import { Visit } from '../../src/shared/schemas/visit'
import { billingProvider837, claim837 } from '../../src/main/claims/to837'
import { getPractice } from '../../src/main/registration/practice'
import { write837 } from '../../src/main/x12/write837'
import { localIsoDate } from '../../src/shared/validators/isoDate'
import type { Submission } from '../../src/main/x12/claim837'
import {
  location as locationRecord,
  payer as payerRecord,
  practiceProfile,
  provider as providerRecord,
} from '../support/records'

type Report = (name: string, value: number, unit: string) => void

const PATIENTS = 200
const CLAIMS = 10_000
const SCRUBBED = 3_000

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

export async function run(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-claims-'))
  const { office, router } = openOffice(dir)
  const session = new Session('cli')
  const call = async <N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>> => {
    const r = await router.call(name, input, session)
    if (!r.ok) throw new Error(`${name} refused: ${r.error.message} (${r.error.field ?? '-'})`)
    return r.value as OpOutput<N>
  }
  try {
    await call('setup.create', {
      practiceName: 'Bench Family Practice (FAKE)',
      admin: {
        username: 'bench',
        fullName: 'Bench Testadmin',
        password: 'timing office password 1',
      },
    })
    await call('practice.update', practiceProfile({ legalName: 'Bench Family Practice LLC' }))
    const provider = await call('providers.save', { record: providerRecord() })
    const location = await call('locations.save', {
      record: locationRecord({ name: 'Bench Main Office' }),
    })
    const payer = await call('payers.save', { record: payerRecord() })
    for (const [code, chargeCents] of [
      ['99213', 12500],
      ['36415', 2500],
      ['82947', 4550],
    ] as const) {
      await call('fees.save', { code, chargeCents })
    }

    // 200 patients through the ops; their 10,000 visits (50 each, on different days) saved,
    // coded and billed with the domain functions the ops use, in one transaction.
    const patients: number[] = []
    for (let i = 0; i < PATIENTS; i++) {
      const made = await call('patients.create', {
        patient: {
          lastName: `Testpatient${String.fromCharCode(65 + (i % 26))}`,
          firstName: `Bench${i}`,
          dob: '1970-01-01',
          sex: i % 2 ? 'M' : 'F',
          address: {
            street1: `${i + 1} Example St`,
            city: 'Springfield',
            state: 'IL',
            zip: '62701',
          },
          phones: { home: '(217) 555-0142' },
          guarantor: { kind: 'self' },
        },
        coverages: [
          {
            payerId: payer.id,
            order: 'primary',
            memberId: `FKM${100000 + i}`,
            relationship: 'self',
            effectiveDate: '2025-01-01',
          },
        ],
        acknowledgeDuplicates: true,
      })
      if (!made.created) throw new Error('patient not created')
      patients.push(made.patientId)
    }
    const { db } = office.store
    const actor = { user: 'bench', at: new Date().toISOString() }
    const day = (n: number) => localIsoDate(new Date(Date.now() - (10 + n) * 86_400_000))
    db.transaction(() => {
      for (let n = 0; n < CLAIMS; n++) {
        const visit = Visit.parse({
          patientId: patients[n % PATIENTS]!,
          dateOfService: day(Math.floor(n / PATIENTS)),
          renderingProviderId: provider.id,
          locationId: location.id,
          placeOfService: '11',
          diagnoses: ['E11.9', 'I10'],
          lines: [
            { code: '99213', units: 1, chargeCents: 12500, pointers: [1, 2] },
            { code: '82947', units: 1, chargeCents: 4550, pointers: [1] },
            { code: '36415', units: 1, chargeCents: 2500, pointers: [1] },
          ],
        })
        const visitId = saveVisit(db, undefined, visit, actor.at)
        setVisitStatus(db, visitId, 'coded', actor.at)
        buildClaims(db, visitId, actor)
      }
    })()

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
    const claims = db.prepare('SELECT * FROM claims ORDER BY id').all() as Parameters<
      typeof toClaimRecord
    >[0][]
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
    office.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
