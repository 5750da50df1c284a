import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpInput, OpName, OpOutput } from '../../src/shared/api'
import { openOffice, type OfficeRuntime } from '../../src/main/api'
import { Session } from '../../src/main/api/session'
import { DEMO_PAYERS, DEMO_PRACTICE_NAME, type DemoPayerKind } from '../../src/main/demo/directory'
import { demoPatient } from '../../src/main/demo/patients'
import { buildDemoPractice, demoPayers, type Call } from '../../src/main/demo/practice'
import { seededRandom } from '../../src/main/demo/random'

type Report = (name: string, value: number, unit: string) => void

const PATIENTS = 50_000
const IMPORT_ROWS = 10_000
const PASSWORD = 'timing office password 1'

interface Practice extends OfficeRuntime {
  session: Session
  call: Call
  dir: string
}

async function newPractice(): Promise<Practice> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-bench-'))
  const runtime = openOffice(dir)
  const session = new Session('cli')
  const call = async <N extends OpName>(name: N, input: OpInput<N>): Promise<OpOutput<N>> => {
    const r = await runtime.router.call(name, input, session)
    if (!r.ok) throw new Error(`${name} refused: ${r.error.message} (${r.error.field ?? '-'})`)
    return r.value as OpOutput<N>
  }
  await call('setup.create', {
    practiceName: DEMO_PRACTICE_NAME,
    admin: { username: 'bench', fullName: 'Bench Testadmin', password: PASSWORD },
  })
  return { ...runtime, session, call, dir }
}

