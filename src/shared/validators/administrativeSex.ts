import { z } from 'zod'

/** 837P DMG03 administrative gender: U when unknown or not reported. */
export const ADMINISTRATIVE_SEX_CODES = ['F', 'M', 'U'] as const
export type AdministrativeSexCode = (typeof ADMINISTRATIVE_SEX_CODES)[number]

export const ADMINISTRATIVE_SEX_LABELS: Record<AdministrativeSexCode, string> = {
  F: 'Female',
  M: 'Male',
  U: 'Unknown',
}

export function administrativeSexError(value: string): string | null {
  if ((ADMINISTRATIVE_SEX_CODES as readonly string[]).includes(value)) return null
  return value === ''
    ? 'Pick the sex as on the insurance card: F, M or U (unknown)'
    : `Sex "${value}" is not F, M or U — pick it as on the insurance card`
}

export const AdministrativeSex = z.enum(ADMINISTRATIVE_SEX_CODES, {
  error: (issue) => administrativeSexError(typeof issue.input === 'string' ? issue.input : ''),
})
