import { z } from 'zod'
import { op } from '../op'
import { centsAmount } from '../validators/cents'
import { isoDate } from '../validators/isoDate'
import { recordId } from '../validators/recordId'
import { PostedClaim } from './remits'

export const CAS_GROUPS = ['CO', 'PR', 'OA', 'PI'] as const
export const CAS_GROUP_LABELS: Record<(typeof CAS_GROUPS)[number], string> = {
  CO: 'CO — contractual (provider writes off)',
  PR: 'PR — patient responsibility',
  OA: 'OA — other adjustment',
  PI: 'PI — payer-initiated reduction',
}

const cents = z.number().int()
const carc = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{1,5}$/, { error: 'Pick the adjustment reason (CARC) from the list' })

export const CheckLineInput = z.object({
  lineNo: z.number().int().min(1),
  paidCents: centsAmount('Paid', 0),
  adjustments: z
    .array(
      z.object({
        group: z.enum(CAS_GROUPS, { error: () => 'Pick the group: CO, PR, OA or PI' }),
        reason: carc,
        amountCents: z.number().int({ error: 'Adjustment amounts are whole cents' }),
      }),
    )
    .max(20),
  remarks: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z0-9]{1,6}$/),
    )
    .max(10),
})

export const CheckClaimInput = z.object({
  claimId: recordId('claim'),
  payerClaimNumber: z.string().trim().max(50).optional(),
  lines: z.array(CheckLineInput).min(1).max(100),
})

export const CheckHeaderInput = z.object({
  payerId: recordId('payer'),
  checkNumber: z.string().trim().min(1, 'Enter the check number').max(30),
  checkDate: isoDate('Check date'),
  amountCents: centsAmount('Check amount', 0),
  memo: z.string().trim().max(200).optional(),
})

export const InsuranceCheck = z.object({
  paymentId: z.number().int(),
  payerId: z.number().int().nullable(),
  payerName: z.string(),
  checkNumber: z.string(),
  checkDate: z.string(),
  amountCents: cents,
  appliedCents: cents,
  unappliedCents: cents,
  recordedBy: z.string(),
  recordedAt: z.string(),
  claims: z.array(
    z.object({
      claimId: z.number().int(),
      patientControlNumber: z.string(),
      patientName: z.string(),
      paidCents: cents,
    }),
  ),
})
export type InsuranceCheck = z.infer<typeof InsuranceCheck>

export const CheckClaimChoice = z.object({
  claimId: z.number().int(),
  patientControlNumber: z.string(),
  patientName: z.string(),
  accountNo: z.string(),
  dateOfService: z.string(),
  status: z.string(),
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      code: z.string(),
      modifiers: z.array(z.string()),
      chargeCents: cents,
      balanceCents: cents,
    }),
  ),
})
export type CheckClaimChoice = z.infer<typeof CheckClaimChoice>

export const insuranceCheckOps = {
  'checks.post': op({
    summary:
      'Post an insurance check or paper EOB per claim line with the 835 rules; a new check, or more of an open one (the rest stays unapplied)',
    input: z
      .object({
        paymentId: recordId('check').optional(),
        check: CheckHeaderInput.optional(),
        claims: z.array(CheckClaimInput).max(200).default([]),
      })
      .refine((v) => (v.paymentId === undefined) !== (v.check === undefined), {
        error: 'Enter a new check, or open one already entered — not both',
      }),
    output: z.object({ check: InsuranceCheck, claims: z.array(PostedClaim) }),
    access: 'payments.post',
    audit: 'patient-write',
  }),
  'checks.void': op({
    summary:
      'Void an insurance check entered by hand: everything it posted is reversed, its claims are owed by the payer again, and later claims given its payment wait again',
    input: z.object({
      paymentId: recordId('check'),
      reason: z.string().trim().min(3, 'Say why, in a few words: the ledger keeps it').max(200),
    }),
    output: z.object({
      paymentId: z.number().int(),
      reversedLines: z.number().int(),
      claims: z.number().int(),
    }),
    access: 'payments.adjust',
    audit: 'patient-write',
  }),
  'checks.get': op({
    summary: 'One insurance check: amount, applied, unapplied, the claims it paid',
    input: z.object({ paymentId: recordId('check') }),
    output: InsuranceCheck,
    access: 'payments.read',
  }),
  'checks.list': op({
    summary: 'Insurance checks entered by hand, newest first; only those with money unapplied',
    input: z.object({ open: z.boolean().default(false) }),
    output: z.object({ rows: z.array(InsuranceCheck) }),
    access: 'payments.read',
  }),
  'checks.claims': op({
    summary: "The payer's open claims an EOB may pay, by claim number, patient name or account",
    input: z.object({ payerId: recordId('payer'), text: z.string().trim().max(60).default('') }),
    output: z.object({ rows: z.array(CheckClaimChoice) }),
    access: 'payments.post',
    audit: 'list-read',
  }),
}
