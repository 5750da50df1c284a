import { describe, expect, it } from 'vitest'
import { isPoBox, poBoxError } from '../../../../src/shared/validators/poBox'

describe('PO box detection', () => {
  it.each([
    'PO Box 123',
    'P.O. Box 123',
    'p.o. box 123',
    'P O Box 123',
    'P. O. Box 123',
    'POBox 123',
    'Post Office Box 77',
    'post office box 77',
    'POB 12',
    'P.O.B. 12',
    'Box 123',
    'BOX 9',
    'Lock Box 4400',
    'Lockbox 4400',
    '100 Main St, PO Box 5',
  ])('recognizes "%s" as a PO box', (line) => {
    expect(isPoBox(line)).toBe(true)
  })

  it.each([
    '123 Pocono Rd',
    '45 Boxwood Ln',
    'Boxwood Ln',
    '12 Box Hill Rd',
    '8 Jukebox Ct',
    '700 Post Office Sq',
    'Suite 200',
  ])('does not take "%s" for a PO box', (line) => {
    expect(isPoBox(line)).toBe(false)
  })

  it('refuses a PO box as the billing provider address and says where it can go', () => {
    expect(poBoxError('P.O. Box 12')).toBe(
      '"P.O. Box 12" is a PO box — payers reject a PO box as the billing provider address; enter the office\'s street address and put the PO box in the pay-to address',
    )
  })

  it('refuses a PO box as a service location', () => {
    expect(poBoxError('PO Box 12', 'service')).toBe(
      '"PO Box 12" is a PO box — a service location must be the street address where patients are seen',
    )
  })

  it('has nothing to say about a street address', () => {
    expect(poBoxError('123 Pocono Rd')).toBeNull()
  })
})
