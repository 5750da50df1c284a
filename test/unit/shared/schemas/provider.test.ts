import { describe, expect, it } from 'vitest'
import { Provider, type ProviderInput } from '../../../../src/shared/schemas/provider'
import { ReferringProvider } from '../../../../src/shared/schemas/referringProvider'
import { issuesOf, messageAt } from './issues'

const provider: ProviderInput = {
  lastName: 'Okafor',
  firstName: 'Ada',
  middleName: '',
  suffix: '',
  credentials: 'MD',
  npi: '1234567893',
  taxonomyCode: '207Q00000X',
}

describe('rendering provider', () => {
  it('accepts a complete provider', () => {
    expect(Provider.parse(provider)).toEqual({
      lastName: 'Okafor',
      firstName: 'Ada',
      middleName: undefined,
      suffix: undefined,
      credentials: 'MD',
      npi: '1234567893',
      taxonomyCode: '207Q00000X',
    })
  })

  it('refuses an individual NPI that fails its check digit', () => {
    expect(messageAt(Provider, { ...provider, npi: '1234567890' }, 'npi')).toMatch(
      /fails its check digit/,
    )
  })

  it('asks for names, credentials, NPI and taxonomy, each on its field', () => {
    const blank = { lastName: '', firstName: '', credentials: '', npi: '', taxonomyCode: '' }
    expect(issuesOf(Provider, blank)).toEqual([
      { path: 'lastName', message: 'Enter the last name' },
      { path: 'firstName', message: 'Enter the first name' },
      { path: 'credentials', message: "Enter the provider's credentials, like MD, DO, NP or PA-C" },
      { path: 'npi', message: 'Enter the NPI — 10 digits, as shown on the NPPES record' },
      { path: 'taxonomyCode', message: 'Enter the taxonomy code — 10 characters, like 207Q00000X' },
    ])
  })
})

describe('referring provider', () => {
  it('accepts a name and a valid NPI', () => {
    expect(
      ReferringProvider.parse({ lastName: 'Reyes', firstName: 'Luis', npi: '1234567893' }).npi,
    ).toBe('1234567893')
  })

  it('names the referring provider in its messages', () => {
    expect(
      messageAt(
        ReferringProvider,
        { lastName: '', firstName: 'Luis', npi: '1234567893' },
        'lastName',
      ),
    ).toBe('Enter the referring provider last name')
  })

  it('refuses an NPI that fails its check digit', () => {
    expect(
      messageAt(ReferringProvider, { lastName: 'R', firstName: 'L', npi: '1234567890' }, 'npi'),
    ).toMatch(/fails its check digit/)
  })
})
