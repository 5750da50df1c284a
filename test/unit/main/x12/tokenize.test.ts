import { describe, expect, it } from 'vitest'
import { components, repeats, tokenize, X12SyntaxError } from '../../../../src/main/x12/tokenize'

const ISA =
  'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *250314*0930*^*00501*000000001*0*T*:~'

describe('reading X12', () => {
  it('takes the separators from the ISA', () => {
    const doc = tokenize(`${ISA}GS*HC*A*B~`)
    expect(doc.delimiters).toEqual({ element: '*', component: ':', segment: '~', repetition: '^' })
  })

  it('reads files that use other separators (|, >, newline terminator)', () => {
    const isa = ISA.replaceAll('*', '|').replace('|:~', '|>\n').replace('|^|', '|}|')
    const doc = tokenize(`${isa}SV1|HC>99213>25|125|UN|1\nIEA|1|000000001\n`)
    expect(doc.delimiters).toEqual({ element: '|', component: '>', segment: '\n', repetition: '}' })
    const sv1 = doc.segments[1]!
    expect(sv1.elements[0]).toBe('SV1')
    expect(components(sv1.elements[1]!, doc.delimiters)).toEqual(['HC', '99213', '25'])
    expect(doc.segments.map((s) => s.line)).toEqual([1, 2, 3])
  })

  it('tolerates CR/LF after terminators and counts positions, offsets and lines', () => {
    const text = `${ISA}\r\nGS*HC*A*B~\r\nST*837*0001~\nSE*2*0001~`
    const doc = tokenize(text)
    expect(doc.segments.map((s) => s.id)).toEqual(['ISA', 'GS', 'ST', 'SE'])
    expect(doc.segments.map((s) => s.position)).toEqual([1, 2, 3, 4])
    expect(doc.segments.map((s) => s.line)).toEqual([1, 2, 3, 4])
    expect(text.slice(doc.segments[2]!.offset, doc.segments[2]!.offset + 2)).toBe('ST')
    expect(doc.segments.every((s) => s.terminated)).toBe(true)
  })

  it('keeps empty elements in place so element numbers stay right', () => {
    const doc = tokenize(`${ISA}NM1*85*2*CLINIC*****XX*1234567893~`)
    const nm1 = doc.segments[1]!
    expect(nm1.elements[8]).toBe('XX')
    expect(nm1.elements[9]).toBe('1234567893')
  })

  it('marks a last segment that has no terminator', () => {
    const doc = tokenize(`${ISA}IEA*1*000000001`)
    expect(doc.segments[1]!.terminated).toBe(false)
  })

  it('skips a byte order mark and leading blank lines', () => {
    expect(tokenize(`\uFEFF\n${ISA}`).segments[0]!.id).toBe('ISA')
  })

  it('splits repeating elements on ISA11', () => {
    const doc = tokenize(ISA)
    expect(repeats('A^B', doc.delimiters)).toEqual(['A', 'B'])
  })

  it('refuses text that is not X12', () => {
    expect(() => tokenize('hello')).toThrow(X12SyntaxError)
    expect(() => tokenize('ISA*00*  ')).toThrow(/cut short/)
  })
})
