import type { Generated } from 'kysely'

export type AcknowledgmentKind = '999' | 'TA1' | '277CA' | 'manual'
/** accepted: the claim moves on; rejected: it must be fixed and sent again; pending: news only. */
export type AcknowledgmentStatus = 'accepted' | 'rejected' | 'pending'

export interface AcknowledgmentsTable {
  id: Generated<number>
  claim_id: number | null
  batch_id: number | null
  kind: AcknowledgmentKind
  status: AcknowledgmentStatus
  /** JSON array of the codes as received (e.g. ["A7:562:85"], ["IK5:R", "IK3:CLM:8"]). */
  codes: Generated<string>
  explanation: string
  payer_claim_number: string | null
  inbound_file_id: number | null
  at: string
  recorded_at: string
  recorded_by: string
}

export interface AcknowledgmentTables {
  acknowledgments: AcknowledgmentsTable
}
