import type { Generated } from 'kysely'

export type FollowUpReason = 'denial' | 'no_answer' | 'rejection'

export interface FollowUpItemsTable {
  id: Generated<number>
  claim_id: number
  reason: FollowUpReason
  /** A user name, or null while nobody owns it. */
  owner: string | null
  /** YYYY-MM-DD. */
  follow_up_date: string | null
  status: Generated<'open' | 'done'>
  updated_at: string
  updated_by: string
}

export interface FollowUpNotesTable {
  id: Generated<number>
  item_id: number
  note: string
  by: string
  at: string
}

export interface FollowUpTables {
  followup_items: FollowUpItemsTable
  followup_notes: FollowUpNotesTable
}
