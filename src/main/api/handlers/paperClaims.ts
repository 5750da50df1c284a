import { localIsoDate } from '../../../shared/validators/isoDate'
import { markMailed, paperQueue, printPaperClaims } from '../../claims/paper'
import { defineHandlers } from '../router'

export const paperClaimHandlers = defineHandlers({
  'claims.paperQueue': (_input, { office }) => paperQueue(office.store.db),
  'claims.printPaper': async ({ claimIds, ...layout }, { office }) => {
    const printedOn = localIsoDate(office.clock())
    const pdf = await printPaperClaims(office.store.db, claimIds, layout, printedOn)
    return { fileName: `cms1500-print-queue-${printedOn}.pdf`, pdfBase64: pdf.toString('base64') }
  },
  'claims.markMailed': ({ claimIds }, { office, session }) =>
    markMailed(office.store.db, claimIds, {
      user: session.user?.username ?? 'system',
      at: office.clock().toISOString(),
    }),
})
