/**
 * Writes real 835 files, so the demo (and the tests) reach every remittance state through the
 * same import path as a payer's file: its own envelope, BPR that balances with the claims and
 * PLB, CAS grouped six reasons to a segment as the guide allows.
 */

export type Group = 'CO' | 'PR' | 'OA' | 'PI' | 'CR'
export interface EraAdjustment {
  group: Group
  reason: string
  amountCents: number
}
export interface EraLine {
  code: string
  modifiers: string[]
  chargeCents: number
  paidCents: number
  adjustments: EraAdjustment[]
  /** REF*6R; null leaves it out (payers that do not echo it). */
  lineControlNumber: string | null
  date: string
}
export interface EraClaim {
  patientControlNumber: string
  statusCode: string
  chargeCents: number
  paidCents: number
  patientResponsibilityCents: number
  payerClaimNumber: string
  adjustments: EraAdjustment[]
  lines: EraLine[]
  crossoverPayer?: string
  /** Loop 2100 NM1*QC (default a made-up test patient). */
  patient?: { lastName: string; firstName: string; memberId: string }
}
export interface EraFile {
  trace: string
  payerName?: string
  /** TRN03. */
  originator?: string
  method?: 'ACH' | 'CHK' | 'NON'
  paymentDate?: string
  claims: EraClaim[]
  plb?: { reason: string; reference: string; amountCents: number }[]
  /** Added to BPR02, to write an unbalanced file on purpose. */
  paymentOffsetCents?: number
}

/** Totals a claim from its lines (CLP03/04/05). */
export function claimOf(
  pcn: string,
  statusCode: string,
  lines: EraLine[],
  payerClaimNumber = `PCN${pcn.replace(/[^0-9A-Z]/gi, '')}`,
  adjustments: EraAdjustment[] = [],
): EraClaim {
  const all = [...adjustments, ...lines.flatMap((l) => l.adjustments)]
  return {
    patientControlNumber: pcn,
    statusCode,
    chargeCents: lines.reduce((s, l) => s + l.chargeCents, 0),
    paidCents:
      lines.reduce((s, l) => s + l.paidCents, 0) -
      adjustments.reduce((s, a) => s + a.amountCents, 0),
    patientResponsibilityCents: all
      .filter((a) => a.group === 'PR')
      .reduce((s, a) => s + a.amountCents, 0),
    payerClaimNumber,
    adjustments,
    lines,
  }
}

/** The payer's reversal of an earlier answer: CLP02 22, every amount negated. */
export function reversalOf(claim: EraClaim): EraClaim {
  const neg = (a: EraAdjustment) => ({ ...a, amountCents: -a.amountCents })
  return {
    ...claim,
    statusCode: '22',
    chargeCents: -claim.chargeCents,
    paidCents: -claim.paidCents,
    patientResponsibilityCents: -claim.patientResponsibilityCents,
    adjustments: claim.adjustments.map(neg),
    lines: claim.lines.map((l) => ({
      ...l,
      chargeCents: -l.chargeCents,
      paidCents: -l.paidCents,
      adjustments: l.adjustments.map(neg),
    })),
  }
}

export function money(c: number): string {
  const sign = c < 0 ? '-' : ''
  const a = Math.abs(c)
  const rest = a % 100
  return `${sign}${Math.trunc(a / 100)}${rest ? '.' + String(rest).padStart(2, '0') : ''}`
}

function cas(adjustments: EraAdjustment[]): string[] {
  const byGroup = new Map<Group, EraAdjustment[]>()
  for (const a of adjustments) byGroup.set(a.group, [...(byGroup.get(a.group) ?? []), a])
  const out: string[] = []
  for (const [group, list] of byGroup) {
    for (let i = 0; i < list.length; i += 6) {
      out.push(
        ['CAS', group, ...list.slice(i, i + 6).flatMap((a) => [a.reason, money(a.amountCents), ''])]
          .join('*')
          .replace(/\*+$/, ''),
      )
    }
  }
  return out
}

const d8 = (iso: string) => iso.replace(/-/g, '')

/** The 835 text: one ISA/GS/ST per file. */
export function write835(file: EraFile, control = 1): string {
  const date = file.paymentDate ?? '2026-03-01'
  const paid = file.claims.reduce((s, c) => s + c.paidCents, 0)
  const plb = (file.plb ?? []).reduce((s, a) => s + a.amountCents, 0)
  const payment = paid - plb + (file.paymentOffsetCents ?? 0)
  const icn = String(control).padStart(9, '0')
  const seg: string[] = [
    `ISA*00*          *00*          *ZZ*FAKEPAYER      *ZZ*FAKEPRACTICE   *${d8(date).slice(2)}*1200*^*00501*${icn}*0*T*:`,
    `GS*HP*FAKEPAYER*FAKEPRACTICE*${d8(date)}*1200*${control}*X*005010X221A1`,
    'ST*835*0001',
    `BPR*${payment === 0 ? 'H' : 'I'}*${money(payment)}*C*${file.method ?? 'ACH'}*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*${d8(date)}`,
    `TRN*1*${file.trace}*${file.originator ?? '1512345678'}`,
    `N1*PR*${file.payerName ?? 'FAKE PAYER'}`,
    'N1*PE*FAKE PRACTICE*XX*1234567893',
    'LX*1',
  ]
  for (const c of file.claims) {
    seg.push(
      `CLP*${c.patientControlNumber}*${c.statusCode}*${money(c.chargeCents)}*${money(c.paidCents)}*${money(c.patientResponsibilityCents)}*12*${c.payerClaimNumber}`,
      ...cas(c.adjustments),
      `NM1*QC*1*${c.patient?.lastName ?? 'TESTPATIENT'}*${c.patient?.firstName ?? 'ALICE'}****MI*${c.patient?.memberId ?? 'MEM0001'}`,
    )
    if (c.crossoverPayer) seg.push(`NM1*TT*2*${c.crossoverPayer}`)
    for (const l of c.lines) {
      seg.push(
        `SVC*${['HC', l.code, ...l.modifiers].join(':')}*${money(l.chargeCents)}*${money(l.paidCents)}**1`,
        `DTM*472*${d8(l.date)}`,
        ...cas(l.adjustments),
      )
      if (l.lineControlNumber) seg.push(`REF*6R*${l.lineControlNumber}`)
    }
  }
  for (const a of file.plb ?? []) {
    seg.push(`PLB*1234567893*${d8(date)}*${a.reason}:${a.reference}*${money(a.amountCents)}`)
  }
  const st = seg.length - 2 + 1
  seg.push(`SE*${st}*0001`, `GE*1*${control}`, `IEA*1*${icn}`)
  return seg.join('~\n') + '~\n'
}
