import { z } from 'zod'
import { centsAmount } from '../validators/cents'
import { ProcedureCode } from '../validators/procedureCode'
import { recordId } from '../validators/recordId'

export const ExpectedAllowed = z.object({
  payerId: recordId('payer'),
  allowedCents: centsAmount('Expected allowed amount', 0),
})
export type ExpectedAllowed = z.infer<typeof ExpectedAllowed>

/** The practice's charge for a code, and what each payer is expected to allow for it. */
export const FeeScheduleEntry = z
  .object({
    code: ProcedureCode,
    chargeCents: centsAmount('Charge', 1),
    expectedAllowed: z.array(ExpectedAllowed).default([]),
    /**
     * Adding a code, not editing one: a code already on the schedule is then refused, so its
     * charge and expected allowed amounts are never replaced by an "add" typed over them.
     */
    adding: z.boolean().optional(),
  })
  .superRefine((entry, ctx) => {
    const seen = new Set<number>()
    entry.expectedAllowed.forEach((row, index) => {
      if (seen.has(row.payerId)) {
        ctx.addIssue({
          code: 'custom',
          message: `This payer already has an expected allowed amount for ${entry.code} — keep one row per payer`,
          path: ['expectedAllowed', index, 'payerId'],
        })
      }
      seen.add(row.payerId)
    })
  })
export type FeeScheduleEntry = z.infer<typeof FeeScheduleEntry>
export type FeeScheduleEntryInput = z.input<typeof FeeScheduleEntry>
