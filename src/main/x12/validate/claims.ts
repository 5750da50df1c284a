/**
 * Rules of loop 2300 and below that span segments: the guide's balancing (1.4.4: CLM02 equals
 * the sum of SV102; for each other payer, CLM02 less its adjustments equals its paid amount,
 * and each adjudicated line balances), LX numbering, diagnosis pointers, REF*F8 with
 * frequency 7/8, SVD01 naming a 2330B payer, unique payer responsibility codes.
 */
import type { X12Delimiters } from '../tokenize'
import { childLoops, segmentsOf, walkLoops, type LoopNode, type PlacedSegment } from './loops'
import type { Findings } from './report'

/** An X12 decimal as whole cents; null when it is not a number of at most 2 decimals. */
export function parseCents(text: string | undefined): number | null {
  const m = /^(-)?(\d*)(?:\.(\d{0,2}))?$/.exec(text ?? '')
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null
  const value = Number(m[2] || '0') * 100 + Number((m[3] ?? '').padEnd(2, '0'))
  return m[1] ? -value : value
}

function money(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** Sum of CAS03, 06, 09, 12, 15, 18 over segments. */
function adjustmentTotal(segments: readonly PlacedSegment[]): number {
  let total = 0
  for (const { segment } of segments) {
    for (let i = 3; i <= 18; i += 3) total += parseCents(segment.elements[i]) ?? 0
  }
  return total
}

export function checkClaims(root: LoopNode, delimiters: X12Delimiters, findings: Findings): void {
  for (const node of walkLoops(root)) {
    if (node.rule.id === '2300') checkClaim(node, delimiters, findings)
  }
}

function checkClaim(claim: LoopNode, delimiters: X12Delimiters, findings: Findings): void {
  const clm = claim.start!
  const lines = childLoops(claim, '2400')
  const split = (value: string | undefined): string[] => (value ?? '').split(delimiters.component)

  // LX01 runs 1, 2, 3… within the claim.
  lines.forEach((line, i) => {
    const lx = line.start!
    if (lx.elements[1] !== String(i + 1)) {
      findings.add(
        lx,
        '2400',
        'LX01',
        `LX01 is ${lx.elements[1] ?? ''}; lines must be numbered 1, 2, 3… (expected ${i + 1})`,
      )
    }
  })

  // 1.4.4: CLM02 equals the sum of the service line charges.
  const total = parseCents(clm.elements[2])
  let sum = 0
  const lineCharges = new Map<LoopNode, number>()
  for (const line of lines) {
    const sv1 = segmentsOf(line, 'SV1')[0]
    const charge = parseCents(sv1?.segment.elements[2]) ?? 0
    lineCharges.set(line, charge)
    sum += charge
  }
  if (total !== null && lines.length > 0 && total !== sum) {
    findings.add(
      clm,
      '2300',
      'CLM02',
      `CLM02 is ${money(total)} but the lines' SV102 add up to ${money(sum)}`,
    )
  }

  // REF*F8 goes with a replacement (7) or void (8), and only then.
  const frequency = split(clm.elements[5])[2] ?? ''
  const f8 = segmentsOf(claim, 'REF', 'F8')
  if ((frequency === '7' || frequency === '8') && f8.length === 0) {
    findings.add(
      clm,
      '2300',
      'CLM05-3',
      `Frequency ${frequency} needs REF*F8 with the payer's claim control number`,
    )
  }
  if (frequency === '1' && f8.length > 0) {
    findings.add(f8[0]!.segment, '2300', 'REF01', 'REF*F8 is sent only with frequency 7 or 8')
  }

  // SV107 points into the HI diagnosis codes (ABK/ABF), at most 4 pointers.
  const hi = claim.segments.find(
    (p) => p.segment.id === 'HI' && ['ABK', 'BK'].includes(split(p.segment.elements[1])[0] ?? ''),
  )
  const diagnosisCount = hi ? hi.segment.elements.slice(1).filter((v) => v !== '').length : 0
  for (const line of lines) {
    const sv1 = segmentsOf(line, 'SV1')[0]
    if (!sv1) continue
    const pointers = (sv1.segment.elements[7] ?? '')
      .split(delimiters.component)
      .filter((p) => p !== '')
    if (pointers.length > 4) {
      findings.add(sv1.segment, '2400', 'SV107', 'SV107 has more than 4 diagnosis pointers')
    }
    pointers.forEach((p, i) => {
      const n = Number(p)
      if (!/^\d{1,2}$/.test(p) || n < 1 || n > 12) {
        findings.add(
          sv1.segment,
          '2400',
          `SV107-${i + 1}`,
          `SV107-${i + 1} must be a diagnosis pointer 1 to 12`,
        )
      } else if (n > diagnosisCount) {
        findings.add(
          sv1.segment,
          '2400',
          `SV107-${i + 1}`,
          `SV107-${i + 1} points to diagnosis ${n}; the claim's HI has ${diagnosisCount}`,
        )
      }
    })
  }

  checkOtherPayers(claim, lines, lineCharges, total, findings)
}

function checkOtherPayers(
  claim: LoopNode,
  lines: readonly LoopNode[],
  lineCharges: ReadonlyMap<LoopNode, number>,
  total: number | null,
  findings: Findings,
): void {
  const others = childLoops(claim, '2320')

  // SBR01: each payer responsibility code (other than U) at most once within a claim.
  const subscriberLevel = claim.parent?.rule.id === '2000C' ? claim.parent.parent : claim.parent
  const primarySbr = subscriberLevel ? segmentsOf(subscriberLevel, 'SBR')[0] : undefined
  const seen = new Set<string>()
  for (const sbr of [primarySbr, ...others.map((o) => o.segments[0])]) {
    const code = sbr?.segment.elements[1] ?? ''
    if (code === '' || code === 'U') continue
    if (seen.has(code)) {
      findings.add(
        sbr!.segment,
        sbr!.loop.rule.id,
        'SBR01',
        `SBR01 ${code} is used for more than one payer of this claim`,
      )
    }
    seen.add(code)
  }

  const payerIds = new Map<string, LoopNode>()
  for (const other of others) {
    const payer = childLoops(other, '2330B')[0]
    const id = payer?.start?.elements[9]
    if (id) payerIds.set(id, other)
  }

  // Line adjudications by payer: SVD01 must name a 2330B; each line balances per payer.
  const linePaid = new Map<string, number>()
  const lineAdjusted = new Map<string, number>()
  for (const line of lines) {
    const byPayer = new Map<string, { paid: number; adjusted: number; svd: PlacedSegment }>()
    for (const adjudication of childLoops(line, '2430')) {
      const svd = adjudication.segments[0]!
      const payerId = svd.segment.elements[1] ?? ''
      if (!payerIds.has(payerId)) {
        findings.add(
          svd.segment,
          '2430',
          'SVD01',
          'SVD01 is not the payer ID (NM109) of any 2330B of this claim',
        )
      }
      const paid = parseCents(svd.segment.elements[2]) ?? 0
      const adjusted = adjustmentTotal(segmentsOf(adjudication, 'CAS'))
      const entry = byPayer.get(payerId) ?? { paid: 0, adjusted: 0, svd }
      entry.paid += paid
      entry.adjusted += adjusted
      byPayer.set(payerId, entry)
      linePaid.set(payerId, (linePaid.get(payerId) ?? 0) + paid)
      lineAdjusted.set(payerId, (lineAdjusted.get(payerId) ?? 0) + adjusted)
    }
    const charge = lineCharges.get(line) ?? 0
    for (const entry of byPayer.values()) {
      if (entry.paid + entry.adjusted !== charge) {
        findings.add(
          entry.svd.segment,
          '2430',
          'SVD02',
          `Line ${line.start?.elements[1] ?? ''}: SV102 ${money(charge)} must equal paid ${money(entry.paid)} plus line adjustments ${money(entry.adjusted)}`,
        )
      }
    }
  }

  for (const other of others) {
    const payer = childLoops(other, '2330B')[0]
    const payerId = payer?.start?.elements[9] ?? ''
    const paidAmt = segmentsOf(other, 'AMT', 'D')[0]
    if (!paidAmt) continue
    const paid = parseCents(paidAmt.segment.elements[2]) ?? 0
    const claimAdjusted = adjustmentTotal(segmentsOf(other, 'CAS'))
    const adjusted = claimAdjusted + (lineAdjusted.get(payerId) ?? 0)
    // 1.4.4: CLM02 less all of this payer's adjustments is what it paid.
    if (total !== null && total - adjusted !== paid) {
      findings.add(
        paidAmt.segment,
        '2320',
        'AMT02',
        `AMT*D ${money(paid)} must equal CLM02 ${money(total)} less this payer's claim and line adjustments ${money(adjusted)}`,
      )
    }
    // 2330B DTP*573: required when the payer adjudicated the claim and no 2430 reports lines.
    if (payer && !linePaid.has(payerId) && segmentsOf(payer, 'DTP', '573').length === 0) {
      findings.add(
        payer.start,
        '2330B',
        'DTP',
        '2330B needs DTP*573 (adjudication date) when no 2430 line reports this payer',
      )
    }
  }
}
