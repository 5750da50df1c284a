/**
 * Places each segment of a transaction in its loop of the guide's map, the way X12 defines
 * loops: a loop starts with its first segment and ends at the first segment that belongs to no
 * later position of it; within a loop, segments keep the guide's order and repeat counts.
 */
import type { X12Delimiters, X12Segment } from '../tokenize'
import type { Findings } from './report'
import { orderOf, trigger, type LoopRule, type SegmentRule } from './rules'

export interface PlacedSegment {
  segment: X12Segment
  rule: SegmentRule
  loop: LoopNode
}

export interface LoopNode {
  rule: LoopRule
  /** The segment that started this loop instance (the first of the transaction for the root). */
  start: X12Segment | undefined
  segments: PlacedSegment[]
  children: LoopNode[]
  parent: LoopNode | null
}

interface Frame {
  node: LoopNode
  /** Position reached in the loop; later segments must not go back before it. */
  order: number
  counts: Map<SegmentRule | LoopRule, number>
  root: boolean
}

export function segmentMatches(
  segment: X12Segment,
  rule: SegmentRule,
  delimiters: X12Delimiters,
): boolean {
  if (segment.id !== rule.id) return false
  const qualifier = rule.qualifier
  if (!qualifier) return true
  let value = segment.elements[qualifier.element] ?? ''
  if (qualifier.component !== undefined) {
    value = value.split(delimiters.component)[qualifier.component - 1] ?? ''
  }
  return qualifier.values.includes(value)
}

function childMatches(
  child: SegmentRule | LoopRule,
  segment: X12Segment,
  delimiters: X12Delimiters,
): boolean {
  return segmentMatches(segment, child.kind === 'segment' ? child : trigger(child), delimiters)
}

function findChild(
  frame: Frame,
  segment: X12Segment,
  delimiters: X12Delimiters,
  ignoreOrder = false,
): SegmentRule | LoopRule | undefined {
  const children = frame.node.rule.children
  // A loop's own first segment starts a new instance of it, one level up.
  for (let i = frame.root ? 0 : 1; i < children.length; i++) {
    const child = children[i]!
    if (!ignoreOrder && orderOf(child) < frame.order) continue
    if (childMatches(child, segment, delimiters)) return child
  }
  return undefined
}

function describe(segment: X12Segment): string {
  const qualifier = segment.elements[1]
  return qualifier && qualifier.length <= 3 ? `${segment.id}*${qualifier}` : segment.id
}

function label(rule: SegmentRule | LoopRule): string {
  return rule.kind === 'loop' ? `loop ${rule.id} (${rule.name})` : `${rule.id} (${rule.name})`
}

export function placeSegments(
  segments: readonly X12Segment[],
  root: LoopRule,
  delimiters: X12Delimiters,
  findings: Findings,
): LoopNode {
  const rootNode: LoopNode = {
    rule: root,
    start: segments[0],
    segments: [],
    children: [],
    parent: null,
  }
  const stack: Frame[] = [{ node: rootNode, order: -1, counts: new Map(), root: true }]

  const close = (frame: Frame): void => {
    for (const child of frame.node.rule.children) {
      if (child.usage !== 'R' || (frame.counts.get(child) ?? 0) > 0) continue
      if (!frame.root && child === frame.node.rule.children[0]) continue
      findings.add(
        frame.node.start,
        frame.node.rule.id,
        '',
        `Loop ${frame.node.rule.id} is missing its required ${label(child)}`,
      )
    }
  }

  for (const segment of segments) {
    let placed = false
    for (let level = stack.length - 1; level >= 0 && !placed; level--) {
      const frame = stack[level]!
      const child = findChild(frame, segment, delimiters)
      if (!child) continue
      while (stack.length - 1 > level) close(stack.pop()!)
      frame.order = orderOf(child)
      const count = (frame.counts.get(child) ?? 0) + 1
      frame.counts.set(child, count)
      if (count > child.max) {
        findings.add(
          segment,
          frame.node.rule.id,
          '',
          child.kind === 'loop'
            ? `Loop ${child.id} repeats more than the ${child.max} times the guide allows`
            : `${describe(segment)} appears more than the ${child.max} time${child.max === 1 ? '' : 's'} the guide allows in loop ${frame.node.rule.id}`,
        )
      }
      if (child.kind === 'segment') {
        frame.node.segments.push({ segment, rule: child, loop: frame.node })
      } else {
        const node: LoopNode = {
          rule: child,
          start: segment,
          segments: [],
          children: [],
          parent: frame.node,
        }
        const first = trigger(child)
        node.segments.push({ segment, rule: first, loop: node })
        frame.node.children.push(node)
        stack.push({ node, order: first.order, counts: new Map([[first, 1]]), root: false })
      }
      placed = true
    }
    if (!placed) {
      const frame = stack[stack.length - 1]!
      const loopId = frame.node.rule.id
      const outOfOrder = stack.some((f) => findChild(f, segment, delimiters, true) !== undefined)
      findings.add(
        segment,
        loopId,
        '',
        outOfOrder
          ? `${describe(segment)} is out of the guide's order here (in loop ${loopId})`
          : `${describe(segment)} is not expected here (in loop ${loopId})`,
      )
    }
  }
  while (stack.length > 0) close(stack.pop()!)
  return rootNode
}

/** Every loop node under `node` (itself included), depth first, in file order. */
export function* walkLoops(node: LoopNode): Generator<LoopNode> {
  yield node
  for (const child of node.children) yield* walkLoops(child)
}

/** Segments of `node` itself with this id and, when given, first element. */
export function segmentsOf(node: LoopNode, id: string, qualifier?: string): PlacedSegment[] {
  return node.segments.filter(
    (p) => p.segment.id === id && (qualifier === undefined || p.segment.elements[1] === qualifier),
  )
}

export function childLoops(node: LoopNode, id: string): LoopNode[] {
  return node.children.filter((c) => c.rule.id === id)
}
