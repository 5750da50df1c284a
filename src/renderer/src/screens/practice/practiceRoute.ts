import { readHash, useHashView } from '../../route'

export const PRACTICE_TABS = [
  'profile',
  'providers',
  'locations',
  'referrers',
  'payers',
  'fees',
] as const
export type PracticeTab = (typeof PRACTICE_TABS)[number]

/**
 * Where in the Practice area the person is: `#/practice?tab=payers&id=3&focus=name` opens the
 * payers, payer 3's form, its name box — as a claim finding's "Fix the payer" link does.
 */
export interface PracticeView {
  tab: PracticeTab
  /** The record whose form to open; none names the tab's only active record, if it has one. */
  id: number | null
  /** A field of the open form ('billingNpi', 'address.street1', 'requiresPriorAuthorization'). */
  focus: string | null
}

export function readPracticeView(hash: string): PracticeView {
  const { query } = readHash(hash)
  const id = query.get('id') ?? ''
  return {
    tab: PRACTICE_TABS.find((t) => t === query.get('tab')) ?? 'profile',
    id: /^\d+$/.test(id) ? Number(id) : null,
    focus: query.get('focus'),
  }
}

/** The tab the person picked, kept in the address without reopening anything. */
export function namePracticeTab(tab: PracticeTab): void {
  window.history.replaceState(null, '', tab === 'profile' ? '#/practice' : `#/practice?tab=${tab}`)
}

export function usePracticeView(): PracticeView {
  return useHashView(readPracticeView)
}
