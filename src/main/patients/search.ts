import type Database from 'better-sqlite3-multiple-ciphers'
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely'
import type { PatientSummary } from '../../shared/ops/patients'
import { allRows, storeQuery } from '../store/sync-query'
import type { StoreSchema } from '../store/schema'
import { SUMMARY_COLUMNS, toSummaries } from './summary'

type Eb = ExpressionBuilder<StoreSchema, 'patients'>

/**
 * What a person types into the patient finder, read the way a front desk means it:
 * "smi, jo" or "jo smi" (name prefixes), "03/14/1962" (date of birth), "100234" (account),
 * "(555) 234-5678" (phone), "XYZ12345" (member ID).
 */
export function searchPatients(
  db: Database.Database,
  text: string,
  limit: number,
  today: string,
): PatientSummary[] {
  const where = searchCondition(text)
  let q = storeQuery.selectFrom('patients').select(SUMMARY_COLUMNS).limit(limit)
  q = where
    ? q.where(where).orderBy('last_name').orderBy('first_name')
    : q.orderBy('updated_at', 'desc')
  return toSummaries(db, allRows(db, q), today)
}

function searchCondition(raw: string): ((eb: Eb) => Expression<SqlBool>) | null {
  const text = raw.trim().replace(/[%_\\]/g, '')
  if (!text) return null
  const dob = asDate(text)
  if (dob) return (eb) => eb('dob', '=', dob)
  const digits = text.replace(/[\s().+-]/g, '')
  if (/^\d+$/.test(digits)) {
    const phone = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
    return (eb) =>
      eb.or([
        eb('account_no', '=', digits),
        ...(phone.length === 10
          ? [
              eb('phone_home', '=', phone),
              eb('phone_mobile', '=', phone),
              eb('phone_work', '=', phone),
            ]
          : [eb('account_no', 'like', `${digits}%`)]),
        memberIdMatch(eb, text),
      ])
  }
  const [a, b] = text.includes(',')
    ? text.split(',', 2).map((s) => s.trim())
    : (text.split(/\s+/, 2) as [string, string?])
  if (a && b) {
    // "Smith, John" is last-first; "John Smith" could be either, so try both ways round.
    const lastFirst = (eb: Eb) =>
      eb.and([eb('last_name', 'like', `${a}%`), eb('first_name', 'like', `${b}%`)])
    if (text.includes(',')) return lastFirst
    return (eb) =>
      eb.or([
        lastFirst(eb),
        eb.and([eb('last_name', 'like', `${b}%`), eb('first_name', 'like', `${a}%`)]),
      ])
  }
  const word = a ?? ''
  return (eb) =>
    eb.or([
      eb('last_name', 'like', `${word}%`),
      eb('first_name', 'like', `${word}%`),
      memberIdMatch(eb, word),
    ])
}

function memberIdMatch(eb: Eb, text: string): Expression<SqlBool> {
  return eb(
    'id',
    'in',
    eb
      .selectFrom('coverages')
      .select('coverages.patient_id')
      .where('coverages.member_id', 'like', `${text}%`),
  )
}

/** 2026-03-14, 03/14/2026 or 3/14/2026 → 2026-03-14. */
export function asDate(text: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (m) return text
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  if (m) return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`
  return null
}
