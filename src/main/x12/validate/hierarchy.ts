/**
 * The HL hierarchy of an 837P transaction: HL01 counts 1, 2, 3… in order; HL02 names the HL of
 * the level above (20 billing provider → 22 subscriber → 23 patient); HL04 says whether any HL
 * hangs below. And the guide's rules tied to it: when the subscriber is the patient (claims
 * directly under 2000B) SBR02 is 18 and 2010BA carries N3/N4/DMG; otherwise a 2000C follows.
 */
import { childLoops, segmentsOf, walkLoops, type LoopNode } from './loops'
import type { Findings } from './report'

const PARENT_LEVEL: Record<string, string> = { '20': '', '22': '20', '23': '22' }

export function checkHierarchy(root: LoopNode, findings: Findings): void {
  const levels = new Map<string, string>()
  const childCount = new Map<string, number>()
  let expected = 1
  const hls: LoopNode[] = []
  for (const node of walkLoops(root)) {
    if (node.rule.id.startsWith('2000')) hls.push(node)
  }

  for (const node of hls) {
    const hl = node.start!
    const [, id = '', parent = '', level = ''] = hl.elements
    const loopId = node.rule.id
    if (id !== String(expected)) {
      findings.add(
        hl,
        loopId,
        'HL01',
        `HL01 is ${id}; HL numbers must run 1, 2, 3… (expected ${expected})`,
      )
    }
    expected++
    // The enclosing loop is the level this HL belongs under: its HL01 must be HL02 here.
    const enclosing = node.parent?.rule.id.startsWith('2000') ? node.parent : null
    if (level === '20') {
      if (parent !== '')
        findings.add(hl, loopId, 'HL02', 'HL02 must be empty at the billing provider level')
    } else if (enclosing) {
      const parentId = enclosing.start!.elements[1] ?? ''
      if (parent !== parentId) {
        findings.add(
          hl,
          loopId,
          'HL02',
          `HL02 is ${parent || 'empty'}; this level belongs under HL ${parentId} (level ${enclosing.start!.elements[3]})`,
        )
      }
    }
    if (parent !== '' && levels.has(parent) && levels.get(parent) !== PARENT_LEVEL[level]) {
      findings.add(
        hl,
        loopId,
        'HL02',
        `HL02 points to a level ${levels.get(parent)} HL; level ${level} belongs under level ${PARENT_LEVEL[level]}`,
      )
    }
    if (parent !== '' && !levels.has(parent)) {
      findings.add(hl, loopId, 'HL02', `HL02 points to HL ${parent}, which does not come before it`)
    }
    levels.set(id, level)
    if (parent !== '') childCount.set(parent, (childCount.get(parent) ?? 0) + 1)
  }

  for (const node of hls) {
    const hl = node.start!
    const [, id = '', , level = '', hasChildren = ''] = hl.elements
    const children = childCount.get(id) ?? 0
    if (hasChildren === '1' && children === 0) {
      findings.add(hl, node.rule.id, 'HL04', 'HL04 is 1 but no HL comes under this level')
    }
    if (hasChildren === '0' && children > 0) {
      findings.add(hl, node.rule.id, 'HL04', 'HL04 is 0 but an HL comes under this level')
    }
    if (level === '22') checkSubscriberLevel(node, findings)
    if (level === '23' && childLoops(node, '2300').length === 0) {
      findings.add(hl, node.rule.id, '', 'The patient level has no claim (2300)')
    }
  }
}

function checkSubscriberLevel(node: LoopNode, findings: Findings): void {
  const hl = node.start!
  const claims = childLoops(node, '2300')
  const patients = childLoops(node, '2000C')
  const sbr = segmentsOf(node, 'SBR')[0]
  const relationship = sbr?.segment.elements[2] ?? ''
  if (claims.length === 0 && patients.length === 0) {
    findings.add(
      hl,
      '2000B',
      '',
      'The subscriber level has no claim (2300) and no patient level (2000C)',
    )
  }
  if (claims.length > 0 && sbr && relationship !== '18') {
    findings.add(
      sbr.segment,
      '2000B',
      'SBR02',
      "SBR02 must be 18 when the claims are the subscriber's own (no 2000C)",
    )
  }
  if (patients.length > 0 && sbr && relationship !== '') {
    findings.add(
      sbr.segment,
      '2000B',
      'SBR02',
      'SBR02 is sent only when the subscriber is the patient; here a 2000C follows',
    )
  }
  // 2010BA N3, N4 and DMG: required when the subscriber is the patient, not sent otherwise.
  const name = childLoops(node, '2010BA')[0]
  if (!name) return
  for (const id of ['N3', 'N4', 'DMG']) {
    const present = segmentsOf(name, id)
    if (relationship === '18' && patients.length === 0 && present.length === 0) {
      findings.add(
        name.start,
        '2010BA',
        '',
        `2010BA needs ${id} when the subscriber is the patient`,
      )
    }
    if (patients.length > 0 && present.length > 0) {
      findings.add(
        present[0]!.segment,
        '2010BA',
        '',
        `2010BA ${id} is not sent when the patient is not the subscriber (the patient's goes in 2010CA)`,
      )
    }
  }
}
