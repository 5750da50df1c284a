import { describe, expect, it } from 'vitest'
import { Zip, zipError, ZipPlus4, zipPlus4Error } from '../../../../src/shared/validators/zip'

describe('ZIP code', () => {
  it('accepts 5 digits, 9 digits, or ZIP+4 with a dash, and stores digits only', () => {
    expect(zipError('12345')).toBeNull()
    expect(zipError('123456789')).toBeNull()
    expect(zipError('12345-6789')).toBeNull()
    expect(Zip.parse('12345-6789')).toBe('123456789')
    expect(Zip.parse(' 12345 ')).toBe('12345')
  })

  it('refuses anything else', () => {
    expect(zipError('1234')).toBe(
      'ZIP code must be 5 digits or ZIP+4 like 12345-6789 — "1234" is not',
    )
    expect(zipError('12345-678')).toMatch(/must be 5 digits/)
    expect(zipError('K1A 0B1')).toMatch(/must be 5 digits/)
  })

  it('asks for the ZIP when it is blank', () => {
    expect(zipError('')).toBe('Enter the ZIP code — 5 digits, or 9 as 12345-6789')
  })
})

describe('ZIP+4 for the billing provider and service facility (837P N403)', () => {
  it('accepts all 9 digits', () => {
    expect(zipPlus4Error('12345-6789')).toBeNull()
    expect(ZipPlus4.parse('12345-6789')).toBe('123456789')
  })

  it('refuses a 5-digit ZIP and says how to find the extension', () => {
    expect(zipPlus4Error('12345')).toBe(
      'ZIP 12345 needs its 4-digit extension (ZIP+4, like 12345-1234) — payers reject 5-digit ZIPs on this address; look it up at tools.usps.com',
    )
  })

  it('asks for all 9 digits when blank, and still refuses malformed ZIPs', () => {
    expect(zipPlus4Error('')).toBe('Enter the 9-digit ZIP+4, like 12345-6789')
    expect(zipPlus4Error('1234')).toMatch(/must be 5 digits or ZIP\+4/)
  })
})
