/** What people add to a follow-up item: owner, follow-up date, notes (who/when), done. */
import type Database from 'better-sqlite3-multiple-ciphers'
import type { FollowUpReason } from '../../shared/ops/followup'
import type { Actor } from '../claims/claim'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'

export interface ItemState {
  owner: string | null
  followUpDate: string | null
  status: 'open' | 'done'
  notes: { note: string; by: string; at: string }[]
}

/** States of the items of these claims, keyed `reason:claimId`. */
export function itemStates(db: Database.Database, claimIds: number[]): Map<string, ItemState> {
  const ids = [...new Set(claimIds)]
  const out = new Map<string, ItemState>()
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const items = allRows(
      db,
      storeQuery.selectFrom('followup_items').selectAll().where('claim_id', 'in', chunk),
    )
    if (items.length === 0) continue
    const notes = allRows(
      db,
      storeQuery
        .selectFrom('followup_notes')
        .select(['item_id', 'note', 'by', 'at'])
        .where(
          'item_id',
          'in',
          items.map((r) => r.id),
        )
        .orderBy('id'),
    )
    for (const r of items) {
      out.set(`${r.reason}:${r.claim_id}`, {
        owner: r.owner,
        followUpDate: r.follow_up_date,
        status: r.status,
        notes: notes
          .filter((n) => n.item_id === r.id)
          .map((n) => ({ note: n.note, by: n.by, at: n.at })),
      })
    }
  }
  return out
}

/** The item's row id, made on first use. */
function itemId(db: Database.Database, claimId: number, reason: FollowUpReason, actor: Actor) {
  const found = firstRow(
    db,
    storeQuery
      .selectFrom('followup_items')
      .select('id')
      .where('claim_id', '=', claimId)
      .where('reason', '=', reason),
  )
  if (found) return found.id
  const r = runQuery(
    db,
    storeQuery.insertInto('followup_items').values({
      claim_id: claimId,
      reason,
      updated_at: actor.at,
      updated_by: actor.user,
    }),
  )
  return Number(r.lastInsertRowid)
}

export function updateItem(
  db: Database.Database,
  claimId: number,
  reason: FollowUpReason,
  change: { owner?: string | null; follow_up_date?: string | null; status?: 'open' | 'done' },
  actor: Actor,
): void {
  db.transaction(() => {
    const id = itemId(db, claimId, reason, actor)
    runQuery(
      db,
      storeQuery
        .updateTable('followup_items')
        .set({ ...change, updated_at: actor.at, updated_by: actor.user })
        .where('id', '=', id),
    )
  })()
}

export function addNote(
  db: Database.Database,
  claimId: number,
  reason: FollowUpReason,
  note: string,
  actor: Actor,
): void {
  db.transaction(() => {
    const id = itemId(db, claimId, reason, actor)
    runQuery(
      db,
      storeQuery
        .insertInto('followup_notes')
        .values({ item_id: id, note, by: actor.user, at: actor.at }),
    )
  })()
}
