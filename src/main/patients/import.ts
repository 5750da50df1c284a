import type Database from 'better-sqlite3-multiple-ciphers'
import type { z } from 'zod'
import type { ImportField, ImportProblem } from '../../shared/ops/patients'
import type { CoverageInput } from '../../shared/schemas/coverage'
import { PatientCoverages } from '../../shared/schemas/coverage'
import { Patient, type PatientInput } from '../../shared/schemas/patient'
import { parseCsv } from '../codes/parse/csv'
import { listDirectory } from '../registration/directory'
import { findDuplicates } from './duplicates'
import { mapColumns } from './importColumns'
import { insertPatient, saveCoverage } from './records'
import { asDate } from './search'

const SHOWN_PROBLEMS = 200
const PREVIEW_ROWS = 20

interface ImportRequest {
  csv: string
  mapping?: Partial<Record<ImportField, string>> | undefined
  commit: boolean
}

interface ReadyRow {
  row: number
  patient: Patient
  coverages: z.output<typeof PatientCoverages>
  payer: string | null
}

/**
 * A CSV of patients with their coverages from another system. The whole file is checked first;
 * with `commit`, every row is saved in one transaction, or none when any row has a problem. A
 * row that matches a patient on file is a problem, so importing the same file twice saves nothing
 * the second time.
 */
export function importPatients(
  db: Database.Database,
  req: ImportRequest,
  now: string,
  today: string,
) {
  const parsed = parseCsv(req.csv)
  if ('error' in parsed) {
    return result(
      [],
      {},
      0,
      [{ row: parsed.error.line, field: null, message: parsed.error.message }],
      [],
      0,
    )
  }
  const [headers = [], ...records] = parsed.rows
  const mapping = mapColumns(headers, req.mapping)
  const problems: ImportProblem[] = []
  for (const column of new Set(Object.values(mapping))) {
    if (!headers.includes(column)) {
      problems.push({
        row: 1,
        field: column,
        message: `The file has no column called "${column}" — pick one of its columns.`,
      })
    }
  }
  const needed = { lastName: 'last name', firstName: 'first name', dob: 'date of birth' } as const
  for (const [field, what] of Object.entries(needed) as [keyof typeof needed, string][]) {
    if (!mapping[field]) {
      const message = `No column holds the ${what}: pick one in the column mapping.`
      problems.push({ row: 1, field, message })
    }
  }
  if (problems.length) return result(headers, mapping, records.length, problems, [], 0)

  const payers = payerLookup(db)
  const ready: ReadyRow[] = []
  const seen = new Map<string, number>()
  records.forEach((cells, i) => {
    // Row as a spreadsheet numbers it (the header is row 1): that is where the person will look,
    // even when an earlier cell holds a line break and the file's line numbers run ahead.
    const row = i + 2
    const get = (f: ImportField) => {
      const column = mapping[f]
      return column === undefined ? '' : (cells[headers.indexOf(column)] ?? '').trim()
    }
    const checked = checkRow(row, get, payers, mapping)
    if ('problems' in checked) return void problems.push(...checked.problems)
    const dup = fileDuplicate(seen, checked, row) ?? storeDuplicate(db, checked, today)
    if (dup) return void problems.push({ row, field: null, message: dup })
    ready.push(checked)
  })

  let saved = 0
  if (req.commit && problems.length === 0) {
    db.transaction(() => {
      for (const r of ready) {
        const id = insertPatient(db, r.patient, now)
        for (const c of r.coverages) saveCoverage(db, id, undefined, c, now)
      }
    })()
    saved = ready.length
  }
  return result(headers, mapping, records.length, problems, ready, saved)
}

function result(
  columns: string[],
  mapping: Partial<Record<ImportField, string>>,
  rowCount: number,
  problems: ImportProblem[],
  ready: ReadyRow[],
  saved: number,
) {
  return {
    columns,
    mapping,
    rowCount,
    problems: problems.slice(0, SHOWN_PROBLEMS),
    moreProblems: Math.max(0, problems.length - SHOWN_PROBLEMS),
    saved,
    preview: ready.slice(0, PREVIEW_ROWS).map((r) => ({
      row: r.row,
      name: `${r.patient.lastName}, ${r.patient.firstName}`,
      dob: r.patient.dob,
      payer: r.payer,
    })),
  }
}

