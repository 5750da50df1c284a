/**
 * Claims sent to the (simulated) clearinghouse: a practice with `count` billed visits, queued
 * and put in one 837P batch, and a way to import what comes back through the inbox.
 */
import type { OpOutput } from '../../../src/shared/api'
import { claimPractice, coverage, officeVisit, type ClaimPractice } from '../claims/claim-practice'

export interface Sent {
  ids: number[]
  pcns: string[]
  batchId: number
  fileName: string
  content: string
}

export async function sendClaims(p: ClaimPractice, count: number, tag = 'A'): Promise<Sent> {
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const patientId = await p.patient([coverage(p.payerId, { memberId: `FKM3${tag}${i}` })])
    const visitId = await p.codedVisit(patientId, {
      lines: [officeVisit({ chargeCents: 12500 + i })],
    })
    const made = await p.bill(visitId)
    ids.push(...made.claims.filter((c) => c.status === 'ready').map((c) => c.claimId))
  }
  await p.run('claims.queue', { claimIds: ids })
  const batch = await p.run('claims.batch', {})
  const file = await p.run('claims.batchFile', { batchId: batch.batchId })
  await p.run('claims.batchExported', { batchId: batch.batchId, file: file.fileName })
  const pcns: string[] = []
  for (const id of ids) pcns.push((await p.run('claims.get', { claimId: id })).patientControlNumber)
  return { ids, pcns, batchId: batch.batchId, fileName: file.fileName, content: file.content }
}

export async function importText(
  p: ClaimPractice,
  text: string,
  name = 'answer.x12',
): Promise<OpOutput<'inbox.import'>[number]> {
  const [result] = await p.run('inbox.import', {
    files: [{ name, contentBase64: Buffer.from(text, 'latin1').toString('base64') }],
  })
  return result!
}

export async function statusOf(p: ClaimPractice, claimId: number) {
  return (await p.run('claims.get', { claimId })).status
}

export { claimPractice, type ClaimPractice }
