import { describe, expect, it } from 'vitest'
import { balanceProblems } from '../../../../src/main/remits/balance'
import { amountToCents, read835 } from '../../../../src/main/x12/read835'

const ISA =
  'ISA*00*          *00*          *ZZ*FAKEPAYER      *ZZ*FAKEPRACTICE   *260301*1200*^*00501*000000001*0*T*:~'

function file(body: string[], isa = ISA): string {
  return [
    isa,
    'GS*HP*FAKEPAYER*FAKEPRACTICE*20260301*1200*1*X*005010X221A1~',
    'ST*835*0001~',
    ...body,
    'SE*99*0001~',
    'GE*1*1~',
    'IEA*1*000000001~',
  ].join('')
}

const BODY = [
  'BPR*I*95*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20260301~',
  'TRN*1*EFT0001*1512345678~',
  'N1*PR*FAKE PAYER~',
  'REF*2U*FAKE001~',
  'N1*PE*FAKE PRACTICE*XX*1234567893~',
  'LX*1~',
  'CLP*100-1*1*150*100*20*12*PAYERCLAIM1~',
  'NM1*QC*1*TESTPATIENT*ALICE****MI*MEM001~',
  'DTM*232*20260220~',
  'SVC*HC:99213:25*125*80**1~',
  'DTM*472*20260220~',
  'CAS*CO*45*25~',
  'CAS*PR*1*10*1*2*5**3*5~',
  'REF*6R*LCN1~',
  'AMT*B6*100~',
  'SVC*HC:36415*25*20**1~',
  'CAS*CO*45*5~',
  'REF*6R*LCN2~',
  'PLB*1234567893*20261231*L6:INT1*-5*WO:RECOUP1*10~',
]

describe('the 835 reader', () => {
  it('reads money as cents from the text, never through a float', () => {
    expect(amountToCents('123.45', 'x')).toBe(12345)
    expect(amountToCents('-7.5', 'x')).toBe(-750)
    expect(amountToCents('100', 'x')).toBe(10000)
    expect(amountToCents('.25', 'x')).toBe(25)
    expect(amountToCents('0.10', 'x')).toBe(10)
    expect(amountToCents('19.990', 'x')).toBe(1999)
    expect(() => amountToCents('1.005', 'x')).toThrow(/fraction of a cent/)
    expect(() => amountToCents('12a', 'x')).toThrow(/not an amount/)
  })

  it('reads payment, claims, lines, all six CAS triples and PLB pairs', () => {
    const remit = read835(file(BODY))
    expect(remit.problems).toEqual([])
    const [tx] = remit.transactions
    expect(tx).toMatchObject({
      paymentCents: 9500,
      method: 'ACH',
      paymentDate: '2026-03-01',
      traceNumber: 'EFT0001',
      originator: '1512345678',
      payer: { name: 'FAKE PAYER', id: 'FAKE001' },
    })
    const claim = tx!.claims[0]!
    expect(claim).toMatchObject({
      patientControlNumber: '100-1',
      statusCode: '1',
      chargeCents: 15000,
      paidCents: 10000,
      patientResponsibilityCents: 2000,
      payerClaimNumber: 'PAYERCLAIM1',
      patient: { last: 'TESTPATIENT', memberId: 'MEM001' },
    })
    expect(claim.lines[0]).toMatchObject({
      code: '99213',
      modifiers: ['25'],
      chargeCents: 12500,
      paidCents: 8000,
      lineControlNumber: 'LCN1',
      serviceDate: '2026-02-20',
      amounts: [{ qualifier: 'B6', cents: 10000 }],
    })
    expect(claim.lines[0]!.adjustments.map((a) => [a.group, a.reason, a.amountCents])).toEqual([
      ['CO', '45', 2500],
      ['PR', '1', 1000],
      ['PR', '2', 500],
      ['PR', '3', 500],
    ])
    expect(tx!.providerAdjustments.map((a) => [a.reason, a.reference, a.amountCents])).toEqual([
      ['L6', 'INT1', -500],
      ['WO', 'RECOUP1', 1000],
    ])
    expect(balanceProblems(tx!)).toEqual([])
  })

  it('tolerates a BOM, CRLF, wrapped and indented segments, and other delimiters', () => {
    const text = file(BODY).replace(/~/g, '~\r\n  ').replace('CLP*100-1', 'CLP*10\r\n0-1')
    const bom = '\ufeff' + text
    expect(read835(bom).transactions[0]!.claims[0]!.patientControlNumber).toBe('100-1')
    const pipes = file(BODY).replace(/\*/g, '|').replace(/~/g, '\n').replace(/:/g, '>')
    const remit = read835(pipes)
    expect(remit.transactions[0]!.claims[0]!.lines[0]!.modifiers).toEqual(['25'])
    expect(remit.transactions[0]!.providerAdjustments[0]!.reason).toBe('L6')
  })

  it('reads several interchanges and transaction sets in one file', () => {
    const one = file(BODY)
    const two = file(BODY)
      .replace(/ST\*835\*0001~/, 'ST*835*0001~')
      .replace('EFT0001', 'EFT0002')
    const remit = read835(one + '\n' + two)
    expect(remit.transactions.map((t) => t.traceNumber)).toEqual(['EFT0001', 'EFT0002'])
  })

  it('reports an unknown segment with its number and keeps reading', () => {
    const body = [...BODY]
    body.splice(6, 0, 'ZZZ*WHATEVER~')
    const remit = read835(file(body))
    expect(remit.problems).toEqual([{ segment: 10, message: 'Unknown segment ZZZ: skipped' }])
    expect(remit.transactions[0]!.claims).toHaveLength(1)
  })

  it('says exactly how an unbalanced transaction fails to add up', () => {
    const body = BODY.map((s) => (s.startsWith('BPR') ? s.replace('BPR*I*95', 'BPR*I*96') : s))
    const tx = read835(file(body)).transactions[0]!
    expect(balanceProblems(tx)).toEqual([
      'The claims paid $100.00 − provider adjustments $5.00 = $95.00, but the payment (BPR02) is $96.00.',
    ])
    const bad = BODY.map((s) => (s.startsWith('SVC*HC:36415') ? 'SVC*HC:36415*25*21**1~' : s))
    expect(balanceProblems(read835(file(bad)).transactions[0]!)[0]).toMatch(
      /^Claim 100-1, line 2 \(36415, segment 19\): charge \$25.00 − adjustments \$5.00 = \$20.00, but the payer says it paid \$21.00.$/,
    )
  })
})
