import { describe, expect, it } from 'vitest'
import { effectiveFromFileName } from '../../../../src/main/codes/effective'

describe('the effective date read from a CMS file name', () => {
  it.each([
    ['icd10cm_order_2026.txt', 'icd10cm-order', '2025-10-01'],
    ['icd10cm-codes-2025.txt', 'icd10cm-codes', '2024-10-01'],
    ['icd10cm_billable_FY2026_from_phecoder.tsv', 'icd10cm-tsv', '2025-10-01'],
    ['icd10cm-order-April-2025.txt', 'icd10cm-order', '2025-04-01'],
    ['icd10cm-order-Jan-2021.txt', 'icd10cm-order', '2021-01-01'],
    ['C:\\Downloads\\HCPC2025_OCT_ANWEB.txt', 'hcpcs-fixed', '2025-10-01'],
    ['HCPC2026_JAN_ANWEB_01122026.txt', 'hcpcs-fixed', '2026-01-01'],
    ['cpt-2026.csv', 'cpt-csv', '2026-01-01'],
  ] as const)('%s takes effect %s', (name, kind, expected) => {
    expect(effectiveFromFileName(name, kind)).toBe(expected)
  })

  it('does not guess when the name says nothing', () => {
    expect(effectiveFromFileName('hcpc_short.csv', 'hcpcs-csv')).toBeNull()
    expect(effectiveFromFileName('pos-2024.csv', 'pos-csv')).toBeNull()
  })
})
