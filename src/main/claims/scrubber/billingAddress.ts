import { isPoBox } from '../../../shared/validators/poBox'
import { normalizeZip } from '../../../shared/validators/zip'
import { hit, rule } from './rule'

/*
 * 837P 2010AA N3/N4: the billing provider's address must be where the practice physically is
 * (no PO box or lockbox: those go in the pay-to address, 2010AB) and carry the 9-digit ZIP.
 */

export const billingStreet = rule({
  id: 'billing.street',
  severity: 'error',
  summary: 'The billing provider address is a street address, not a PO box',
  check: ({ claim }) => {
    const address = claim.data.practice?.billingAddress
    if (!address) return []
    const lines = [address.street1, address.street2 ?? '']
    const at = lines.findIndex((line) => isPoBox(line))
    if (at < 0) return []
    return [
      hit(
        `practice.billingAddress.street${at + 1}`,
        `The billing address "${lines[at]}" is a PO box — payers reject it there; enter the office's street address and put the PO box in the pay-to address (Practice → Billing provider)`,
      ),
    ]
  },
})

export const billingZip4 = rule({
  id: 'billing.zip4',
  severity: 'error',
  summary: 'The billing provider address has its 9-digit ZIP+4',
  check: ({ claim }) => {
    const address = claim.data.practice?.billingAddress
    if (!address) return []
    const zip = normalizeZip(address.zip ?? '')
    if (/^\d{9}$/.test(zip)) return []
    return [
      hit(
        'practice.billingAddress.zip',
        `The billing address ZIP ${address.zip || '(none)'} needs its 4-digit extension (ZIP+4) — payers reject a 5-digit ZIP on the billing provider; look it up at tools.usps.com`,
      ),
    ]
  },
})
