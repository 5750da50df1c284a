import { z } from 'zod'
import { inSentence } from '../validators/field'
import { optionalX12Text, x12Text, X12_TEXT } from '../validators/x12Text'

/**
 * Name parts of a person as the 837P NM1 segment carries them (NM103 last, NM104 first, NM105
 * middle, NM107 suffix). `whose` prefixes the labels ("Subscriber's") so a message read away from
 * its form still says which person it means.
 */
export function personNameShape(whose?: string) {
  const label = (part: string): string => (whose ? `${whose} ${inSentence(part)}` : part)
  return {
    lastName: x12Text({ ...X12_TEXT.lastName, label: label('Last name') }),
    firstName: x12Text({ ...X12_TEXT.firstName, label: label('First name') }),
    middleName: optionalX12Text({ ...X12_TEXT.middleName, label: label('Middle name') }),
    suffix: optionalX12Text({ ...X12_TEXT.suffix, label: label('Suffix') }),
  }
}

export const PersonName = z.object(personNameShape())
export type PersonName = z.infer<typeof PersonName>
export type PersonNameInput = z.input<typeof PersonName>
