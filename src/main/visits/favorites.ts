import type Database from 'better-sqlite3-multiple-ciphers'
import { codeOnDate } from '../codes'
import { allRows, runQuery, storeQuery } from '../store/sync-query'

type FavoriteSet = 'icd10cm' | 'procedure'

/** The practice's common codes with today's description (a CPT code shows none without a CPT list). */
export function listFavorites(db: Database.Database, today: string) {
  const rows = allRows(
    db,
    storeQuery.selectFrom('favorites').selectAll().orderBy('code_set').orderBy('code'),
  )
  return rows.map((r) => {
    const entry =
      r.code_set === 'icd10cm'
        ? codeOnDate(db, 'icd10cm', r.code, today)
        : (codeOnDate(db, 'hcpcs', r.code, today) ?? codeOnDate(db, 'cpt', r.code, today))
    return { set: r.code_set, code: r.code, label: r.label, description: entry?.description ?? '' }
  })
}

export function saveFavorite(
  db: Database.Database,
  set: FavoriteSet,
  code: string,
  label: string,
): void {
  const stored = code.replace(/\./g, '')
  runQuery(
    db,
    storeQuery
      .insertInto('favorites')
      .values({ code_set: set, code: stored, label })
      .onConflict((oc) => oc.columns(['code_set', 'code']).doUpdateSet({ label })),
  )
}

export function removeFavorite(db: Database.Database, set: FavoriteSet, code: string): void {
  runQuery(
    db,
    storeQuery
      .deleteFrom('favorites')
      .where('code_set', '=', set)
      .where('code', '=', code.replace(/\./g, '')),
  )
}
