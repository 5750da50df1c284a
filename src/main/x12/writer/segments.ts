import { COMPONENT, ELEMENT, SEGMENT } from './elements'

/**
 * Segments of one transaction set, in order. Trailing empty elements are dropped, as X12 asks
 * (a segment never ends in an element separator), so callers can pass every position.
 */
export class SegmentList {
  private readonly segments: string[] = []

  get count(): number {
    return this.segments.length
  }

  add(...elements: string[]): void {
    let end = elements.length
    while (end > 1 && elements[end - 1] === '') end--
    this.segments.push((end === elements.length ? elements : elements.slice(0, end)).join(ELEMENT))
  }

  /** Appends this list's segments, each followed by the terminator and `lineBreak`, to `out`. */
  writeTo(out: string[], lineBreak: string): void {
    const end = SEGMENT + lineBreak
    for (const segment of this.segments) out.push(segment, end)
  }
}

/** A composite element: components joined by ':', trailing empty components dropped. */
export function composite(...components: string[]): string {
  let end = components.length
  while (end > 1 && components[end - 1] === '') end--
  return (end === components.length ? components : components.slice(0, end)).join(COMPONENT)
}
