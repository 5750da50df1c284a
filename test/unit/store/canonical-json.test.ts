import { describe, expect, it } from 'vitest'
import { canonicalJson, toJsonData } from '../../../src/main/store/canonical-json'

describe('canonicalJson', () => {
  it('writes the same text whatever order the keys were added in, at every depth', () => {
    const a = canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: null } })
    const b = canonicalJson({ a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 })
    expect(a).toBe(b)
    expect(a).toBe('{"a":{"c":null,"d":[{"x":2,"y":1}]},"b":1}')
  })

  it('keeps array order, which carries meaning', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]))
  })

  it('survives a round trip through stored text unchanged', () => {
    const text = canonicalJson(toJsonData({ when: new Date(0), skip: undefined, n: 1.5 }))
    expect(text).toBe('{"n":1.5,"when":"1970-01-01T00:00:00.000Z"}')
    expect(canonicalJson(JSON.parse(text))).toBe(text)
  })
})
