import PDFDocument from 'pdfkit'

/**
 * A letter-size pdfkit document with no margins (forms place every mark themselves) and document
 * info that names the kind of document only: a PDF's title and subject show in print queues,
 * file managers and recent-document lists, so they never carry a patient's name.
 */
export function letterPdf(title: string): PDFKit.PDFDocument {
  return new PDFDocument({
    size: 'LETTER',
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Creator: 'ClaimDesk', Producer: 'ClaimDesk' },
  })
}

/** Ends the document and resolves with its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}
