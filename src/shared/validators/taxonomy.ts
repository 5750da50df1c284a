import { requiredField } from './field'

/** NUCC Health Care Provider Taxonomy code: 3 digits, 6 letters or digits, then X (837P PRV03). */
const TAXONOMY_PATTERN = /^\d{3}[0-9A-Z]{6}X$/

export function taxonomyCodeError(value: string): string | null {
  const code = value.trim().toUpperCase()
  if (code === '') return 'Enter the taxonomy code — 10 characters, like 207Q00000X'
  if (!TAXONOMY_PATTERN.test(code)) {
    return `"${value.trim()}" is not a taxonomy code — it has 10 characters ending in X, like 207Q00000X; copy it from the NPPES record`
  }
  return null
}

export const TaxonomyCode = requiredField(taxonomyCodeError, (value) => value.toUpperCase())
