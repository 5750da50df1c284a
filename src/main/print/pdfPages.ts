/**
 * Cuts pages out of a PDF that pdfkit wrote, as standalone PDFs, without drawing them again: a
 * statement run draws every statement once into the run's PDF, and each statement's archived
 * copy is its own pages copied byte for byte (same content streams, same fonts) from that file.
 *
 * This reads only what pdfkit writes: a classic xref table, one flat /Pages /Kids list, and no
 * object streams. References are rewritten in object dictionaries only; stream bytes are copied
 * untouched.
 */
import { DomainError } from '../errors'

interface PdfObject {
  /** The dictionary (or plain value) text, latin1, with references. */
  head: string
  /** Stream bytes, kept as they are, when the object is a stream. */
  stream: Buffer | null
}

const REF = /(\d+) 0 R/g

function unreadable(why: string): never {
  throw new DomainError('conflict', `The printed PDF could not be split into statements: ${why}.`)
}

function readObjects(pdf: Buffer): { objects: Map<number, PdfObject>; trailer: string } {
  const text = pdf.toString('latin1')
  const start = text.lastIndexOf('startxref')
  if (start < 0) unreadable('no cross-reference table')
  const xrefAt = Number(
    text
      .slice(start + 9)
      .trim()
      .split(/\s+/)[0],
  )
  const xref = text.slice(xrefAt)
  const header = /^xref\s+(\d+)\s+(\d+)\s+/.exec(xref)
  if (!header) unreadable('the cross-reference table is not a classic one')
  const first = Number(header[1])
  const count = Number(header[2])
  const objects = new Map<number, PdfObject>()
  const rows = xref.slice(header[0].length)
  for (let i = 0; i < count; i++) {
    const row = rows.slice(i * 20, i * 20 + 18)
    if (row.endsWith('f')) continue
    const offset = Number(row.slice(0, 10))
    const num = first + i
    const bodyStart = text.indexOf('obj', offset) + 3
    const end = text.indexOf('endobj', bodyStart)
    const body = text.slice(bodyStart, end)
    const s = body.indexOf('stream\n')
    if (s >= 0 && body.lastIndexOf('endstream') > s) {
      const data = bodyStart + s + 7
      const dataEnd = bodyStart + body.lastIndexOf('\nendstream')
      objects.set(num, { head: body.slice(0, s), stream: pdf.subarray(data, dataEnd) })
    } else objects.set(num, { head: body, stream: null })
  }
  const trailer = text.slice(text.indexOf('trailer', xrefAt), start)
  return { objects, trailer }
}

const refOf = (text: string, key: string): number | null => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(text)
  return m ? Number(m[1]) : null
}

/** Splits `pdf` into standalone PDFs, one per range of pages (0-based first page, page count). */
export function pdfPageRanges(pdf: Buffer, ranges: { first: number; count: number }[]): Buffer[] {
  const { objects, trailer } = readObjects(pdf)
  const root = objects.get(refOf(trailer, 'Root') ?? -1)
  const pagesNum = root ? refOf(root.head, 'Pages') : null
  const pagesObj = pagesNum === null ? undefined : objects.get(pagesNum)
  const kids = /\/Kids \[([^\]]*)\]/.exec(pagesObj?.head ?? '')
  if (!kids) unreadable('no page list')
  const pages = [...kids[1]!.matchAll(REF)].map((m) => Number(m[1]))
  const infoNum = refOf(trailer, 'Info')
  return ranges.map(({ first, count }) => {
    const wanted = pages.slice(first, first + count)
    if (wanted.length !== count) unreadable(`pages ${first + 1} to ${first + count} are missing`)
    // New numbers: 1 catalog, 2 page tree, then everything the pages (and info) reach.
    const renumber = new Map<number, number>()
    const order: number[] = []
    const visit = (num: number) => {
      if (renumber.has(num)) return
      const obj = objects.get(num)
      if (!obj) unreadable(`object ${num} is missing`)
      renumber.set(num, order.length + 3)
      order.push(num)
      for (const m of obj.head.replace(/\/Parent \d+ 0 R/, '').matchAll(REF)) visit(Number(m[1]))
    }
    for (const p of wanted) visit(p)
    if (infoNum !== null) visit(infoNum)
    const rewrite = (head: string) =>
      head
        .replace(REF, (_, n: string) => `${renumber.get(Number(n)) ?? n} 0 R`)
        .replace(/\/Parent \d+ 0 R/, '/Parent 2 0 R')
    const parts: Buffer[] = [Buffer.from('%PDF-1.3\n%\xff\xff\xff\xff\n', 'latin1')]
    const offsets: number[] = []
    let at = parts[0]!.length
    const add = (num: number, head: string, stream: Buffer | null) => {
      offsets[num] = at
      const chunk = stream
        ? [
            Buffer.from(`${num} 0 obj${head}stream\n`, 'latin1'),
            stream,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ]
        : [Buffer.from(`${num} 0 obj${head}endobj\n`, 'latin1')]
      for (const c of chunk) {
        parts.push(c)
        at += c.length
      }
    }
    add(1, '\n<<\n/Type /Catalog\n/Pages 2 0 R\n>>\n', null)
    const kidRefs = wanted.map((p) => `${renumber.get(p)} 0 R`).join(' ')
    add(2, `\n<<\n/Type /Pages\n/Count ${count}\n/Kids [${kidRefs}]\n>>\n`, null)
    for (const num of order) {
      const obj = objects.get(num)!
      add(renumber.get(num)!, rewrite(obj.head), obj.stream)
    }
    const size = order.length + 3
    const xref = [`xref\n0 ${size}\n0000000000 65535 f \n`]
    for (let n = 1; n < size; n++) xref.push(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`)
    const info = infoNum !== null ? `/Info ${renumber.get(infoNum)} 0 R\n` : ''
    xref.push(`trailer\n<<\n/Size ${size}\n/Root 1 0 R\n${info}>>\nstartxref\n${at}\n%%EOF\n`)
    parts.push(Buffer.from(xref.join(''), 'latin1'))
    return Buffer.concat(parts)
  })
}
