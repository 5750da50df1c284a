/** Reads back what a PDF printed and where, with poppler's `pdftotext -bbox`. */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FONT_SIZE_PT, rectPt, type GridRect } from '../../../src/main/print/cms1500/grid'
import { tempDir } from '../../support/temp'

export const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).status === 0
export const NO_PDFTOTEXT_MESSAGE =
  'pdftotext (poppler-utils) is not installed: skipping the CMS-1500 PDF layout tests'

export interface Word {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&apos;': "'",
  '&quot;': '"',
  '&lt;': '<',
  '&gt;': '>',
}

/** What `pdftotext <mode>` prints for the PDF (written to a temporary file it reads). */
function pdftotext(pdf: Buffer, mode: '-bbox' | '-layout'): string {
  const dir = tempDir('claimdesk-pdf-')
  try {
    const file = join(dir.path, 'doc.pdf')
    writeFileSync(file, pdf)
    const out = spawnSync('pdftotext', [mode, file, '-'], { encoding: 'utf8' })
    if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr}`)
    return out.stdout
  } finally {
    dir.remove()
  }
}

/** The words of each page, coordinates in points from the page's top-left corner. */
export function pdfPages(pdf: Buffer): Word[][] {
  return pdftotext(pdf, '-bbox')
    .split('<page ')
    .slice(1)
    .map((page) => [...page.matchAll(WORD)].map(toWord))
}

export function pdfInfo(pdf: Buffer): string {
  const dir = tempDir('claimdesk-pdf-')
  try {
    const file = join(dir.path, 'form.pdf')
    writeFileSync(file, pdf)
    return spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout
  } finally {
    dir.remove()
  }
}

const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g

function toWord(m: RegExpMatchArray): Word {
  const text = m[5]!.replace(/&\w+;/g, (e) => ENTITIES[e] ?? e)
  return { text, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) }
}

/**
 * The claim's data: words in 12 pt Courier, whose box pdftotext makes 0.786 em tall (ascent
 * 0.629 + descent 0.157). The form's own captions are smaller Helvetica.
 */
export function isData(word: Word): boolean {
  return Math.abs(word.yMax - word.yMin - 0.786 * FONT_SIZE_PT) < 0.05
}

const EPSILON = 0.01

export function inside(word: Word, rect: GridRect): boolean {
  const r = rectPt(rect)
  return (
    word.xMin >= r.x - EPSILON &&
    word.xMax <= r.x + r.width + EPSILON &&
    word.yMin >= r.y - EPSILON &&
    word.yMax <= r.y + r.height + EPSILON
  )
}

/** The data printed inside a rectangle of the grid, read line by line, left to right. */
export function dataIn(words: Word[], rect: GridRect): string {
  return words
    .filter((w) => isData(w) && inside(w, rect))
    .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
    .map((w) => w.text)
    .join(' ')
}

export function findWord(words: Word[], text: string): Word {
  const found = words.filter((w) => w.text === text)
  if (found.length !== 1)
    throw new Error(`Expected one "${text}" on the page, found ${found.length}`)
  return found[0]!
}

/** The text of a PDF as laid out on its pages (pdftotext -layout), pages split by form feed. */
export function pdfLayoutText(pdf: Buffer): string {
  return pdftotext(pdf, '-layout')
}
