declare const centsBrand: unique symbol
/** Money: a whole number of US cents. Never a float; formatted only for display. */
export type Cents = number & { readonly [centsBrand]: true }

// Past 2^51 integer arithmetic on doubles stops being exact for sums of sums.
const LIMIT = 2 ** 51

export function cents(value: number): Cents {
  if (!Number.isInteger(value)) throw new RangeError(`Money must be whole cents, got ${value}`)
  if (Math.abs(value) > LIMIT) throw new RangeError(`Money out of range: ${value}`)
  return value as Cents
}

export function addCents(...values: Cents[]): Cents {
  return cents(values.reduce((sum, v) => sum + v, 0))
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

export function formatCents(value: Cents): string {
  // Whole dollars and remainder separately, so display never goes through a fractional float sum.
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  const dollars = Math.trunc(abs / 100)
  const rest = abs % 100
  return sign + usd.format(dollars).replace(/\.00$/, '') + '.' + String(rest).padStart(2, '0')
}

/** Parses what a person types ("1,234.5", "$12", "-0.07") into cents without float arithmetic. */
export function parseDollars(text: string): Cents | null {
  const m = /^\s*(-)?\$?\s*(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?\s*$/.exec(text)
  if (!m) return null
  const whole = Number(m[2]!.replace(/,/g, ''))
  const frac = Number((m[3] ?? '').padEnd(2, '0') || '0')
  const value = whole * 100 + frac
  return cents(m[1] ? -value : value)
}
