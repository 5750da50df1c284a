import { isPoBox } from '../../../shared/validators/poBox'
import { normalizeZip } from '../../../shared/validators/zip'
import { hit, rule, type RuleHit } from './rule'

/** 837P 2310C N3/N4: where the patient was seen — a street address with the 9-digit ZIP. */
export const facilityAddress = rule({
  id: 'facility.address',
  severity: 'error',
  summary: 'The service location is a street address with ZIP+4',
  check: ({ claim }) => {
    const { name, address } = claim.data.location.record
    const hits: RuleHit[] = []
    if (isPoBox(address.street1) || isPoBox(address.street2 ?? '')) {
      hits.push(
        hit(
          'location.address.street1',
          `Location ${name}: a PO box is not where patients are seen — enter the street address (Practice → Locations)`,
        ),
      )
    }
    if (!/^\d{9}$/.test(normalizeZip(address.zip ?? ''))) {
      hits.push(
        hit(
          'location.address.zip',
          `Location ${name}: ZIP ${address.zip || '(none)'} needs its 4-digit extension (ZIP+4) — look it up at tools.usps.com`,
        ),
      )
    }
    return hits
  },
})
