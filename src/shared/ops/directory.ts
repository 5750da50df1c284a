import { z } from 'zod'
import { op } from '../op'
import { Location } from '../schemas/location'
import { Payer } from '../schemas/payer'
import { Practice } from '../schemas/practice'
import { Provider } from '../schemas/provider'
import { ReferringProvider } from '../schemas/referringProvider'
import { FeeScheduleEntry } from '../schemas/feeSchedule'

/**
 * The practice's own records that every claim is made from: each kind keeps its own schema and
 * the same three operations (list, save, activate).
 */
function directory<S extends z.ZodType>(noun: string, schema: S) {
  const Row = z.object({ id: z.number().int(), active: z.boolean(), record: schema })
  return {
    list: op({
      summary: `The practice's ${noun}s`,
      input: z.object({ includeInactive: z.boolean().default(false) }),
      output: z.array(Row),
      access: 'practice.read',
    }),
    save: op({
      summary: `Add a ${noun}, or change one (with its id)`,
      input: z.object({ id: z.number().int().positive().optional(), record: schema }),
      output: Row,
      access: 'practice.manage',
      audit: 'admin',
    }),
    setActive: op({
      summary: `Take a ${noun} out of the pick lists (kept for past claims), or bring it back`,
      input: z.object({ id: z.number().int().positive(), active: z.boolean() }),
      output: Row,
      access: 'practice.manage',
      audit: 'admin',
    }),
  }
}

const providers = directory('provider', Provider)
const locations = directory('service location', Location)
const referrers = directory('referring provider', ReferringProvider)
const payers = directory('payer', Payer)

export const FeeRow = FeeScheduleEntry.safeExtend({ updatedAt: z.string() })

export const directoryOps = {
  'practice.get': op({
    summary: 'The practice as billing provider: legal name, NPI, EIN, taxonomy, addresses',
    input: z.object({}),
    output: z.object({ name: z.string(), profile: Practice.nullable() }),
    access: 'practice.read',
  }),
  'practice.update': op({
    summary: 'Set the practice’s billing-provider details',
    input: Practice,
    output: z.object({ name: z.string(), profile: Practice.nullable() }),
    access: 'practice.manage',
    audit: 'admin',
  }),
  'providers.list': providers.list,
  'providers.save': providers.save,
  'providers.setActive': providers.setActive,
  'locations.list': locations.list,
  'locations.save': locations.save,
  'locations.setActive': locations.setActive,
  'referrers.list': referrers.list,
  'referrers.save': referrers.save,
  'referrers.setActive': referrers.setActive,
  'payers.list': payers.list,
  'payers.save': payers.save,
  'payers.setActive': payers.setActive,
  'fees.list': op({
    summary: 'The fee schedule: each code’s charge and expected allowed amounts',
    input: z.object({}),
    output: z.array(FeeRow),
    access: 'practice.read',
  }),
  'fees.save': op({
    summary: 'Set the charge for a code (and what payers are expected to allow)',
    input: FeeScheduleEntry,
    output: FeeRow,
    access: 'practice.manage',
    audit: 'admin',
  }),
  'fees.remove': op({
    summary: 'Take a code off the fee schedule',
    input: z.object({ code: z.string().trim().toUpperCase() }),
    output: z.object({}),
    access: 'practice.manage',
    audit: 'admin',
  }),
}
