/**
 * Numbers the practice issues: patient control numbers (CLM01), line item control numbers
 * (REF*6R) and the interchange, group and transaction set control numbers of each 837 file.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { MAX_PATIENT_CONTROL_NUMBER, type ClaimResponsibility } from '../../shared/schemas/claim'
import { storeQuery, firstRow, runQuery } from '../store/sync-query'

/** ISA13, GS06 and ST02 are at most 9 digits. */
const MAX_CONTROL = 999_999_999

export type ControlName = 'interchange' | 'group' | 'transaction'

/**
 * Takes the next `count` numbers of a sequence and returns the first. Call it inside the
 * transaction that records what uses them: if that rolls back, so does the reservation, and a
 * number that reached a recorded file is never handed out again.
 */
export function reserveControlNumbers(db: Database.Database, name: ControlName, count = 1): number {
  const row = firstRow(
    db,
    storeQuery.selectFrom('control_numbers').select('last').where('name', '=', name),
  )
  const last = row?.last ?? 0
  const next = last + count
  if (next > MAX_CONTROL) {
    throw new Error(`The ${name} control numbers are used up (past ${MAX_CONTROL}).`)
  }
  runQuery(
    db,
    storeQuery
      .insertInto('control_numbers')
      .values({ name, last: next })
      .onConflict((oc) => oc.column('name').doUpdateSet({ last: next })),
  )
  return last + 1
}

const RESPONSIBILITY_MARK: Record<ClaimResponsibility, string> = {
  primary: '',
  secondary: 'S',
  tertiary: 'T',
}

export interface ControlNumberParts {
  accountNo: string
  visitId: number
  splitPart: number
  responsibility: ClaimResponsibility
  /**
   * R for a replacement, V for a void, A for a claim made again for a visit whose first claim
   * was withdrawn, with a count that makes the number unique.
   */
  revision?: { kind: 'R' | 'V' | 'A'; number: number }
}

/**
 * CLM01, at most 17 characters, echoed in the 835 CLP01 and shown on statements:
 * account-visit-part, then S/T for a secondary/tertiary claim and R1/V1 for a replacement or
 * void ("100234-17-1", "100234-17-1S", "100234-17-2R1"). The visit id is in base 36 so large
 * ids stay short; a long imported account number falls back to base 36 too, and then to a
 * number from the claim sequence, so the result always fits.
 */
export function patientControlNumber(parts: ControlNumberParts, claimSequence: number): string {
  const suffix =
    String(parts.splitPart) +
    RESPONSIBILITY_MARK[parts.responsibility] +
    (parts.revision ? `${parts.revision.kind}${parts.revision.number}` : '')
  const visit = parts.visitId.toString(36).toUpperCase()
  const account = parts.accountNo.replace(/[^0-9A-Za-z]/g, '').toUpperCase()
  const plain = `${account}-${visit}-${suffix}`
  if (plain.length <= MAX_PATIENT_CONTROL_NUMBER) return plain
  if (/^\d{1,15}$/.test(account)) {
    const short = `${Number(account).toString(36).toUpperCase()}-${visit}-${suffix}`
    if (short.length <= MAX_PATIENT_CONTROL_NUMBER) return short
  }
  return `C${claimSequence.toString(36).toUpperCase()}-${suffix}`.slice(
    0,
    MAX_PATIENT_CONTROL_NUMBER,
  )
}

/** The first free control number for these parts, counting the revision up past any taken. */
export function uniquePatientControlNumber(
  db: Database.Database,
  parts: ControlNumberParts,
  againKind: 'R' | 'V' | 'A' = 'A',
): string {
  const sequence = nextClaimSequence(db)
  let candidate = patientControlNumber(parts, sequence)
  let number = parts.revision?.number ?? 1
  while (controlNumberTaken(db, candidate)) {
    number++
    candidate = patientControlNumber(
      { ...parts, revision: { kind: parts.revision?.kind ?? againKind, number } },
      sequence + number,
    )
  }
  return candidate
}

function controlNumberTaken(db: Database.Database, pcn: string): boolean {
  return (
    firstRow(
      db,
      storeQuery.selectFrom('claims').select('id').where('patient_control_number', '=', pcn),
    ) !== undefined
  )
}

/** The claim id the next insert will get: a last resort for a control number that fits. */
function nextClaimSequence(db: Database.Database): number {
  const row = firstRow(
    db,
    storeQuery.selectFrom('claims').select((eb) => eb.fn.max<number | null>('id').as('n')),
  )
  return (row?.n ?? 0) + 1
}

/** REF*6R: the claim's control number and the line number, unique because CLM01 is. */
export function lineControlNumber(pcn: string, lineNo: number): string {
  return `${pcn}-${lineNo}`
}
