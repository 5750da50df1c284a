/**
 * Payers reject a PO box as the billing provider or service facility address (837P 2010AA and
 * 2310C N301 must be a physical location); a PO box belongs in the pay-to address (2010AB).
 */
const PO_BOX_PATTERNS: readonly RegExp[] = [
  /\bp ?o ?box\b/, // PO Box, P.O. Box, P O Box, POBox
  /\bpost ?office ?box\b/,
  /\bp ?o ?b \d/, // POB 12, P.O.B. 12
  /^box \d/, // Box 123, only at the start: "12 Box Hill Rd" is a street
  /\block ?box\b/, // Lock Box, Lockbox
]

/** Whether a street line is a PO box, however it is punctuated or cased. */
export function isPoBox(line: string): boolean {
  const plain = line
    .toLowerCase()
    .replace(/[.,#:-]/g, ' ')
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim()
  return PO_BOX_PATTERNS.some((pattern) => pattern.test(plain))
}

/** Which address a line is for: the billing provider's (2010AA) or a service location's (2310C). */
export type PhysicalAddressUse = 'billing' | 'service'

export function poBoxError(line: string, use: PhysicalAddressUse = 'billing'): string | null {
  if (!isPoBox(line)) return null
  const quoted = `"${line.trim()}" is a PO box`
  return use === 'billing'
    ? `${quoted} — payers reject a PO box as the billing provider address; enter the office's street address and put the PO box in the pay-to address`
    : `${quoted} — a service location must be the street address where patients are seen`
}
