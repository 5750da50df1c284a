import type Database from 'better-sqlite3-multiple-ciphers'
import type { Practice } from '../../shared/schemas/practice'
import { firstRow, runQuery, storeQuery } from '../store/sync-query'

export interface PracticeView {
  name: string
  profile: Practice | null
}

export function getPractice(db: Database.Database): PracticeView {
  const row = firstRow(
    db,
    storeQuery.selectFrom('practice').select(['name', 'profile']).where('id', '=', 1),
  )
  return {
    name: row?.name ?? '',
    profile: row?.profile ? (JSON.parse(row.profile) as Practice) : null,
  }
}

/** The legal name on the billing-provider record is also the practice's display name. */
export function updatePractice(db: Database.Database, profile: Practice): PracticeView {
  runQuery(
    db,
    storeQuery
      .updateTable('practice')
      .set({ name: profile.legalName, profile: JSON.stringify(profile) })
      .where('id', '=', 1),
  )
  return getPractice(db)
}
