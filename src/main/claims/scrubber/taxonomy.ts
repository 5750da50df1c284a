import { taxonomyCodeError } from '../../../shared/validators/taxonomy'
import { hit, rule, type RuleHit } from './rule'

/** 837P PRV03 (2000A billing, 2310B rendering): a NUCC taxonomy code, 10 characters ending in X. */
export const taxonomyFormat = rule({
  id: 'taxonomy.format',
  severity: 'error',
  summary: 'Billing and rendering taxonomy codes are NUCC codes (10 characters ending in X)',
  check: ({ claim }) => {
    const hits: RuleHit[] = []
    const practice = claim.data.practice
    if (practice) {
      const error = taxonomyCodeError(practice.taxonomyCode ?? '')
      if (error) hits.push(hit('practice.taxonomyCode', `Billing provider: ${error}`))
    }
    const error = taxonomyCodeError(claim.data.provider.record.taxonomyCode ?? '')
    if (error) hits.push(hit('provider.taxonomyCode', `Rendering provider: ${error}`))
    return hits
  },
})
