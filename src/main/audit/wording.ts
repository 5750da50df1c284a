/**
 * The audit log in a compliance officer's words: "Viewed claim 100046-7D-1 · Testpatient, Alice
 * (A1001)" instead of `claims.get {claimId: 12}`. Names are looked up here, inside main, for a
 * user already allowed to read the log; the log itself keeps only ids.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { ops, isOpName } from '../../shared/api'
import { cents, formatCents } from '../../shared/money'
import { allRows, storeQuery } from '../store/sync-query'

/** Actions whose words are not simply "<verb> <thing>" from the operation's name. */
const WORDS: Record<string, string> = {
  'auth.login': 'Signed in',
  'auth.logout': 'Signed out',
  'auth.login_failed': 'Failed sign-in',
  'auth.login_throttled': 'Sign-in blocked after repeated failures',
  'auth.recover': 'Unlocked with the recovery key',
  'auth.recover_failed': 'Failed recovery-key attempt',
  'auth.recover_throttled': 'Recovery key blocked after repeated failures',
  'auth.autolock': 'Locked after being away',
  'auth.unlock': 'Unlocked the screen',
  'claims.get': 'Viewed claim',
  'claims.list': 'Searched claims',
  'claims.create': 'Billed visit',
  'claims.scrub': 'Scrubbed claim',
  'claims.edit': 'Edited claim',
  'claims.acknowledge': 'Acknowledged a warning on claim',
  'claims.acknowledgeAll': 'Acknowledged every warning on claim',
  'claims.correct': 'Corrected claim',
  'claims.void': 'Voided or withdrew claim',
  'claims.batch': 'Made an 837 batch',
  'claims.batchFile': 'Saved an 837 batch file',
  'claims.cms1500': 'Printed a CMS-1500 for claim',
  'patients.get': 'Viewed patient',
  'patients.search': 'Searched patients',
  'patients.create': 'Registered patient',
  'patients.update': 'Changed patient',
  'visits.get': 'Viewed visit',
  'visits.save': 'Saved visit',
  'visits.markCoded': 'Marked visit coded',
  'auth.lock': 'Locked the screen',
  'auth.changePassword': 'Changed own password',
  'setup.create': 'Set up the office',
  'users.add': 'Added user',
  'users.disable': 'Disabled user',
  'users.resetPassword': "Reset a user's password",
  'users.setRole': "Changed a user's role",
  'backup.run': 'Made a backup',
  'backup.restore': 'Restored a backup',
  'practice.update': 'Changed the practice profile',
  'settings.update': 'Changed office settings',
  'payers.save': 'Saved a payer',
  'providers.save': 'Saved a provider',
  'locations.save': 'Saved a service location',
  'referrers.save': 'Saved a referring provider',
  'fees.save': 'Set a fee',
  'fees.remove': 'Removed a fee',
  'codes.import': 'Imported a code list',
  'coverages.save': "Saved a patient's insurance",
  'coverages.remove': "Removed a patient's insurance",
  'patients.import': 'Imported patients',
  'payments.collect': 'Collected a payment',
  'payments.void': 'Voided a payment',
  'payments.refund': 'Refunded a payment',
  'payments.writeOff': 'Wrote off a balance',
  'payments.transfer': 'Transferred a balance',
  'payments.applyCredit': 'Applied a credit',
  'era.import': 'Posted an 835 remittance',
  'era.preview': 'Previewed an 835 remittance',
  'ledger.patient': "Viewed a patient's ledger",
  'ledger.visit': "Viewed a visit's ledger",
  'claims.amounts': 'Viewed the amounts of claim',
  'statements.run': 'Printed patient statements',
  'statements.reprint': 'Reprinted a statement',
  'audit.list': 'Read the audit log',
  'audit.export': 'Exported the audit log',
}

const VERB: Record<string, string> = {
  'patient-read': 'Viewed',
  'patient-write': 'Changed',
  export: 'Exported',
  admin: 'Changed setting',
  'list-read': 'Searched',
}

