import { requiredField } from './field'

/** CMS place-of-service codes are two digits, 01–99 (837P CLM05-1 and SV105). */
export function placeOfServiceError(value: string): string | null {
  const code = value.trim()
  if (code === '') return 'Pick the place of service, like 11 for an office'
  if (!/^\d{2}$/.test(code) || code === '00') {
    return `Place of service "${code}" is not a CMS code — it is two digits from 01 to 99, like 11 for an office`
  }
  return null
}

export const PlaceOfService = requiredField(placeOfServiceError)
