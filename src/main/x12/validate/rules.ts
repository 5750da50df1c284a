/**
 * The shape of an implementation-guide map: loops of segments, each segment with its element
 * rules. Element rules are written as short strings so the map reads like the guide's tables:
 *
 *   'R AN 1 60'          required, alphanumeric, 1–60 characters
 *   'S ID 1 2 =XX'       situational code, one of the listed values
 *   'R AN 2 80 npi'      plus a named check (see ElementCheck)
 *   'N'                  not used
 */

export type Usage = 'R' | 'S' | 'N'
export type ElementType = 'AN' | 'ID' | 'N0' | 'R' | 'DT' | 'TM'
export type ElementCheck =
  'npi' | 'zip' | 'zip9' | 'street' | 'ein' | 'icd10' | 'period' | 'date' | 'taxonomy' | 'pos'

export interface ElementRule {
  usage: Usage
  type?: ElementType
  min?: number
  max?: number
  codes?: readonly string[]
  check?: ElementCheck
  /** A composite element's components, in order. */
  components?: readonly ElementRule[]
}

/** Which occurrence of a segment id this rule describes: by a code in one element. */
export interface Qualifier {
  element: number
  /** 1-based component of a composite element (HI01-1). */
  component?: number
  values: readonly string[]
}

export interface SegmentRule {
  kind: 'segment'
  id: string
  name: string
  usage: 'R' | 'S'
  max: number
  /** The guide's position number: segments of a loop come in ascending order; equal may mix. */
  order: number
  qualifier?: Qualifier
  elements?: readonly ElementRule[]
  /** Element pairs that are both present or both absent (X12 P-type syntax notes). */
  pairs?: readonly (readonly [number, number])[]
}

export interface LoopRule {
  kind: 'loop'
  id: string
  name: string
  usage: 'R' | 'S'
  max: number
  /**
   * Position of the loop in its parent, when not its first segment's (HL loops: HL is
   * position 0010 inside each, but 2000B comes after 2010AA and 2000C after 2300).
   */
  order?: number
  /** The first child is the segment that starts the loop. */
  children: readonly (SegmentRule | LoopRule)[]
}

export function orderOf(rule: SegmentRule | LoopRule): number {
  return rule.kind === 'segment' ? rule.order : (rule.order ?? trigger(rule).order)
}

export function trigger(loop: LoopRule): SegmentRule {
  const first = loop.children[0]
  if (!first || first.kind !== 'segment') throw new Error(`Loop ${loop.id} has no first segment`)
  return first
}

const CHECKS = new Set<string>([
  'npi',
  'zip',
  'zip9',
  'street',
  'ein',
  'icd10',
  'period',
  'date',
  'taxonomy',
  'pos',
])

/** Parses one element rule string ('R AN 1 60 =A,B check'). */
export function el(spec: string): ElementRule {
  const parts = spec.split(' ')
  const usage = parts[0] as Usage
  if (usage === 'N') return { usage }
  const rule: ElementRule = {
    usage,
    type: parts[1] as ElementType,
    min: Number(parts[2]),
    max: Number(parts[3]),
  }
  for (const part of parts.slice(4)) {
    if (part.startsWith('=')) rule.codes = part.slice(1).split(',')
    else if (CHECKS.has(part)) rule.check = part as ElementCheck
    else throw new Error(`Unknown element rule part "${part}" in "${spec}"`)
  }
  return rule
}

export function els(...specs: (string | ElementRule)[]): ElementRule[] {
  return specs.map((s) => (typeof s === 'string' ? el(s) : s))
}

/** A composite element: `comp('R', 'R ID 2 2 =HC', 'R AN 1 48')`. */
export function comp(usage: 'R' | 'S', ...components: string[]): ElementRule {
  return { usage, components: components.map(el) }
}

export interface SegmentOptions {
  qualifier?: Qualifier
  elements?: readonly ElementRule[]
  pairs?: readonly (readonly [number, number])[]
}

export function seg(
  id: string,
  name: string,
  usage: 'R' | 'S',
  max: number,
  order: number,
  options: SegmentOptions = {},
): SegmentRule {
  return { kind: 'segment', id, name, usage, max, order, ...options }
}

export function loop(
  id: string,
  name: string,
  usage: 'R' | 'S',
  max: number,
  children: (SegmentRule | LoopRule)[],
  order?: number,
): LoopRule {
  return { kind: 'loop', id, name, usage, max, children, ...(order === undefined ? {} : { order }) }
}

/** Qualifier on element `element` (1-based) being one of `values`. */
export function q(element: number, ...values: string[]): Qualifier {
  return { element, values }
}
