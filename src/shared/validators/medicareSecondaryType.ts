import { z } from 'zod'

/**
 * Why Medicare pays second (837P SBR05, insurance type code): required when Medicare is the
 * destination payer of a secondary or tertiary claim. The words are what a front desk asks the
 * patient ("are you still working?"), the code is what the 837 carries.
 */
export const MEDICARE_SECONDARY_TYPES = [
  { code: '12', label: 'Working aged: covered through the patient’s or spouse’s current job' },
  { code: '13', label: 'End-stage renal disease (ESRD), within the coordination period' },
  { code: '14', label: 'No-fault insurance, including auto' },
  { code: '15', label: 'Workers’ compensation' },
  { code: '16', label: 'Public health service or other federal agency' },
  { code: '41', label: 'Black lung' },
  { code: '42', label: 'Veterans Affairs' },
  { code: '43', label: 'Disabled, under 65, with a large group health plan' },
  { code: '47', label: 'Other liability insurance' },
] as const

export type MedicareSecondaryTypeCode = (typeof MEDICARE_SECONDARY_TYPES)[number]['code']

const CODES = MEDICARE_SECONDARY_TYPES.map((t) => t.code) as [
  MedicareSecondaryTypeCode,
  ...MedicareSecondaryTypeCode[],
]

export const MedicareSecondaryType = z.enum(CODES, {
  error: () => 'Pick why Medicare pays second (working aged, ESRD, disability, no-fault…)',
})

/** The claim filing indicators (SBR09) that mean the payer is Medicare. */
export function isMedicare(claimFilingIndicator: string): boolean {
  return claimFilingIndicator === 'MA' || claimFilingIndicator === 'MB'
}
