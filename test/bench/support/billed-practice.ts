/**
 * A practice for benchmarks: set up through the router like a real one (practice, provider,
 * location, payer, fees, fake patients with a commercial coverage), then `bill` saves coded
 * visits straight into the store and bills them — thousands through the router would take the
 * bench's time on HTTP-free plumbing, not on what is measured.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import { openOffice } from '../../../src/main/api'
import { Session } from '../../../src/main/api/session'
import { buildClaims } from '../../../src/main/claims'
import type { Office } from '../../../src/main/office'
import { saveVisit, setVisitStatus } from '../../../src/main/visits/records'
import type { OpInput, OpName, OpOutput } from '../../../src/shared/api'
import { Visit, type ServiceLineInput } from '../../../src/shared/schemas/visit'
import { localIsoDate } from '../../../src/shared/validators/isoDate'
import {
  location as locationRecord,
  payer as payerRecord,
  practiceProfile,
  provider as providerRecord,
} from '../../support/records'

export interface BenchPractice {
  office: Office
  db: Database.Database
  actor: { user: string; at: string }
  call<N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>>
  /** Saves `count` coded visits with `lines` across the patients (newest first) and bills them. */
  bill(count: number, lines: readonly ServiceLineInput[]): void
  close(): void
}

export async function benchPractice(
  name: string,
  options: { patients: number; fees: readonly (readonly [string, number])[] },
): Promise<BenchPractice> {
  const dir = mkdtempSync(join(tmpdir(), `claimdesk-bench-${name}-`))
  const { office, router } = openOffice(dir)
  const session = new Session('cli')
  const call = async <N extends OpName>(op: N, input: OpInput<N>): Promise<OpOutput<N>> => {
    const r = await router.call(op, input, session)
    if (!r.ok) throw new Error(`${op} refused: ${r.error.message} (${r.error.field ?? '-'})`)
    return r.value as OpOutput<N>
  }
  const close = () => {
    office.close()
    rmSync(dir, { recursive: true, force: true })
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
    for (const [code, chargeCents] of options.fees) await call('fees.save', { code, chargeCents })
    const patients: number[] = []
    for (let i = 0; i < options.patients; i++) {
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
    const bill = (count: number, lines: readonly ServiceLineInput[]) =>
      db.transaction(() => {
        for (let n = 0; n < count; n++) {
          const visit = Visit.parse({
            patientId: patients[n % patients.length]!,
            dateOfService: day(Math.floor(n / patients.length)),
            renderingProviderId: provider.id,
            locationId: location.id,
            placeOfService: '11',
            diagnoses: ['E11.9', 'I10'],
            lines,
          })
          const visitId = saveVisit(db, undefined, visit, actor.at)
          setVisitStatus(db, visitId, 'coded', actor.at)
          buildClaims(db, visitId, actor)
        }
      })()
    return { office, db, actor, call, bill, close }
  } catch (err) {
    close()
    throw err
  }
}
