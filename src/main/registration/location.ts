/**
 * A location's default place of service must be a code on the CMS list, not only two digits:
 * 77 looks like a code and is not one, and every visit there would be rejected.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { Location } from '../../shared/schemas/location'
import { codeOnDate } from '../codes'
import { DomainError } from '../errors'
import { firstRow, storeQuery } from '../store/sync-query'

export function checkLocationPlaceOfService(
  db: Database.Database,
  location: Location,
  today: string,
): void {
  const pos = location.defaultPlaceOfService
  const listed = firstRow(
    db,
    storeQuery.selectFrom('code_versions').select('id').where('code_set', '=', 'pos').limit(1),
  )
  // Without a POS list (never imported), the two-digit check of the form is all there is.
  if (!listed || codeOnDate(db, 'pos', pos, today)) return
  throw new DomainError(
    'invalid_input',
    `Place of service ${pos} is not on the CMS place-of-service list — pick one from the list, like 11 for an office or 22 for an outpatient hospital`,
    'record.defaultPlaceOfService',
  )
}
