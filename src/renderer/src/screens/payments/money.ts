import { cents, formatCents } from '../../../../shared/money'

/** Dollars for display; a blank for zero where a column would fill with $0.00. */
export const money = (c: number) => formatCents(cents(c))
export const moneyOrBlank = (c: number) => (c === 0 ? '' : money(c))
