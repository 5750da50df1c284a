import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../../src/main/claims/split'

const lines = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe('splitting a long visit into claims of at most 50 lines', () => {
  it('keeps 50 lines on one claim', () => {
    expect(splitLines(lines(50))).toEqual([lines(50)])
  })
  it('splits 51 lines into two even parts, in order', () => {
    const parts = splitLines(lines(51))
    expect(parts.map((p) => p.length)).toEqual([26, 25])
    expect(parts.flat()).toEqual(lines(51))
  })
  it('splits 99 lines into two claims and 101 into three', () => {
    expect(splitLines(lines(99)).map((p) => p.length)).toEqual([50, 49])
    expect(splitLines(lines(101)).map((p) => p.length)).toEqual([34, 34, 33])
  })
})
