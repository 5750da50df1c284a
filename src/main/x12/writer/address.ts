import { isPoBox } from '../../../shared/validators/poBox'
import type { Address837 } from '../claim837'
import type { WriteContext } from './elements'
import type { SegmentList } from './segments'

/** The two addresses payers need to be a physical place with ZIP+4. */
export interface AddressRules {
  /** 2010AA and 2310C N403: the 9-digit ZIP. */
  zip9?: boolean
  /** 2010AA and 2310C N301: a street, not a PO box or lockbox. */
  physical?: boolean
}

/** N3 (street, 1–55 each) and N4 (city 2–30, state, ZIP 5 or 9 digits) of any loop. */
export function writeAddress(
  out: SegmentList,
  ctx: WriteContext,
  loop: string,
  address: Address837,
  rules: AddressRules = {},
): void {
  const line1 = ctx.requiredName(address.line1, loop, 'N301', 1, 55)
  const line2 = ctx.name(address.line2, loop, 'N302', 55)
  if (rules.physical && (isPoBox(line1) || isPoBox(line2))) {
    ctx.fail(loop, 'N301', 'is a PO box; this address must be where the practice is')
  }
  out.add('N3', line1, line2)

  const city = ctx.requiredName(address.city, loop, 'N401', 2, 30)
  const state = ctx.id(address.state, loop, 'N402', 2, 2)
  if (!isLetters(state)) ctx.fail(loop, 'N402', 'must be a two-letter state code')
  const zip = (address.zip ?? '').replace('-', '').trim()
  if (!/^\d{5}(\d{4})?$/.test(zip)) ctx.fail(loop, 'N403', 'must be a 5 or 9 digit ZIP code')
  if (rules.zip9 && zip.length !== 9) ctx.fail(loop, 'N403', 'must be the 9-digit ZIP+4')
  out.add('N4', city, state, zip)
}

function isLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 65 || code > 90) return false
  }
  return true
}
