import {
  ADMINISTRATIVE_SEX_CODES,
  ADMINISTRATIVE_SEX_LABELS,
} from '../../../shared/validators/administrativeSex'
import { US_STATES } from '../../../shared/validators/usState'

/** Option lists for native selects: type-ahead on the code ("NY", "F") picks the option. */
export const STATE_OPTIONS = [
  { value: '', label: 'State…' },
  ...US_STATES.map((s) => ({ value: s.code, label: `${s.code} — ${s.name}` })),
]

export const SEX_OPTIONS = [
  { value: '', label: 'Pick…' },
  ...ADMINISTRATIVE_SEX_CODES.map((code) => ({
    value: code,
    label: `${code} — ${ADMINISTRATIVE_SEX_LABELS[code]}`,
  })),
]

/** Empty text for every part of an address, so each input starts controlled. */
export const BLANK_ADDRESS = { street1: '', street2: '', city: '', state: '', zip: '' }

/** Optional text the store gives back as undefined or null, shown as an empty box. */
export function text(value: string | null | undefined): string {
  return value ?? ''
}
