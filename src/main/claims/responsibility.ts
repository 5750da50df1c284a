import type { ClaimResponsibility } from '../../shared/schemas/claim'

const RANK: Record<ClaimResponsibility, number> = { primary: 1, secondary: 2, tertiary: 3 }

/** Payers are billed in coverage order: 1 primary, 2 secondary, 3 tertiary. */
export function responsibilityRank(r: ClaimResponsibility): number {
  return RANK[r]
}

/** 837P SBR01. */
export const RESPONSIBILITY_CODE: Record<ClaimResponsibility, 'P' | 'S' | 'T'> = {
  primary: 'P',
  secondary: 'S',
  tertiary: 'T',
}
