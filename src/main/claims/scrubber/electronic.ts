import { hit, rule } from './rule'

/** A payer outside electronic claims takes a printed CMS-1500 instead of the 837P. */
export const payerElectronic = rule({
  id: 'payer.electronic',
  severity: 'warning',
  summary: 'The payer accepts electronic claims',
  check: ({ claim }) => {
    const payer = claim.data.payer.record
    if (payer.acceptsElectronicClaims) return []
    const address = payer.claimsAddress
    const where = address ? ` to ${address.street1}, ${address.city}, ${address.state}` : ''
    return [
      hit(
        'payer.acceptsElectronicClaims',
        `${payer.name} does not take electronic claims — print a CMS-1500 and mail it${where}; acknowledge only if the clearinghouse prints and mails it for you`,
      ),
    ]
  },
})
