import { npiCheckDigit } from '../../../shared/validators/npi'
import { hit, rule, type RuleHit, type ScrubContext } from './rule'

/** 837P NM109 with qualifier XX: 10 digits, the last a Luhn check digit over prefix 80840. */
function npiHits(
  value: string | undefined,
  field: string,
  who: string,
  where: string,
  required: boolean,
): RuleHit[] {
  const npi = (value ?? '').trim()
  if (npi === '') {
    return required ? [hit(field, `${who} is missing — enter the 10-digit NPI in ${where}`)] : []
  }
  if (!/^\d{10}$/.test(npi)) {
    return [hit(field, `${who} "${npi}" is not 10 digits — copy it from NPPES into ${where}`)]
  }
  if (npiCheckDigit(npi.slice(0, 9)) !== Number(npi[9])) {
    return [
      hit(
        field,
        `${who} ${npi} fails its check digit — re-check it against the NPPES record in ${where}`,
      ),
    ]
  }
  return []
}

export const billingNpi = rule({
  id: 'npi.billing',
  severity: 'error',
  summary: 'The billing provider NPI (2010AA) is 10 digits with a valid check digit',
  check: ({ claim }: ScrubContext) =>
    claim.data.practice
      ? npiHits(
          claim.data.practice.billingNpi,
          'practice.billingNpi',
          'Billing NPI',
          'Practice → Billing provider',
          true,
        )
      : [],
})

export const renderingNpi = rule({
  id: 'npi.rendering',
  severity: 'error',
  summary: 'The rendering provider NPI (2310B) is 10 digits with a valid check digit',
  check: ({ claim }) =>
    npiHits(
      claim.data.provider.record.npi,
      'provider.npi',
      'Rendering provider NPI',
      'Practice → Providers',
      true,
    ),
})

export const referringNpi = rule({
  id: 'npi.referring',
  severity: 'error',
  summary: 'The referring provider NPI (2310A), when there is one, has a valid check digit',
  check: ({ claim }) =>
    claim.data.referrer
      ? npiHits(
          claim.data.referrer.record.npi,
          'referrer.npi',
          'Referring provider NPI',
          'Practice → Referring providers',
          true,
        )
      : [],
})

export const facilityNpi = rule({
  id: 'npi.facility',
  severity: 'error',
  summary: 'The service facility NPI (2310C), when given, has a valid check digit',
  check: ({ claim }) =>
    npiHits(
      claim.data.location.record.npi,
      'location.npi',
      'Service location NPI',
      'Practice → Locations',
      false,
    ),
})
