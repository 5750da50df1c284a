/**
 * An X12 reader for any transaction (837, 999, 277CA, 835). The separators come from the ISA,
 * which is fixed width: the element separator is its 4th character, the component separator is
 * ISA16 and the segment terminator the character after it; ISA11 is the repetition separator.
 */

export interface X12Delimiters {
  element: string
  component: string
  segment: string
  /** ISA11 when it is a separator (5010); '' when it is the 4010 'U' standards identifier. */
  repetition: string
}

export interface X12Segment {
  /** 'ISA', 'NM1'… */
  id: string
  /** `elements[0]` is the id, so `elements[3]` is the segment's 03 element. '' when absent. */
  elements: string[]
  /** 1-based ordinal of the segment in the file. */
  position: number
  /** Character offset of the segment's first character in the text. */
  offset: number
  /** 1-based line of that character, for files broken into lines. */
  line: number
  /** False for a last segment that ran to the end of the text without its terminator. */
  terminated: boolean
}

export interface X12Document {
  delimiters: X12Delimiters
  segments: X12Segment[]
}

export class X12SyntaxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'X12SyntaxError'
  }
}

const ISA_ELEMENTS = 16

function isAlphanumeric(char: string): boolean {
  return /^[0-9A-Za-z]$/.test(char)
}

/** Reads the separators from the ISA at `start` (tolerates an ISA not padded to width). */
export function readDelimiters(text: string, start = 0): X12Delimiters {
  if (text.slice(start, start + 3) !== 'ISA') {
    throw new X12SyntaxError('This is not an X12 file: it does not start with an ISA segment')
  }
  const element = text[start + 3]
  if (element === undefined || isAlphanumeric(element) || element === ' ') {
    throw new X12SyntaxError('The ISA segment has no element separator after "ISA"')
  }
  // ISA16 follows the 16th element separator; the segment terminator follows ISA16.
  let at = start + 3
  let isa11Start = -1
  for (let n = 1; n <= ISA_ELEMENTS; n++) {
    at = text.indexOf(element, n === 1 ? at : at + 1)
    if (at < 0) throw new X12SyntaxError('The ISA segment is cut short: it needs 16 elements')
    if (n === 11) isa11Start = at + 1
  }
  const component = text[at + 1]
  const segment = text[at + 2]
  if (component === undefined || segment === undefined) {
    throw new X12SyntaxError('The ISA segment is cut short: ISA16 or the terminator is missing')
  }
  if (component === element || segment === element || segment === component) {
    throw new X12SyntaxError('The ISA separators must be three different characters')
  }
  const isa11 = text.slice(isa11Start, text.indexOf(element, isa11Start))
  const repetition =
    isa11.length === 1 &&
    !isAlphanumeric(isa11) &&
    isa11 !== ' ' &&
    ![element, component, segment].includes(isa11)
      ? isa11
      : ''
  return { element, component, segment, repetition }
}

/**
 * Splits an X12 file into segments. Line breaks after terminators (CR, LF or both) and a byte
 * order mark or whitespace before the ISA are skipped; everything else is kept as written.
 */
export function tokenize(text: string): X12Document {
  let start = 0
  while (start < text.length && /[\s\uFEFF]/.test(text[start]!)) start++
  const delimiters = readDelimiters(text, start)
  const { element, segment: terminator } = delimiters
  const skipCr = terminator !== '\r'
  const skipLf = terminator !== '\n'

  const segments: X12Segment[] = []
  let line = 1
  for (let i = 0; i < start; i++) if (text.charCodeAt(i) === 10) line++

  let at = start
  while (at < text.length) {
    // Line breaks between segments are layout, not data.
    const code = text.charCodeAt(at)
    if ((code === 13 && skipCr) || (code === 10 && skipLf)) {
      if (code === 10) line++
      at++
      continue
    }
    let end = text.indexOf(terminator, at)
    const terminated = end >= 0
    if (!terminated) end = text.length
    const raw = text.slice(at, end)
    if (!terminated && raw.trim() === '') break
    const elements = raw.split(element)
    segments.push({
      id: elements[0]!,
      elements,
      position: segments.length + 1,
      offset: at,
      line,
      terminated,
    })
    if (terminator === '\n') line++
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) line++
    at = end + 1
  }
  return { delimiters, segments }
}

/** The components of a composite element ('HC:99213:25' → ['HC', '99213', '25']). */
export function components(value: string, delimiters: X12Delimiters): string[] {
  return value.split(delimiters.component)
}

/** The repeats of a repeating element (5010 ISA11 separator); one item when there is none. */
export function repeats(value: string, delimiters: X12Delimiters): string[] {
  return delimiters.repetition === '' ? [value] : value.split(delimiters.repetition)
}
