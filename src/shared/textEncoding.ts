/**
 * Reading a spreadsheet export as text without guessing silently: a file that is not valid UTF-8
 * is refused with the row and byte where it stops being UTF-8 and how that row would read as
 * Windows-1252, so the person can re-save it as UTF-8 or say it is Windows-1252.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252'

export type DecodedText = { ok: true; text: string } | { ok: false; message: string }

export function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName = 'utf-8'): DecodedText {
  if (encoding === 'windows-1252')
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes) }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { ok: true, text: text.replace(/^\uFEFF/, '') }
  } catch {
    const at = firstInvalidUtf8(bytes)
    let row = 1
    let lineStart = 0
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        row++
        lineStart = i + 1
      }
    }
    let lineEnd = bytes.indexOf(0x0a, at)
    if (lineEnd < 0) lineEnd = bytes.length
    const guess = new TextDecoder('windows-1252')
      .decode(bytes.subarray(lineStart, Math.min(lineEnd, lineStart + 200)))
      .replace(/\r$/, '')
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return {
      ok: false,
      message:
        `the file is not UTF-8: row ${row}, byte ${at + 1} (0x${hex}) is not valid UTF-8. ` +
        `It looks like Windows-1252, where row ${row} would read "${guess}". ` +
        'Save the file as "CSV UTF-8", or import it again saying it is Windows-1252.',
    }
  }
}

/** Offset of the first byte where the UTF-8 sequence breaks. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
    }
    i += need + 1
  }
  return Math.max(0, bytes.length - 1)
}
