import { z } from 'zod'

/** 837P loop 2000B SBR09, claim filing indicator: which kind of plan the payer runs. */
export const CLAIM_FILING_INDICATOR_CODES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  'AM',
  'BL',
  'CH',
  'CI',
  'DS',
  'FI',
  'HM',
  'LM',
  'MA',
  'MB',
  'MC',
  'OF',
  'TV',
  'VA',
  'WC',
  'ZZ',
] as const
export type ClaimFilingIndicatorCode = (typeof CLAIM_FILING_INDICATOR_CODES)[number]

export const CLAIM_FILING_INDICATOR_LABELS: Record<ClaimFilingIndicatorCode, string> = {
  '11': 'Other Non-Federal',
  '12': 'PPO',
  '13': 'POS',
  '14': 'EPO',
  '15': 'Indemnity',
  '16': 'HMO Medicare Risk (Medicare Advantage)',
  '17': 'Dental Maintenance Organization',
  AM: 'Automobile Medical',
  BL: 'Blue Cross/Blue Shield',
  CH: 'CHAMPUS/TRICARE',
  CI: 'Commercial Insurance',
  DS: 'Disability',
  FI: 'Federal Employees Program',
  HM: 'HMO',
  LM: 'Liability Medical',
  MA: 'Medicare Part A',
  MB: 'Medicare Part B',
  MC: 'Medicaid',
  OF: 'Other Federal Program',
  TV: 'Title V',
  VA: 'Veterans Affairs Plan',
  WC: "Workers' Compensation",
  ZZ: 'Mutually Defined',
}

/** For a picker: code and label in the implementation guide's order. */
export const CLAIM_FILING_INDICATORS = CLAIM_FILING_INDICATOR_CODES.map((code) => ({
  code,
  label: CLAIM_FILING_INDICATOR_LABELS[code],
}))

export function claimFilingIndicatorError(value: string): string | null {
  if ((CLAIM_FILING_INDICATOR_CODES as readonly string[]).includes(value)) return null
  return value === ''
    ? "Pick the payer's claim filing indicator, like CI for commercial insurance or MB for Medicare Part B"
    : `"${value}" is not a claim filing indicator (837P SBR09) — pick one from the list, like CI or MB`
}

export const ClaimFilingIndicator = z.enum(CLAIM_FILING_INDICATOR_CODES, {
  error: (issue) => claimFilingIndicatorError(typeof issue.input === 'string' ? issue.input : ''),
})