function checkRow(
  row: number,
  get: (f: ImportField) => string,
  payers: Map<string, { id: number; name: string }>,
  mapping: Partial<Record<ImportField, string>>,
): ReadyRow | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  const column = (field: string) => {
    const f = field.split('.').pop() as ImportField
    return mapping[f] ?? field
  }
  const patientInput: PatientInput = {
    lastName: get('lastName'),
    firstName: get('firstName'),
    middleName: get('middleName'),
    suffix: get('suffix'),
    dob: asDate(get('dob')) ?? get('dob'),
    sex: sexCode(get('sex')) as 'F',
    address: {
      street1: get('street1'),
      street2: get('street2'),
      city: get('city'),
      state: get('state'),
      zip: get('zip'),
    },
    phones: { home: get('phoneHome'), mobile: get('phoneMobile'), work: get('phoneWork') },
    email: get('email'),
    guarantor: { kind: 'self' },
    statementPreference: 'mail',
    notes: get('notes'),
  }
  const patient = Patient.safeParse(patientInput)
  if (!patient.success) {
    for (const issue of patient.error.issues) {
      const path = issue.path.map(String)
      const field = FIELD_BY_PATH[path.join('.')] ?? path.join('.')
      problems.push({ row, field: column(field), message: `Row ${row}: ${issue.message}` })
    }
  }
  const coverageInputs: CoverageInput[] = []
  let payerName: string | null = null
  for (const order of ['primary', 'secondary'] as const) {
    const payerText = get(`${order}Payer`)
    if (!payerText && !get(`${order}MemberId`)) continue
    const payer = payers.get(payerText.toLowerCase())
    if (!payer) {
      problems.push({
        row,
        field: column(`${order}Payer`),
        message: `Row ${row}: no payer called "${payerText}" — add it under Payers or fix the name.`,
      })
      continue
    }
    payerName ??= payer.name
    coverageInputs.push(coverageFrom(order, payer.id, get, patientInput))
  }
  const coverages = PatientCoverages.safeParse(coverageInputs)
  if (!coverages.success) {
    for (const issue of coverages.error.issues) {
      const [index, ...rest] = issue.path.map(String)
      const order = coverageInputs[Number(index)]?.order ?? 'primary'
      problems.push({
        row,
        // subscriber.lastName → primarySubscriberLastName: the import field, so its column.
        field: column(`${order}${(rest.length ? rest : ['payer']).map(capital).join('')}`),
        message: `Row ${row}: ${issue.message}`,
      })
    }
  }
  if (problems.length || !patient.success || !coverages.success) return { problems }
  return { row, patient: patient.data, coverages: coverages.data, payer: payerName }
}

const FIELD_BY_PATH: Record<string, string> = {
  'address.street1': 'street1',
  'address.street2': 'street2',
  'address.city': 'city',
  'address.state': 'state',
  'address.zip': 'zip',
  'phones.home': 'phoneHome',
  'phones.mobile': 'phoneMobile',
  'phones.work': 'phoneWork',
}

function coverageFrom(
  order: 'primary' | 'secondary',
  payerId: number,
  get: (f: ImportField) => string,
  patient: PatientInput,
): CoverageInput {
  const relationship = relationshipCode(get(`${order}Relationship`))
  const copay = get(`${order}Copay`).replace(/[$,\s]/g, '')
  return {
    payerId,
    order,
    memberId: get(`${order}MemberId`),
    groupNumber: get(`${order}GroupNumber`),
    planName: get(`${order}PlanName`),
    relationship: relationship as 'self',
    subscriber:
      relationship === 'self'
        ? undefined
        : {
            lastName: get(`${order}SubscriberLastName`),
            firstName: get(`${order}SubscriberFirstName`),
            dob: asDate(get(`${order}SubscriberDob`)) ?? get(`${order}SubscriberDob`),
            sex: sexCode(get(`${order}SubscriberSex`)) as 'F',
            // Subscribers usually share the patient's household address on these exports.
            address: patient.address,
          },
    effectiveDate: asDate(get(`${order}EffectiveDate`)) ?? get(`${order}EffectiveDate`),
    endDate: asDate(get(`${order}EndDate`)) ?? get(`${order}EndDate`),
    copayCents: copay === '' ? undefined : dollarsToCents(copay),
  } as CoverageInput
}

function dollarsToCents(text: string): number | string {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text)
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0') : text
}

function sexCode(text: string): string {
  const t = text.trim().toUpperCase()
  if (t === 'FEMALE') return 'F'
  if (t === 'MALE') return 'M'
  if (t === 'UNKNOWN' || t === '') return t === '' ? '' : 'U'
  return t
}

/** Words or the X12 individual relationship codes (18 self, 01 spouse, 19 child, G8 other). */
function relationshipCode(text: string): string {
  const t = text.trim().toLowerCase()
  const codes: Record<string, string> = {
    '': 'self',
    '18': 'self',
    '01': 'spouse',
    '1': 'spouse',
    '19': 'child',
    g8: 'other',
  }
  return codes[t] ?? t
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function payerLookup(db: Database.Database) {
  const byKey = new Map<string, { id: number; name: string }>()
  for (const p of listDirectory(db, 'payers')) {
    byKey.set(p.record.name.toLowerCase(), { id: p.id, name: p.record.name })
    byKey.set(p.record.clearinghousePayerId.toLowerCase(), { id: p.id, name: p.record.name })
  }
  return byKey
}

function fileDuplicate(seen: Map<string, number>, r: ReadyRow, row: number): string | null {
  const keys = [
    `name:${r.patient.lastName.toLowerCase()}|${r.patient.firstName.toLowerCase()}|${r.patient.dob}`,
    ...r.coverages.map((c) => `member:${c.payerId}|${c.memberId.toLowerCase()}`),
  ]
  for (const key of keys) {
    const first = seen.get(key)
    if (first !== undefined)
      return `Row ${row}: the same person as row ${first} (${key.startsWith('name') ? 'name and date of birth' : 'payer and member ID'}).`
  }
  for (const key of keys) seen.set(key, row)
  return null
}

function storeDuplicate(db: Database.Database, r: ReadyRow, today: string): string | null {
  const [match] = findDuplicates(db, r.patient, r.coverages, today)
  return match
    ? `Row ${r.row}: already on file as account ${match.accountNo} (${match.lastName}, ${match.firstName}) — ${match.reason}.`
    : null
}
