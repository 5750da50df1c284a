import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { PersonName, personNameShape } from '../../../../src/shared/schemas/personName'
import { messageAt } from './issues'

describe('person name', () => {
  it('trims the parts and drops blank optional ones', () => {
    expect(
      PersonName.parse({ lastName: ' Nguyen ', firstName: 'An', middleName: '', suffix: ' Jr ' }),
    ).toEqual({ lastName: 'Nguyen', firstName: 'An', middleName: undefined, suffix: 'Jr' })
  })

  it('holds each part to its NM1 element length', () => {
    const name = {
      lastName: 'L'.repeat(61),
      firstName: 'F',
      middleName: 'M'.repeat(26),
      suffix: 'S'.repeat(11),
    }
    expect(messageAt(PersonName, name, 'lastName')).toBe(
      'Last name is 61 characters; claims allow at most 60 — shorten it',
    )
    expect(messageAt(PersonName, name, 'middleName')).toMatch(/^Middle name is 26 characters/)
    expect(messageAt(PersonName, name, 'suffix')).toMatch(/^Suffix is 11 characters/)
    expect(
      messageAt(PersonName, { lastName: 'L', firstName: 'F'.repeat(36) }, 'firstName'),
    ).toMatch(/^First name is 36 characters; claims allow at most 35/)
  })

  it('says whose name it is when asked', () => {
    const subscriber = z.object(personNameShape("Subscriber's"))
    expect(messageAt(subscriber, { lastName: '', firstName: 'A' }, 'lastName')).toBe(
      "Enter the subscriber's last name",
    )
    expect(messageAt(subscriber, { lastName: 'A', firstName: 'B^' }, 'firstName')).toBe(
      `Subscriber's first name contains "^", which claim files use as a separator — remove it`,
    )
  })
})
