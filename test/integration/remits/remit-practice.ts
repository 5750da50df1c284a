/** A claim practice with submitted claims and a way to import 835 text through the inbox. */
import { importInbound, previewInbound, type ImportResult } from '../../../src/main/inbox/process'
import { PROCESSORS } from '../../../src/main/inbox/processors'
import type { ServiceLineInput } from '../../../src/shared/schemas/visit'
import { claimPractice, coverage, NOW, type ClaimPractice } from '../claims/claim-practice'

export interface RemitPractice extends ClaimPractice {
  /** Bills a visit for a new patient and sends its primary claim; returns the claim ids. */
  submitted(
    lines?: ServiceLineInput[],
    secondary?: boolean,
  ): Promise<{ primary: number; secondary: number | null; visitId: number; patientId: number }>
  importEra(text: string, name?: string): ImportResult
  previewEra(text: string, name?: string): ImportResult
}

let files = 0

export async function remitPractice(): Promise<RemitPractice> {
  const p = await claimPractice()
  const ctx = { user: 'ann.admin', at: new Date(NOW).toISOString() }
  const input = (text: string, name?: string) => ({
    bytes: Buffer.from(text, 'latin1'),
    name: name ?? `remit-${++files}.835`,
    source: 'manual' as const,
  })
  return {
    ...p,
    async submitted(lines, secondary = false) {
      const coverages = [coverage(p.payerId)]
      if (secondary) {
        coverages.push(coverage(p.secondPayerId, { order: 'secondary', memberId: 'SEC55501' }))
      }
      const patientId = await p.patient(coverages)
      const visitId = await p.codedVisit(patientId, lines ? { lines } : {})
      const claims = (await p.bill(visitId)).claims
      await p.run('claims.queue', { claimIds: [claims[0]!.claimId] })
      const batch = await p.run('claims.batch', {})
      await p.run('claims.batchExported', { batchId: batch.batchId, file: 'out.837' })
      return {
        primary: claims[0]!.claimId,
        secondary: claims[1]?.claimId ?? null,
        visitId,
        patientId,
      }
    },
    importEra: (text, name) => importInbound(p.office.store.db, PROCESSORS, input(text, name), ctx),
    previewEra: (text, name) =>
      previewInbound(p.office.store.db, PROCESSORS, input(text, name), ctx),
  }
}
