/**
 * The code lists of the answers a clearinghouse sends (999, TA1, 277CA), in plain words. The
 * lists live in resources/codes/*.json (sources in its README); a code not on them is shown by
 * its value, never guessed.
 */
import statusCodes from '../../../resources/codes/claim-status-codes.json'
import ackCodes from '../../../resources/codes/x12-ack-codes.json'
import type { StatusCode } from '../x12/read277ca'

type CodeList = Readonly<Record<string, string>>

const CATEGORIES: CodeList = statusCodes.categories
const STATUSES: CodeList = statusCodes.statuses
const ENTITIES: CodeList = statusCodes.entities
const ACK: Readonly<Record<keyof typeof ackCodes, CodeList>> = ackCodes

/** 277CA categories that mean the claim was not taken: it must be fixed and sent again. */
export const REJECTED_CATEGORIES = new Set([
  'A3',
  'A4',
  'A6',
  'A7',
  'A8',
  'DR03',
  'DR04',
  'DR05',
  'DR06',
  'DR07',
  'E3',
  'E4',
])
/** 277CA categories that mean the payer (or its clearinghouse) took the claim into adjudication. */
export const ACCEPTED_CATEGORIES = new Set(['A1', 'A2', 'A5', 'DR01', 'DR02', 'DR08'])

function strip(text: string): string {
  return text.replace(/\.$/, '')
}

export function categoryText(code: string): string {
  const text = CATEGORIES[code]
  return text ? strip(text.split(':')[0]!) : `Status category ${code} (not on ClaimDesk's list)`
}

export function statusText(code: string): string {
  const text = STATUSES[code]
  return text ? strip(text) : `claim status code ${code} (see x12.org/codes/claim-status-codes)`
}

export function entityText(code: string): string {
  return ENTITIES[code]?.toLowerCase() ?? `entity ${code}`
}

/** "Rejected for invalid information: Entity's National Provider Identifier (NPI) (billing provider)". */
export function explainStatus(code: StatusCode): string {
  const category = categoryText(code.category).replace(/^Acknowledgement\//, '')
  const parts = [category]
  if (code.status !== '') {
    let detail = statusText(code.status)
    if (code.entity !== '') detail += ` (${entityText(code.entity)})`
    parts.push(detail)
  }
  return parts.join(': ')
}

export function codeText(list: keyof typeof ackCodes, code: string): string {
  return ACK[list][code] ?? `code ${code}`
}
