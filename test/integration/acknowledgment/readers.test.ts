import { describe, expect, it } from 'vitest'
import { read277ca } from '../../../src/main/x12/read277ca'
import { read999 } from '../../../src/main/x12/read999'
import { readTA1 } from '../../../src/main/x12/readTA1'

const ISA =
  'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*CLAIMDESK      *261205*1200*^*00501*000000007*0*T*:'

describe('readers of what the clearinghouse sends back', () => {
  it('reads a 999 with its delimiters from the ISA, errors with context, and notes unknown segments', () => {
    const text = [
      ISA.replaceAll('*', '|').replace('|:', '|>'),
      'GS|FA|CH|CD|20261205|1200|7|X|005010X231A1',
      'ST|999|0001|005010X231A1',
      'AK1|HC|12|005010X222A1',
      'AK2|837|000000034|005010X222A1',
      'IK3|NM1|8|2010AA|8',
      'CTX|CLM01>100234-1-1',
      'IK4|9|67|7|12345',
      'ZZZ|odd',
      'IK5|R|5',
      'AK9|R|1|1|0',
      'SE|10|0001',
      'GE|1|7',
      'IEA|1|000000007',
    ].join('!\r\n')
    const ack = read999('\uFEFF' + text + '!')
    expect(ack.groups).toHaveLength(1)
    const t = ack.groups[0]!.transactions[0]!
    expect(t).toMatchObject({ controlNumber: '000000034', status: 'R', codes: ['5'] })
    expect(t.errors[0]).toMatchObject({
      segmentId: 'NM1',
      position: 8,
      loop: '2010AA',
      code: '8',
      context: [{ name: 'CLM01', value: '100234-1-1' }],
      elements: [{ position: '9', reference: '67', code: '7', badValue: '12345' }],
    })
    expect(ack.notes).toEqual([
      { position: 9, segment: 'ZZZ', message: 'Segment ZZZ is not part of a 999: skipped' },
    ])
  })

  it('reads a TA1 and refuses a file without one', () => {
    const ta1 = readTA1(`${ISA}~TA1*000000034*261205*1200*R*020~IEA*0*000000007~`)
    expect(ta1.acks).toEqual([
      { controlNumber: '000000034', date: '261205', time: '1200', status: 'R', noteCode: '020' },
    ])
    expect(() => readTA1(`${ISA}~IEA*0*000000007~`)).toThrow(/no TA1/)
  })

  it('reads a 277CA claim with several STC composites, service lines and dates', () => {
    const text = [
      ISA,
      'GS*HN*CH*CD*20261205*1200*7*X*005010X214',
      'ST*277*0001*005010X214',
      'BHT*0085*08*T1*20261205*1200*TH',
      'HL*1**20*1',
      'HL*2*1*21*1',
      'HL*3*2*19*1',
      'HL*4*3*PT',
      'NM1*QC*1*TESTPATIENT*ALICE',
      'TRN*2*100234-1-1',
      'STC*A7:562:85*20261204*U*125.00******A7:21:82',
      'REF*D9*CH1',
      'DTP*472*RD8*20261101-20261102',
      'SVC*HC:99213*125.00',
      'STC*A7:453*20261204*U',
      'SE*14*0001',
      'GE*1*7',
      'IEA*1*000000007',
    ].join('~\n  ')
    const ack = read277ca(text + '~')
    expect(ack.claims).toHaveLength(1)
    const c = ack.claims[0]!
    expect(c.patientControlNumber).toBe('100234-1-1')
    expect(c.statuses[0]!.codes).toEqual([
      { category: 'A7', status: '562', entity: '85' },
      { category: 'A7', status: '21', entity: '82' },
    ])
    expect(c.statuses[0]).toMatchObject({ date: '2026-12-04', action: 'U', amountCents: 12500 })
    expect(c.serviceDate).toBe('2026-11-01..2026-11-02')
    expect(c.clearinghouseTrace).toBe('CH1')
    expect(c.lines).toEqual([
      {
        procedure: 'HC 99213',
        chargeCents: 12500,
        statuses: [
          expect.objectContaining({ codes: [{ category: 'A7', status: '453', entity: '' }] }),
        ],
      },
    ])
  })
})
