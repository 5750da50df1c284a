import type { BillingProvider } from '../claim837'
import { writeAddress } from './address'
import type { WriteContext } from './elements'
import { npi, taxonomy } from './identifiers'
import type { SegmentList } from './segments'

/** 2000A billing provider level (always HL 1, with subscribers below) and 2010AA/2010AB. */
export function writeBillingProvider(
  out: SegmentList,
  ctx: WriteContext,
  billing: BillingProvider,
): void {
  out.add('HL', '1', '', '20', '1')
  out.add('PRV', 'BI', 'PXC', taxonomy(ctx, billing.taxonomy, '2000A'))

  out.add(
    'NM1',
    '85',
    '2',
    ctx.requiredName(billing.name, '2010AA', 'NM103', 1, 60),
    '',
    '',
    '',
    '',
    'XX',
    npi(ctx, billing.npi, '2010AA'),
  )
  // 2010AA N3/N4: a physical address with ZIP+4; a PO box belongs in 2010AB.
  writeAddress(out, ctx, '2010AA', billing.address, { zip9: true, physical: true })
  out.add('REF', 'EI', ctx.digits(billing.ein, '2010AA', 'REF02', 9))

  if (billing.payToAddress) {
    // 5010 2010AB carries only NM101/NM102: the pay-to is an address, named by 2010AA.
    out.add('NM1', '87', '2')
    writeAddress(out, ctx, '2010AB', billing.payToAddress)
  }
}
