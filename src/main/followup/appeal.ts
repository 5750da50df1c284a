/**
 * An appeal letter for a denied claim, from a template filled with the claim's facts: the
 * practice's header, the payer's claims address, the patient's name, date of birth and member
 * ID, our claim number and the payer's, the date of service, every denied line with its CARC
 * and RARC meanings, and a paragraph the user can edit.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { formatCents, cents } from '../../shared/money'
import type { FollowUpItem } from '../../shared/ops/followup'
import { readClaim } from '../claims/records'
import { letterPdf, pdfBytes } from '../print/pdfDocument'
import { getPractice } from '../registration/practice'

const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`
const money = (c: number) => formatCents(cents(c))

export function defaultParagraph(item: FollowUpItem): string {
  return (
    'We ask you to reconsider this claim. The services listed were medically necessary, were ' +
    'provided as billed on the date of service, and are covered under the member’s plan. ' +
    'The enclosed records support the services billed. Please reprocess the claim and pay ' +
    'the denied amounts, or tell us in writing what further information you need.'
  ).replace('this claim', `claim ${item.patientControlNumber}`)
}

export async function appealLetter(
  db: Database.Database,
  item: FollowUpItem,
  paragraph: string,
  today: string,
): Promise<{ fileName: string; pdf: Buffer }> {
  const claim = readClaim(db, item.claimId)
  const practice = getPractice(db).profile ?? claim.data.practice
  const patient = claim.data.patient.record
  const payer = claim.data.payer.record
  const doc = letterPdf('Appeal letter')
  doc.addPage({ size: 'LETTER', margin: 72 })
  const left = 72
  const width = 612 - 144

  // Practice header.
  if (practice) {
    const a = practice.billingAddress
    doc.font('Helvetica-Bold').fontSize(14).text(practice.legalName, left, 56, { width })
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(`${a.street1}${a.street2 ? ', ' + a.street2 : ''}, ${a.city}, ${a.state} ${a.zip}`)
      .text(`Phone ${practice.phone}   NPI ${practice.billingNpi}   Tax ID ${practice.ein}`)
  }
  doc.moveDown(2).fontSize(11).text(usDate(today))
  doc.moveDown()
  // Payer address.
  doc.text(payer.name)
  doc.text('Attn: Appeals')
  if (payer.claimsAddress) {
    const a = payer.claimsAddress
    doc.text(`${a.street1}${a.street2 ? ', ' + a.street2 : ''}`)
    doc.text(`${a.city}, ${a.state} ${a.zip}`)
  }
  doc.moveDown()
  doc.font('Helvetica-Bold').text('Re: Request for reconsideration of a denied claim')
  doc.font('Helvetica')
  const facts: [string, string][] = [
    ['Patient', `${patient.firstName} ${patient.lastName}`],
    ['Date of birth', usDate(patient.dob)],
    ['Member ID', claim.data.coverage.record.memberId],
    ['Our claim number', item.patientControlNumber],
    ['Payer claim number', item.payerClaimNumber ?? '(not given)'],
    ['Date of service', usDate(item.dateOfService)],
    ['Amount in dispute', money(item.amountCents)],
  ]
  for (const [k, v] of facts) doc.text(`${k}: ${v}`, { indent: 18 })
  doc.moveDown()
  doc.text('To the appeals department:')
  doc.moveDown(0.5)
  doc.text(paragraph, { width, align: 'left' })
  doc.moveDown()
  if (item.lines.length > 0) {
    doc.font('Helvetica-Bold').text('Lines denied')
    doc.font('Helvetica')
    for (const l of item.lines) {
      doc
        .moveDown(0.3)
        .text(
          `Line ${l.lineNo}: ${[l.code, ...l.modifiers].join('-')}, billed ${money(l.chargeCents)}, paid ${money(l.paidCents)}, denied ${money(l.deniedCents)}`,
          { indent: 18 },
        )
      for (const r of l.reasons) {
        doc.text(`${r.group}-${r.code}: ${r.description}`, { indent: 36, width: width - 36 })
      }
      for (const r of l.remarks) {
        doc.text(`Remark ${r.code}: ${r.description}`, { indent: 36, width: width - 36 })
      }
    }
    doc.moveDown()
  }
  doc.text('Sincerely,')
  doc.moveDown(2)
  doc.text(practice?.legalName ?? '')
  const pdf = await pdfBytes(doc)
  return { fileName: `appeal-${item.patientControlNumber}.pdf`, pdf }
}
