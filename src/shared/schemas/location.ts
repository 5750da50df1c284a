import { z } from 'zod'
import { OptionalNpi } from '../validators/npi'
import { PlaceOfService } from '../validators/placeOfService'
import { x12Text, X12_TEXT } from '../validators/x12Text'
import { ServiceLocationAddress } from './address'

/** Where patients are seen: the service facility of a claim (837P loop 2310C). */
export const Location = z.object({
  name: x12Text({ ...X12_TEXT.organizationName, label: 'Location name' }),
  address: ServiceLocationAddress,
  /** Only when the facility has an NPI of its own (2310C NM109 is situational). */
  npi: OptionalNpi,
  /** CLM05-1 for visits here unless the encounter says otherwise (11 office, 02/10 telehealth). */
  defaultPlaceOfService: PlaceOfService,
})
export type Location = z.infer<typeof Location>
export type LocationInput = z.input<typeof Location>
