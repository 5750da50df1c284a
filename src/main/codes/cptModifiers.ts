// Two-digit CPT modifiers are valid codes whose descriptions are the AMA's; the codes alone are
// listed so a practice without a CPT licence file can still code 25, 59, 76… HCPCS Level II
// modifiers come from the modifier code set.
const CPT_MODIFIERS = new Set(
  '22 23 24 25 26 27 32 33 47 50 51 52 53 54 55 56 57 58 59 62 63 66 73 74 76 77 78 79 80 81 82 90 91 92 93 95 96 97 99'.split(
    ' ',
  ),
)

export function isCptModifier(code: string): boolean {
  return CPT_MODIFIERS.has(code)
}
