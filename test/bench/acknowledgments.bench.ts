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
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpInput, OpName, OpOutput } from '../../src/shared/api'
import { openOffice } from '../../src/main/api'
import { Session } from '../../src/main/api/session'
import { buildClaims, makeBatch } from '../../src/main/claims'
import { importInbound } from '../../src/main/inbox/process'
import { PROCESSORS } from '../../src/main/inbox/processors'
import { saveVisit, setVisitStatus } from '../../src/main/visits/records'
import { Visit } from '../../src/shared/schemas/visit'
import { localIsoDate } from '../../src/shared/validators/isoDate'
import { answer277ca, read837 } from '../support/clearinghouse-simulator'
import {
  location as locationRecord,
  payer as payerRecord,
  practiceProfile,
  provider as providerRecord,
} from '../support/records'

type Report = (name: string, value: number, unit: string) => void

const PATIENTS = 200
const CLAIMS = Number(process.env.ACK_CLAIMS ?? 10_000)

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
}

export async function run(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-ack-'))
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
    await call('fees.save', { code: '99213', chargeCents: 12500 })
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
          lines: [{ code: '99213', units: 1, chargeCents: 12500, pointers: [1, 2] }],
        })
        const visitId = saveVisit(db, undefined, visit, actor.at)
        setVisitStatus(db, visitId, 'coded', actor.at)
        buildClaims(db, visitId, actor)
      }
    })()
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
    office.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