/** "claims.get" → "Viewed claim"; an unlisted operation by its kind and area. */
export function actionWords(action: string): string {
  if (action.endsWith('.denied')) return `Refused: ${actionWords(action.slice(0, -7))}`
  const words = WORDS[action]
  if (words) return words
  const [area = action, verb = ''] = action.split('.')
  const kind = isOpName(action) ? ops[action].audit : undefined
  const thing = area.replace(/ies$/, 'y').replace(/s$/, '')
  return kind ? `${VERB[kind]} ${thing} (${verb})` : action
}

export interface AuditSubjects {
  claims: Map<number, string>
  patients: Map<number, { accountNo: string; name: string }>
}

/** Claim numbers and patients named by a page of entries, read in two queries. */
export function auditSubjects(
  db: Database.Database,
  entries: readonly { patientId: number | null; detail: Record<string, unknown> }[],
): AuditSubjects {
  const claimIds = [...new Set(entries.flatMap((e) => idsIn(e.detail, 'claimId')))]
  const patientIds = [
    ...new Set(entries.map((e) => e.patientId).filter((id): id is number => id !== null)),
  ]
  const claims = new Map<number, string>()
  for (let i = 0; i < claimIds.length; i += 500) {
    const chunk = claimIds.slice(i, i + 500)
    for (const r of allRows(
      db,
      storeQuery
        .selectFrom('claims')
        .select(['id', 'patient_control_number'])
        .where('id', 'in', chunk),
    )) {
      claims.set(r.id, r.patient_control_number)
    }
  }
  const patients = new Map<number, { accountNo: string; name: string }>()
  for (let i = 0; i < patientIds.length; i += 500) {
    const chunk = patientIds.slice(i, i + 500)
    for (const r of allRows(
      db,
      storeQuery
        .selectFrom('patients')
        .select(['id', 'account_no', 'last_name', 'first_name'])
        .where('id', 'in', chunk),
    )) {
      patients.set(r.id, { accountNo: r.account_no, name: `${r.last_name}, ${r.first_name}` })
    }
  }
  return { claims, patients }
}

function idsIn(detail: Record<string, unknown>, key: string): number[] {
  const v = detail[key]
  if (typeof v === 'number') return [v]
  if (Array.isArray(v)) return v.filter((x): x is number => typeof x === 'number')
  return []
}

/** The whole line: the action, what it was done to (by the claim's own number), amounts. */
export function describeEntry(
  entry: { action: string; detail: Record<string, unknown> },
  subjects: AuditSubjects,
): string {
  const parts = [actionWords(entry.action)]
  const claimNumbers = idsIn(entry.detail, 'claimId').map(
    (id) => subjects.claims.get(id) ?? `#${id}`,
  )
  if (claimNumbers.length > 0) parts[0] = `${parts[0]} ${claimNumbers.join(', ')}`
  const facts = detailWords(entry.detail)
  return facts ? `${parts[0]} — ${facts}` : parts[0]!
}

/** Named elsewhere on the line (claim, patient), or paging that says nothing about the search. */
const SKIP = new Set(['claimId', 'patientId', 'limit', 'offset', 'beforeId'])

/** The rest of the detail as "label: value", money as $1,234.56, dates as MM/DD/YYYY. */
export function detailWords(detail: Record<string, unknown>, prefix = ''): string {
  const out: string[] = []
  for (const [key, value] of Object.entries(detail)) {
    if (SKIP.has(key) || value === undefined || value === null || value === '') continue
    if (Array.isArray(value) && value.length === 0) continue
    // The saved record's fields read as themselves: "name: Aetna", not "record name: Aetna".
    const label = key === 'record' || key === 'query' ? '' : prefix + humanKey(key)
    if (typeof value === 'object' && !Array.isArray(value)) {
      const inner = detailWords(value as Record<string, unknown>, label ? `${label} ` : '')
      if (inner) out.push(inner)
    } else if (/Cents$/.test(key) && typeof value === 'number' && Number.isInteger(value)) {
      out.push(`${label}: ${formatCents(cents(value))}`)
    } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      out.push(`${label}: ${value.slice(5, 7)}/${value.slice(8, 10)}/${value.slice(0, 4)}`)
    } else {
      out.push(`${label}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    }
  }
  return out.join(' · ')
}

/** "chargeCents" → "charge", "payerId" → "payer id", "results" → "results". */
function humanKey(key: string): string {
  return key
    .replace(/Cents$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
}
