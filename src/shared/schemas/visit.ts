import { z } from 'zod'
import { centsAmount } from '../validators/cents'
import { Icd10cmCode } from '../validators/icd10cm'
import { isoDate } from '../validators/isoDate'
import { PlaceOfService } from '../validators/placeOfService'
import { ProcedureCode } from '../validators/procedureCode'
import { recordId } from '../validators/recordId'
import { optionalX12Text } from '../validators/x12Text'

export const MAX_DIAGNOSES = 12
export const MAX_POINTERS = 4
export const MAX_MODIFIERS = 4
/** The letters of CMS-1500 box 21; the 837P sends their positions 1–12 in SV107. */
export const POINTER_LETTERS = 'ABCDEFGHIJKL'

export const NDC_UNITS = ['UN', 'ML', 'GR', 'F2', 'ME'] as const
export const NDC_UNIT_LABELS: Record<(typeof NDC_UNITS)[number], string> = {
  UN: 'Units',
  ML: 'Milliliters',
  GR: 'Grams',
  F2: 'International units',
  ME: 'Milligrams',
}

const Modifier = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{2}$/, { error: 'A modifier is 2 letters or digits, like 25 or RT' })

/** Drugs billed with a HCPCS J-code carry the NDC from the package (837P 2410 LIN/CTP). */
export const Ndc = z.object({
  code: z
    .string()
    .trim()
    .transform((v) => v.replace(/-/g, ''))
    .pipe(
      z.string().regex(/^\d{11}$/, { error: 'The NDC is 11 digits (5-4-2), like 00409-4888-02' }),
    ),
  quantity: z
    .number({ error: 'Enter the NDC quantity, like 1 or 2.5' })
    .positive({ error: 'The NDC quantity must be more than zero' })
    .max(99999, { error: 'The NDC quantity is too large' })
    .refine((q) => Math.round(q * 1000) === q * 1000, {
      error: 'Use at most 3 decimals in the NDC quantity',
    }),
  unit: z.enum(NDC_UNITS, { error: () => 'Pick the NDC unit (UN, ML, GR, F2 or ME)' }),
})
export type Ndc = z.infer<typeof Ndc>

export const ServiceLine = z.object({
  code: ProcedureCode,
  modifiers: z
    .array(Modifier)
    .max(MAX_MODIFIERS, { error: `At most ${MAX_MODIFIERS} modifiers on a line` })
    .default([]),
  units: z
    .number({ error: 'Enter the units' })
    .int({ error: 'Units are whole numbers' })
    .min(1, { error: 'Units must be at least 1' })
    .max(9999, { error: 'Units must be at most 9999' }),
  chargeCents: centsAmount('Charge', 1),
  pointers: z
    .array(z.number().int().min(1).max(MAX_DIAGNOSES))
    .min(1, { error: 'Point the line at a diagnosis (A–L)' })
    .max(MAX_POINTERS, { error: `At most ${MAX_POINTERS} diagnosis pointers on a line` }),
  ndc: Ndc.optional(),
})
export type ServiceLine = z.infer<typeof ServiceLine>
export type ServiceLineInput = z.input<typeof ServiceLine>

/** A coded visit (encounter): who was seen, where, by whom, for what, and what was done. */
export const Visit = z
  .object({
    patientId: recordId('patient'),
    dateOfService: isoDate('Date of service'),
    renderingProviderId: recordId('rendering provider'),
    locationId: recordId('service location'),
    placeOfService: PlaceOfService,
    referringProviderId: recordId('referring provider').optional(),
    priorAuthorization: optionalX12Text({
      label: 'Prior authorization',
      element: 'REF02',
      min: 1,
      max: 50,
    }),
    diagnoses: z
      .array(Icd10cmCode)
      .max(MAX_DIAGNOSES, { error: `At most ${MAX_DIAGNOSES} diagnoses on a claim` })
      .default([]),
    lines: z
      .array(ServiceLine)
      .max(99, { error: 'At most 99 service lines on a visit' })
      .default([]),
  })
  .superRefine((visit, ctx) => {
    const seen = new Map<string, number>()
    visit.diagnoses.forEach((code, i) => {
      const first = seen.get(code)
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `Diagnosis ${POINTER_LETTERS[i]} repeats ${POINTER_LETTERS[first]} — list each code once`,
          path: ['diagnoses', i],
        })
      } else seen.set(code, i)
    })
    visit.lines.forEach((line, i) => {
      const pointed = new Set<number>()
      line.pointers.forEach((p, j) => {
        if (p > visit.diagnoses.length) {
          ctx.addIssue({
            code: 'custom',
            message: `Line ${i + 1} points at diagnosis ${POINTER_LETTERS[p - 1]}, which is not on the visit`,
            path: ['lines', i, 'pointers', j],
          })
        }
        if (pointed.has(p)) {
          ctx.addIssue({
            code: 'custom',
            message: `Line ${i + 1} points at diagnosis ${POINTER_LETTERS[p - 1]} twice`,
            path: ['lines', i, 'pointers', j],
          })
        }
        pointed.add(p)
      })
    })
  })
export type Visit = z.infer<typeof Visit>
export type VisitInput = z.input<typeof Visit>
