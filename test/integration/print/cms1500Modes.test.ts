import { beforeAll, describe, expect, it } from 'vitest'
import { renderCms1500 } from '../../../src/main/print/cms1500'
import { BOXES, serviceCellRect } from '../../../src/main/print/cms1500/layout'
import { eightLineClaim, sampleClaim } from '../../fixtures/print/cms1500Claims'
import {
  dataIn,
  HAS_PDFTOTEXT,
  isData,
  NO_PDFTOTEXT_MESSAGE,
  pdfPages,
  type Word,
} from './pdfWords'

if (!HAS_PDFTOTEXT) console.warn(NO_PDFTOTEXT_MESSAGE)

const ROWS = [1, 2, 3, 4, 5, 6]

describe.skipIf(!HAS_PDFTOTEXT)('a claim with more than six lines', () => {
  let pages: Word[][]

  beforeAll(async () => {
    pages = pdfPages(await renderCms1500(eightLineClaim(), { mode: 'full' }))
  })

  it('continues on a second form: 6 lines on the first page, 2 on the second', () => {
    expect(pages).toHaveLength(2)
    const codes = (page: Word[]) => ROWS.map((row) => dataIn(page, serviceCellRect(row, 'D')))
    expect(codes(pages[0]!)).toEqual(['99211', '99212', '99213', '99214', '99215', '99211'])
    expect(codes(pages[1]!)).toEqual(['99212', '99213', '', '', '', ''])
  })

  it('says CONTINUED in box 28 of the first page and totals the whole claim on the last, as NUCC says', () => {
    // 101 + 102 + … + 108: the whole claim, once.
    expect(dataIn(pages[0]!, BOXES['28'].rect)).toBe('CONTINUED')
    expect(dataIn(pages[1]!, BOXES['28'].rect)).toBe('836 00')
  })

  it('repeats the patient and the claim boxes on every page', () => {
    for (const page of pages) {
      expect(dataIn(page, BOXES['2'].rect)).toBe('TESTPATIENT, ALICE, Q')
      expect(dataIn(page, BOXES['26'].rect)).toBe('CLM000123')
      expect(dataIn(page, BOXES['21'].rect)).toBe('0 J069 R509 E119 I10 Z794')
    }
  })
})

describe.skipIf(!HAS_PDFTOTEXT)('data-only output for red pre-printed forms', () => {
  let full: Word[]
  let plain: Word[]

  beforeAll(async () => {
    full = pdfPages(await renderCms1500(sampleClaim(), { mode: 'full' }))[0]!
    plain = pdfPages(await renderCms1500(sampleClaim(), { mode: 'data-only' }))[0]!
  })

  it('prints no part of the form: no captions, titles or labels', () => {
    const text = plain.map((w) => w.text).join(' ')
    for (const caption of ["PATIENT'S", 'INSURED', 'CARRIER', 'PICA', 'NUCC', 'SIGNED', 'NPI']) {
      expect(text).not.toContain(caption)
    }
    expect(plain.every(isData)).toBe(true)
    expect(full.some((w) => w.text === "PATIENT'S")).toBe(true)
  })

  it('prints every value exactly where the full form prints it', () => {
    const fullData = full.filter(isData).map(key).sort()
    expect(plain.map(key).sort()).toEqual(fullData)
  })

  it('moves every value by exactly the printer offset', async () => {
    const offset = { xPt: 7.5, yPt: -3.25 }
    const moved = pdfPages(await renderCms1500(sampleClaim(), { mode: 'data-only', offset }))[0]!
    expect(moved).toHaveLength(plain.length)
    moved.forEach((word, i) => {
      const before = plain[i]!
      expect(word.text).toBe(before.text)
      expect(word.xMin - before.xMin).toBeCloseTo(offset.xPt, 3)
      expect(word.yMin - before.yMin).toBeCloseTo(offset.yPt, 3)
      expect(word.xMax - before.xMax).toBeCloseTo(offset.xPt, 3)
      expect(word.yMax - before.yMax).toBeCloseTo(offset.yPt, 3)
    })
  })

  it('refuses an offset beyond half an inch, which means a wrong setting, not a feed error', async () => {
    await expect(
      renderCms1500(sampleClaim(), { mode: 'data-only', offset: { xPt: 72, yPt: 0 } }),
    ).rejects.toThrow(/between -36 and 36 points/)
  })
})

function key(w: Word): string {
  return `${w.text}@${w.xMin.toFixed(2)},${w.yMin.toFixed(2)}`
}
