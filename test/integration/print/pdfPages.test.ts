import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { letterPdf, pdfBytes } from '../../../src/main/print/pdfDocument'
import { pdfPageRanges } from '../../../src/main/print/pdfPages'
import { tempDir } from '../../support/temp'
import { HAS_PDFTOTEXT, pdfPages } from './pdfWords'

function pdfInfoPages(pdf: Buffer): number {
  const dir = tempDir('claimdesk-pdfpages-')
  try {
    const file = join(dir.path, 'p.pdf')
    writeFileSync(file, pdf)
    const out = spawnSync('pdfinfo', [file], { encoding: 'utf8' })
    // Strict about errors: a broken xref shows up on stderr even when pages are recovered.
    expect(out.stderr).toBe('')
    return Number(/Pages:\s+(\d+)/.exec(out.stdout)?.[1])
  } finally {
    dir.remove()
  }
}

describe.skipIf(!HAS_PDFTOTEXT)('cutting pages out of a printed PDF', () => {
  it('gives each range as its own PDF with the same words in the same places', async () => {
    const doc = letterPdf('Test pages')
    for (let i = 1; i <= 4; i++) {
      doc.addPage({ size: 'LETTER', margin: 0 })
      doc.font(i % 2 ? 'Helvetica' : 'Helvetica-Bold').fontSize(10)
      doc.text(`Page number ${i} of the run`, 72, 72 + i * 20, { lineBreak: false })
      doc.rect(36, 36, 100, 20).stroke()
    }
    const whole = await pdfBytes(doc)
    const wholeWords = pdfPages(whole)
    const parts = pdfPageRanges(whole, [
      { first: 0, count: 1 },
      { first: 1, count: 3 },
    ])
    expect(parts.map(pdfInfoPages)).toEqual([1, 3])
    expect(pdfPages(parts[0]!)).toEqual(wholeWords.slice(0, 1))
    expect(pdfPages(parts[1]!)).toEqual(wholeWords.slice(1, 4))
    expect(() => pdfPageRanges(whole, [{ first: 3, count: 2 }])).toThrow(/missing/)
  })
})
