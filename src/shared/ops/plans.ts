import { z } from 'zod'
import { op } from '../op'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-02')
const account = z.string().trim().min(1, 'Enter the account number')
const positiveCents = z.number().int('Use whole cents').positive('Enter more than $0.00')

export const PLAN_FREQUENCIES = ['weekly', 'biweekly', 'monthly'] as const
export const FREQUENCY_LABELS: Record<(typeof PLAN_FREQUENCIES)[number], string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
}

export const PlanRequest = z
  .object({
    accountNo: account,
    /** Default: what the account owes now. */
    totalCents: positiveCents.optional(),
    downPaymentCents: z.number().int('Use whole cents').min(0, 'Cannot be negative').optional(),
    installmentCents: positiveCents.optional(),
    installments: z.number().int().min(1, 'At least one installment').max(120).optional(),
    frequency: z.enum(PLAN_FREQUENCIES),
    firstDue: isoDate,
    remainder: z.enum(['first', 'last']).optional(),
    /** End the active plan (reason: replaced) and make this one in its place. */
    replace: z.boolean().optional(),
  })
  .refine((r) => (r.installmentCents === undefined) !== (r.installments === undefined), {
    message: 'Give either the installment amount or the number of installments',
    path: ['installmentCents'],
  })
export type PlanRequestInput = z.input<typeof PlanRequest>

export const ScheduledItem = z.object({
  number: z.number().int(),
  dueDate: z.string(),
  amountCents: z.number().int(),
})

export const PlanItem = ScheduledItem.extend({
  paidCents: z.number().int(),
  status: z.enum(['paid', 'missed', 'due', 'upcoming']),
})

export const PlanView = z.object({
  id: z.number().int(),
  accountNo: z.string(),
  guarantor: z.string(),
  patientId: z.number().int(),
  active: z.boolean(),
  /** An installment's due date passed without it paid in full. */
  behind: z.boolean(),
  paidOff: z.boolean(),
  totalCents: z.number().int(),
  downPaymentCents: z.number().int(),
  installmentCents: z.number().int().nullable(),
  installments: z.number().int().nullable(),
  frequency: z.enum(PLAN_FREQUENCIES),
  firstDue: z.string(),
  remainder: z.enum(['first', 'last']),
  startDate: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
  endReason: z.string().nullable(),
  items: z.array(PlanItem),
  paidCents: z.number().int(),
  remainingCents: z.number().int(),
  missedCents: z.number().int(),
  next: ScheduledItem.nullable(),
  accountBalanceCents: z.number().int(),
  /** Owed on the account beyond what is left of the plan: not in it until a new plan takes it. */
  outsideCents: z.number().int(),
})
export type PlanView = z.infer<typeof PlanView>

export const AccountPlans = z.object({
  accountNo: z.string(),
  guarantor: z.string(),
  patientId: z.number().int(),
  active: PlanView.nullable(),
  past: z.array(PlanView),
})

export const planOps = {
  'plans.preview': op({
    summary: 'The schedule a payment plan would have (nothing saved)',
    input: PlanRequest,
    output: z.object({
      accountNo: z.string(),
      guarantor: z.string(),
      accountBalanceCents: z.number().int(),
      totalCents: z.number().int(),
      downPaymentCents: z.number().int(),
      items: z.array(ScheduledItem),
    }),
    access: 'plans.manage',
  }),
  'plans.create': op({
    summary: 'Set up a payment plan for a guarantor account (one active plan per account)',
    input: PlanRequest,
    output: PlanView,
    access: 'plans.manage',
    audit: 'patient-write',
  }),
  'plans.end': op({
    summary: "End the account's active payment plan, saying why",
    input: z.object({
      accountNo: account,
      reason: z.string().trim().min(1, 'Say why the plan ends').max(200),
    }),
    output: PlanView,
    access: 'plans.manage',
    audit: 'patient-write',
  }),
  'plans.show': op({
    summary: "An account's payment plans: the active one with its installments, and past ones",
    input: z.object({ accountNo: account }),
    output: AccountPlans,
    access: 'payments.read',
    audit: 'patient-read',
  }),
  'plans.list': op({
    summary: 'Payment plans, those behind first',
    input: z.object({ all: z.boolean().optional() }),
    output: z.array(PlanView),
    access: 'payments.read',
    audit: 'list-read',
  }),
}
