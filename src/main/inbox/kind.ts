import type { InboundKind } from '../store/schema-inbox'
import { readDelimiters } from '../x12/tokenize'

/** GS01 functional identifier → what the file is (X12 479 code list). */
const FUNCTIONAL_IDS: Readonly<Record<string, InboundKind>> = {
  FA: '999',
  HN: '277CA',
  HP: '835',
  HC: '837',
}

/**
 * What an inbound file is, read from its content (ISA, then TA1 or GS01/ST01), never from its
 * name: clearinghouses name files as they please, and a renamed file must not fool the import.
 */
export function detectKind(bytes: Uint8Array): InboundKind {
  const text = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1')
  const start = text.search(/[^\s\uFEFF\u00EF\u00BB\u00BF]/)
  if (start >= 0 && text.startsWith('ISA', start)) {
    let delimiters
    try {
      delimiters = readDelimiters(text, start)
    } catch {
      return 'unknown'
    }
    // The first GS (or a TA1, which stands alone in its interchange) says what follows.
    for (const raw of text.slice(start).split(delimiters.segment).slice(1, 4)) {
      const [id, first] = raw.trim().split(delimiters.element)
      if (id === 'TA1') return 'TA1'
      if (id === 'GS') return FUNCTIONAL_IDS[first?.trim() ?? ''] ?? 'unknown'
    }
    return 'unknown'
  }
  return looksLikeText(bytes) ? 'text' : 'unknown'
}

/** Vendor reports are plain text: printable bytes, tabs and line breaks, maybe UTF-8. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const b of sample) {
    if (b === 0) return false
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++
  }
  return control / sample.length < 0.01
}
