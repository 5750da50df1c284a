import { z } from 'zod'
import { op } from '../op'
import { ClaimSummary } from '../schemas/claim'
import { recordId } from '../validators/recordId'

const ClaimIds = z.object({
  claimIds: z.array(recordId('claim')).min(1, { error: 'Choose the claims to print' }).max(1000),
})

/** Claims to payers that take only paper: printed on the CMS-1500 and mailed, not batched. */
export const paperClaimOps = {
  'claims.paperQueue': op({
    summary: 'Claims waiting to be printed on a CMS-1500 and mailed to a paper-only payer',
    input: z.object({}),
    output: z.array(z.object({ claim: ClaimSummary, mailTo: z.string() })),
    access: 'claims.read',
  }),
  'claims.printPaper': op({
    summary: 'One PDF of the chosen print-queue claims, one CMS-1500 after another',
    input: ClaimIds.extend({
      dataOnly: z.boolean().default(false),
      offsetXPt: z.number().min(-36).max(36).default(0),
      offsetYPt: z.number().min(-36).max(36).default(0),
    }),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    access: 'claims.submit',
    audit: 'export',
  }),
  'claims.markMailed': op({
    summary: 'The printed claims went out in the mail: they become submitted',
    input: ClaimIds,
    output: z.object({ claimsSubmitted: z.number().int() }),
    access: 'claims.submit',
  }),
}
