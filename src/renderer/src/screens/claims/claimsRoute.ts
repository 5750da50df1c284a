import { useEffect, useState } from 'react'
import { AGE_BUCKETS, CLAIM_STATUSES } from '../../../../shared/schemas/claim'
import type { AgeBucket, ClaimStatus } from '../../../../shared/schemas/claim'

/** What the claims list shows, kept in the address so Back and reload keep it. */
export interface ClaimFilter {
  status: ClaimStatus[]
  payerId: number | null
  providerId: number | null
  age: AgeBucket | null
  /** Dates of service from / through (ISO days). */
  from: string | null
  to: string | null
}

export const NO_FILTER: ClaimFilter = {
  status: [],
  payerId: null,
  providerId: null,
  age: null,
  from: null,
  to: null,
}

const day = (text: string | null) => (text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null)

/**
 * Where in the Claims area the person is: `#/claims/list?status=draft` (the list), `#/claims/outbox`,
 * `#/claims/paper` (the print queue),
 * `#/claims/batches`, `#/claims/12?focus=lines.0.code` (one claim, a field to show).
 */
export type ClaimsView =
  | { kind: 'list'; filter: ClaimFilter }
  | { kind: 'outbox' }
  | { kind: 'paper' }
  | { kind: 'batches' }
  | { kind: 'rejections' }
  | { kind: 'detail'; claimId: number; focus: string | null }

const id = (text: string | null) => (text && /^\d+$/.test(text) ? Number(text) : null)

function readFilter(query: URLSearchParams): ClaimFilter {
  const status = (query.get('status') ?? '')
    .split(',')
    .filter((s): s is ClaimStatus => (CLAIM_STATUSES as readonly string[]).includes(s))
  const age = query.get('age')
  return {
    status,
    payerId: id(query.get('payer')),
    providerId: id(query.get('provider')),
    age: age && (AGE_BUCKETS as readonly string[]).includes(age) ? (age as AgeBucket) : null,
    from: day(query.get('from')),
    to: day(query.get('to')),
  }
}

export function readClaimsView(hash: string): ClaimsView {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?')
  const [, sub = ''] = path.split('/')
  const query = new URLSearchParams(search)
  if (sub === 'outbox') return { kind: 'outbox' }
  if (sub === 'paper') return { kind: 'paper' }
  if (sub === 'batches') return { kind: 'batches' }
  if (sub === 'rejections') return { kind: 'rejections' }
  const claimId = id(sub)
  if (claimId !== null) return { kind: 'detail', claimId, focus: query.get('focus') }
  return { kind: 'list', filter: readFilter(query) }
}

function filterQuery(filter: ClaimFilter): string {
  const q = new URLSearchParams()
  if (filter.status.length > 0) q.set('status', filter.status.join(','))
  if (filter.payerId !== null) q.set('payer', String(filter.payerId))
  if (filter.providerId !== null) q.set('provider', String(filter.providerId))
  if (filter.age !== null) q.set('age', filter.age)
  if (filter.from !== null) q.set('from', filter.from)
  if (filter.to !== null) q.set('to', filter.to)
  const text = q.toString()
  return text ? `?${text}` : ''
}

export function claimsHref(view: ClaimsView): string {
  switch (view.kind) {
    case 'list': {
      // A query right after the area name (#/claims?…) is not matched by the shell: name the list.
      const query = filterQuery(view.filter)
      return query ? `#/claims/list${query}` : '#/claims'
    }
    case 'outbox':
    case 'paper':
    case 'batches':
    case 'rejections':
      return `#/claims/${view.kind}`
    case 'detail':
      return `#/claims/${view.claimId}${view.focus ? `?focus=${encodeURIComponent(view.focus)}` : ''}`
  }
}

export const claimHref = (claimId: number) => claimsHref({ kind: 'detail', claimId, focus: null })

let flash: { href: string; notice: string } | null = null

/** Goes to a view, with a one-line notice for it to show (e.g. "Claim replaced by …"). */
export function goClaims(view: ClaimsView, notice: string | null = null): void {
  const href = claimsHref(view)
  flash = notice ? { href, notice } : null
  window.location.hash = href
}

/** The notice the last `goClaims` left for the view now shown, if it is that view. */
export function claimsNotice(): string | null {
  return flash && flash.href === window.location.hash ? flash.notice : null
}

export function useClaimsView(): ClaimsView {
  const [view, setView] = useState(() => readClaimsView(window.location.hash))
  useEffect(() => {
    const onChange = () => setView(readClaimsView(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return view
}
