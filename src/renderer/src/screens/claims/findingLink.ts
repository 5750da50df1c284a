import type { ClaimDetail } from '../../../../shared/schemas/claim'

export interface FindingLink {
  href: string
  /** Where the link goes, in the biller's words: "Fix on the visit". */
  label: string
}

type ClaimRef = Pick<
  ClaimDetail,
  'claimId' | 'visitId' | 'patientId' | 'payerId' | 'providerId' | 'responsibility' | 'actions'
>

/**
 * Visit fields a claim locks once the visit is billed: its codes and lines are the claim's, and
 * its date, patient, provider and place are what the claim was built for. Only the header
 * (prior authorization, place of service, referring provider) stays open on the visit.
 */
const LOCKED_ON_BILLED = [
  'dateOfService',
  'patientId',
  'renderingProviderId',
  'locationId',
  'diagnoses',
  'lines',
]

/** For a locked field: the way to unlock it that the claim allows, or none while it is in flight. */
function unlock(claim: ClaimRef): FindingLink | null {
  const act = (action: string) => `#/claims/${claim.claimId}${query({ focus: `action.${action}` })}`
  if (claim.actions.includes('withdraw')) {
    return { href: act('withdraw'), label: 'Withdraw the claim to fix the visit' }
  }
  if (claim.actions.includes('correct')) {
    return { href: act('correct'), label: 'Correct the claim (the payer has it)' }
  }
  return null
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v))
  const text = q.toString()
  return text ? `?${text}` : ''
}

const practice = (tab: string, params: Record<string, string | number | undefined> = {}) =>
  `#/practice${query({ tab, ...params })}`

/**
 * Where a scrubber finding is fixed: the finding names a field ('visit.diagnoses.2',
 * 'coverage.memberId', 'practice.billingNpi'); the link opens the screen that owns it with the
 * field named in `focus`, so that screen can put the cursor on it.
 */
export function findingLink(field: string, claim: ClaimRef): FindingLink | null {
  const [head = '', ...rest] = field.split('.')
  const path = rest.join('.')
  const focus = path || undefined
  switch (head) {
    case 'visit':
      if (LOCKED_ON_BILLED.includes(rest[0] ?? '')) return unlock(claim)
      return {
        href: `#/coding/${claim.visitId}${query({ focus })}`,
        label: 'Fix on the visit',
      }
    case 'patient':
      return {
        href: `#/patients/${claim.patientId}${query({ focus })}`,
        label: "Fix in the patient's demographics",
      }
    case 'coverage':
    case 'subscriber':
      return {
        href: `#/patients/${claim.patientId}${query({ tab: 'insurance', order: claim.responsibility, focus })}`,
        label: `Fix in the patient's ${claim.responsibility} insurance`,
      }
    case 'practice':
      return { href: `#/practice${query({ focus })}`, label: 'Fix in the practice profile' }
    case 'provider':
      return {
        href: practice('providers', { id: claim.providerId, focus }),
        label: 'Fix the rendering provider',
      }
    case 'payer':
      return { href: practice('payers', { id: claim.payerId, focus }), label: 'Fix the payer' }
    case 'location':
      return { href: practice('locations', { focus }), label: 'Fix the service location' }
    case 'referrer':
      return { href: practice('referrers', { focus }), label: 'Fix the referring provider' }
    case 'lines':
    case 'claim':
      // The claim's own lines and header: shown on this screen.
      return path === '' && head === 'claim'
        ? null
        : {
            href: `#/claims/${claim.claimId}${query({ focus: field })}`,
            label: /^\d+$/.test(rest[0] ?? '')
              ? `Show line ${Number(rest[0]) + 1}`
              : 'Show on the claim',
          }
    default:
      return null
  }
}