function close(practice: Practice): void {
  practice.office.close()
  rmSync(practice.dir, { recursive: true, force: true })
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

interface Sample {
  account_no: string
  last_name: string
  first_name: string
  dob: string
  phone: string | null
  member_id: string | null
}

/**
 * What a front desk types, taken from every 199th demo patient so each query finds someone:
 * name prefixes of 2–5 letters, "last, first", "first last", dates of birth both ways, account
 * numbers, phones punctuated four ways, and member ID prefixes.
 */
function searchQueries(practice: Practice): string[] {
  const samples = practice.office.store.db
    .prepare<[], Sample>(
      `SELECT p.account_no, p.last_name, p.first_name, p.dob,
              coalesce(p.phone_mobile, p.phone_home) AS phone,
              (SELECT member_id FROM coverages c WHERE c.patient_id = p.id LIMIT 1) AS member_id
         FROM patients p WHERE p.id % 199 = 0 ORDER BY p.id LIMIT 240`,
    )
    .all()
  const queries: string[] = []
  samples.forEach((s, i) => {
    const size = 2 + (i % 4)
    switch (i % 8) {
      case 0:
        queries.push(s.last_name.slice(0, size))
        break
      case 1:
        queries.push(`${s.last_name.slice(0, size + 2)}, ${s.first_name.slice(0, 1 + (i % 3))}`)
        break
      case 2:
        queries.push(`${s.first_name} ${s.last_name.slice(0, size)}`)
        break
      case 3: {
        const [y, m, d] = s.dob.split('-')
        queries.push(i % 16 === 3 ? s.dob : `${m}/${d}/${y}`)
        break
      }
      case 4:
        queries.push(s.account_no)
        break
      case 5: {
        const p = s.phone ?? '2175550100'
        const styles = [
          `(${p.slice(0, 3)}) ${p.slice(3, 6)}-${p.slice(6)}`,
          `${p.slice(0, 3)}-${p.slice(3, 6)}-${p.slice(6)}`,
          `${p.slice(0, 3)}.${p.slice(3, 6)}.${p.slice(6)}`,
          p,
        ]
        queries.push(styles[i % 4]!)
        break
      }
      case 6:
        queries.push((s.member_id ?? 'FBL0000').slice(0, 4 + (i % 6)))
        break
      default:
        queries.push(s.first_name.slice(0, size).toLowerCase())
    }
  })
  return queries
}

async function benchSearch(practice: Practice, report: Report): Promise<void> {
  const queries = searchQueries(practice)
  if (queries.length < 200)
    throw new Error(`Only ${queries.length} search queries; the demo is too small.`)
  for (const text of queries) await practice.call('patients.search', { text })
  const times: number[] = []
  for (const text of queries) {
    const start = process.hrtime.bigint()
    await practice.call('patients.search', { text })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  report('patients.search_queries', queries.length, 'queries')
  report('patients.search_p50_ms', percentile(times, 50), 'ms')
  report('patients.search_p95_ms', percentile(times, 95), 'ms')
  report('patients.search_max_ms', percentile(times, 100), 'ms')
}

const IMPORT_HEADER = [
  'Last Name',
  'First Name',
  'DOB',
  'Gender',
  'Address',
  'City',
  'State',
  'Zip',
  'Home Phone',
  'Insurance',
  'Member ID',
  'Group',
  'Relationship',
  'Effective Date',
  'Primary Subscriber Last Name',
  'Primary Subscriber First Name',
  'Primary Subscriber DOB',
  'Primary Subscriber Sex',
  'Secondary Insurance',
  'Secondary Policy Number',
  'Secondary Relationship',
  'Secondary Effective Date',
]

const cell = (value: string | undefined | null): string =>
  value && /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : (value ?? '')

const usDate = (iso: string | undefined | null): string => {
  if (!iso) return ''
  const [y, m, d] = iso.split('-')
  return `${m}/${d}/${y}`
}

/** Another system's export of the demo roster: US dates, payer names, one line per patient. */
function importCsv(rows: number): string {
  const rng = seededRandom(7_000_001)
  const names = Object.fromEntries(Object.entries(DEMO_PAYERS).map(([kind, p]) => [kind, p.name]))
  // Payer ids only matter for the generator's bookkeeping; the CSV carries names.
  const ids = Object.fromEntries(
    Object.keys(DEMO_PAYERS).map((kind, i) => [kind, i + 1]),
  ) as Record<DemoPayerKind, number>
  const nameOf = (payerId: number) =>
    names[Object.keys(ids).find((k) => ids[k as DemoPayerKind] === payerId)!]
  const lines = [IMPORT_HEADER.map(cell).join(',')]
  for (let i = 0; i < rows; i++) {
    const { patient, coverages } = demoPatient(rng, 900_000 + i, ids)
    const current = coverages.filter((c) => !c.endDate)
    const primary = current.find((c) => c.order === 'primary')
    const secondary = current.find((c) => c.order === 'secondary')
    const sub = primary?.relationship === 'self' ? undefined : primary?.subscriber
    lines.push(
      [
        patient.lastName,
        patient.firstName,
        usDate(patient.dob),
        patient.sex,
        patient.address.street1,
        patient.address.city,
        patient.address.state,
        patient.address.zip,
        patient.phones.mobile ?? patient.phones.home,
        primary ? nameOf(primary.payerId) : '',
        primary?.memberId,
        primary?.groupNumber,
        primary?.relationship,
        usDate(primary?.effectiveDate),
        sub?.lastName,
        sub?.firstName,
        usDate(sub?.dob),
        sub?.sex,
        secondary ? nameOf(secondary.payerId) : '',
        secondary?.memberId,
        // A spouse's plan would need the spouse's details; this export lists the patient's own.
        secondary ? 'self' : '',
        usDate(secondary?.effectiveDate),
      ]
        .map(cell)
        .join(','),
    )
  }
  return lines.join('\r\n') + '\r\n'
}

async function benchImport(report: Report): Promise<void> {
  const practice = await newPractice()
  try {
    await demoPayers(practice.call)
    const csv = importCsv(IMPORT_ROWS)
    const start = performance.now()
    const r = await practice.call('patients.import', { csv, commit: true })
    const ms = performance.now() - start
    if (r.saved !== IMPORT_ROWS) {
      const first = r.problems[0]
      throw new Error(
        `Import saved ${r.saved} of ${IMPORT_ROWS}; first problem: row ${first?.row} ${first?.message}`,
      )
    }
    report('patients.import_10k_ms', Math.round(ms), 'ms')
  } finally {
    close(practice)
  }
}

/** Demo practice build, patient search over 50,000 patients, and a 10,000-row CSV import. */
export async function run(report: Report): Promise<void> {
  const practice = await newPractice()
  try {
    const start = performance.now()
    await buildDemoPractice(practice, { patients: PATIENTS })
    report('patients.demo_50k_ms', Math.round(performance.now() - start), 'ms')
    await benchSearch(practice, report)
  } finally {
    close(practice)
  }
  await benchImport(report)
}
