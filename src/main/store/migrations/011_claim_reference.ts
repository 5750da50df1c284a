import type { Migration } from './migration'

/**
 * A replacement (7) or void (8) carries the payer's number of the claim it replaces (REF*F8,
 * CMS-1500 box 22). That reference is kept apart from the number the payer later gives the
 * replacement itself (277CA / 835), so a reprint or re-export shows what was sent.
 * Earlier replacements kept both in one column: the reference is taken back from the replaced
 * claim's own payer number where it has one.
 */
export const claimReference: Migration = {
  version: 11,
  name: 'claim_reference',
  up(db) {
    db.exec(`
      ALTER TABLE claims ADD COLUMN original_reference TEXT;
      UPDATE claims SET original_reference = COALESCE(
        (SELECT o.payer_claim_control_number FROM claims o WHERE o.id = claims.replaces_claim_id),
        payer_claim_control_number
      ) WHERE frequency IN ('7', '8');
      UPDATE claims SET payer_claim_control_number = NULL
        WHERE frequency IN ('7', '8') AND payer_claim_control_number = original_reference;
    `)
  },
}
