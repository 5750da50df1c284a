import type Database from 'better-sqlite3-multiple-ciphers'
import type { Compilable } from 'kysely'
import type { PatientSummary } from '../../shared/ops/patients'
import { allRows, storeQuery } from '../store/sync-query'
import { isCalendarDate } from '../../shared/validators/isoDate'
import { localNumberQueries, PHONE_COLUMNS } from './searchPhone'
import { SUMMARY_COLUMNS, toSummaries } from './summary'

/** A query answering the ids of patients who match one reading of the text. */
export type CandidateQuery = Compilable<{ id: number }>

/**
 * What a person types into the patient finder, read the way a front desk means it:
 * "smi, jo" or "jo smi" (name prefixes), "03/14/1962" (date of birth), "100234" (account),
 * "12061946" (date of birth without slashes), "(555) 234-5678" or its start or its last seven
 * digits (phone), "XYZ12345" or its start (member ID).
 *
 * Each reading is its own small query that walks an index and stops after `limit` hits; the
 * union is then sorted by name. One OR over every reading instead made SQLite fetch and sort
 * every match (15,000 patients for a payer's member-ID prefix) before keeping 50.
 */
export function searchPatients(
  db: Database.Database,
  text: string,
  limit: number,
  today: string,
): PatientSummary[] {
  const candidates = candidateQueries(text, limit)
  if (!candidates) {
    const recent = storeQuery
      .selectFrom('patients')
      .select(SUMMARY_COLUMNS)
      .orderBy('updated_at', 'desc')
      .limit(limit)
    return toSummaries(db, allRows(db, recent), today)
  }
  const ids = new Set<number>()
  const queries = [...candidates, ...localNumberQueries(db, text, limit)]
  for (const query of queries) for (const row of allRows(db, query)) ids.add(row.id)
  if (ids.size === 0) return []
  const rows = storeQuery
    .selectFrom('patients')
    .select(SUMMARY_COLUMNS)
    .where('id', 'in', [...ids])
    .orderBy('last_name')
    .orderBy('first_name')
    .limit(limit)
  return toSummaries(db, allRows(db, rows), today)
}

/** The readings of `raw`, or null when nothing was typed (the finder then shows recent patients). */
export function candidateQueries(raw: string, limit: number): CandidateQuery[] | null {
  const text = raw.trim().replace(/[%_\\]/g, '')
  if (!text) return null
  const dob = asDate(text)
  if (dob) return [dateOfBirth(dob, limit)]
  const digits = text.replace(/[\s().+/-]/g, '')
  if (/^\d+$/.test(digits)) {
    const phone = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits
    // 12061946 is a date of birth typed without slashes, or a member ID or phone start.
    const dobTyped = eightDigitDate(digits)
    return [
      ...(dobTyped ? [dateOfBirth(dobTyped, limit)] : []),
      accountNumber(digits, limit),
      ...(phone.length >= 3 ? phonePrefix(phone, limit) : []),
      memberIdPrefix(digits, limit),
    ]
  }
  if (/\d/.test(text) && /^[\w\s-]+$/.test(text) && /[\s-]/.test(text)) {
    // "FKM 1002" or "fkm-1002": a member ID read off a card with its spacing.
    return [memberIdPrefix(text.replace(/[\s-]/g, ''), limit), memberIdPrefix(text, limit)]
  }
  const [a, b] = text.includes(',')
    ? text.split(',', 2).map((s) => s.trim())
    : (text.split(/\s+/, 2) as [string, string?])
  if (a && b) {
    // "Smith, John" is last-first; "John Smith" could be either, so try both ways round.
    if (text.includes(',')) return [namePrefixes(a, b, limit)]
    return [namePrefixes(a, b, limit), namePrefixes(b, a, limit)]
  }
  const word = a ?? ''
  return [
    storeQuery
      .selectFrom('patients')
      .select('id')
      .where('last_name', 'like', `${word}%`)
      .orderBy('last_name')
      .orderBy('first_name')
      .limit(limit),
    storeQuery
      .selectFrom('patients')
      .select('id')
      .where('first_name', 'like', `${word}%`)
      .orderBy('last_name')
      .orderBy('first_name')
      .limit(limit),
    memberIdPrefix(word, limit),
  ]
}

function namePrefixes(last: string, first: string, limit: number): CandidateQuery {
  return storeQuery
    .selectFrom('patients')
    .select('id')
    .where('last_name', 'like', `${last}%`)
    .where('first_name', 'like', `${first}%`)
    .orderBy('last_name')
    .orderBy('first_name')
    .limit(limit)
}

function dateOfBirth(iso: string, limit: number): CandidateQuery {
  return storeQuery.selectFrom('patients').select('id').where('dob', '=', iso).limit(limit)
}

/** 12061946 → 1946-12-06 when it names a real day; otherwise it is some other number. */
function eightDigitDate(digits: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(digits)
  const iso = m ? `${m[3]}-${m[1]}-${m[2]}` : null
  return iso && isCalendarDate(iso) ? iso : null
}

/**
 * Phones that start with the digits typed ("217555" finds the whole exchange), each column
 * through its own index as a range, like account numbers: phones are stored as bare digits.
 */
function phonePrefix(digits: string, limit: number): CandidateQuery[] {
  return PHONE_COLUMNS.map((column) =>
    storeQuery
      .selectFrom('patients')
      .select('id')
      .where(column, '>=', digits)
      .where(column, '<', `${digits}:`)
      .orderBy(column)
      .limit(limit),
  )
}

/** The whole account number, or the first `limit` that start with the digits typed. */
function accountNumber(digits: string, limit: number): CandidateQuery {
  // A range, not LIKE: account_no is a case-sensitive column, where LIKE cannot use the index
  // and reads every patient. ':' is the character after '9'.
  return storeQuery
    .selectFrom('patients')
    .select('id')
    .where('account_no', '>=', digits)
    .where('account_no', '<', `${digits}:`)
    .orderBy('account_no')
    .limit(limit)
}

/**
 * Coverages whose member ID starts with the text, first `limit` in member-ID order: a payer's
 * prefix (a Blue plan's three letters) is shared by thousands, and typing more narrows it.
 */
function memberIdPrefix(text: string, limit: number): CandidateQuery {
  return storeQuery
    .selectFrom('coverages')
    .select('patient_id as id')
    .where('member_id', 'like', `${text}%`)
    .orderBy('member_id')
    .limit(limit)
}

/** 2026-03-14, 03/14/2026 or 3/14/2026 → 2026-03-14. */
export function asDate(text: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (m) return text
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  if (m) return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`
  return null
}
