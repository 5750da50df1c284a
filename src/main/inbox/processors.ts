import { process277ca } from '../acknowledgments/process277ca'
import { process999 } from '../acknowledgments/process999'
import { processTA1 } from '../acknowledgments/processTA1'
import type { Processors } from './process'
import { process835 } from '../remits/era'

/**
 * What ClaimDesk does with each kind of inbound file, whether it came through the clearinghouse
 * sync or was imported by hand: one registry, so both paths run exactly the same code.
 * Kinds without a processor (text reports, unknown files) are kept to be read, not applied.
 */
export const PROCESSORS: Processors = {}
PROCESSORS['835'] = process835
PROCESSORS['999'] = process999
PROCESSORS.TA1 = processTA1
PROCESSORS['277CA'] = process277ca
