import type { X12Segment } from '../tokenize'

/** One finding, pinned to a segment. Messages never quote names, IDs or dates from the file. */
export interface ValidationError {
  /** 1-based position of the segment in the file; 0 for the file as a whole. */
  position: number
  /** Loop id ('2010BA'), or the envelope segment ('ISA', 'GS', 'ST'); '' when unknown. */
  loop: string
  /** Segment id ('NM1'); '' for the file as a whole. */
  segment: string
  /** Element id ('NM109', 'CLM05-3'); '' when the finding is about the whole segment. */
  element: string
  message: string
}

export class Findings {
  readonly errors: ValidationError[] = []

  add(segment: X12Segment | undefined, loop: string, element: string, message: string): void {
    this.errors.push({
      position: segment?.position ?? 0,
      loop,
      segment: segment?.id ?? '',
      element,
      message,
    })
  }
}

/** 'NM1' + 9 → 'NM109'. */
export function elementId(segmentId: string, index: number): string {
  return segmentId + String(index).padStart(2, '0')
}
