import { hit, rule } from './rule'

/**
 * A payer outside electronic claims takes a printed CMS-1500: the claim goes to the print queue
 * instead of a batch, which needs the address the payer wants its paper claims mailed to.
 */
export const payerElectronic = rule({
  id: 'payer.electronic',
  severity: 'error',
  summary: 'A paper-only payer has an address to mail claims to',
  check: ({ claim }) => {
    const payer = claim.data.payer.record
    if (payer.acceptsElectronicClaims || payer.claimsAddress) return []
    return [
      hit(
        'payer.claimsAddress',
        `${payer.name} takes paper claims only and has no claims mailing address: add it to the payer (Practice → Payers) so the CMS-1500 can be mailed`,
      ),
    ]
  },
})
