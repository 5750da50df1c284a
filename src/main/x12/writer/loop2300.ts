import {
  CLAIM_DATE_QUALIFIERS,
  type ClaimDateKind,
  type ClaimInformation,
  type ServiceLine837,
} from '../claim837'
import { writeAddress } from './address'
import { formatCents, type WriteContext } from './elements'
import { npi, personName, taxonomy } from './identifiers'
import { date8 } from './loop2000b'
import { composite, type SegmentList } from './segments'

const POS = /^\d{2}$/
/** ICD-10-CM without the dot: a letter, a digit, then 1–5 letters or digits. */
const ICD10 = /^[A-Z]\d[0-9A-Z]{1,5}$/
const DATE_KINDS = Object.keys(CLAIM_DATE_QUALIFIERS) as ClaimDateKind[]

export function placeOfService(
  ctx: WriteContext,
  value: string,
  loop: string,
  element: string,
): string {
  if (!POS.test(value) || value === '00') ctx.fail(loop, element, 'must be a 2-digit CMS code')
  return value
}

/** 2300 CLM through HI, then 2310A referring, 2310B rendering and 2310C service facility. */
export function writeClaimInformation(
  out: SegmentList,
  ctx: WriteContext,
  claim: ClaimInformation,
  lines: readonly ServiceLine837[],
): void {
  // 1.4.4 balancing: CLM02 is the sum of the lines' SV102.
  let sum = 0
  for (const line of lines) sum += line.chargeCents
  if (sum !== claim.totalChargeCents) {
    ctx.fail('2300', 'CLM02', "does not equal the sum of the lines' charges (SV102)")
  }
  const frequency = claim.frequency
  if (frequency !== '1' && frequency !== '7' && frequency !== '8') {
    ctx.fail('2300', 'CLM05-3', 'must be 1 (original), 7 (replacement) or 8 (void)')
  }
  out.add(
    'CLM',
    ctx.id(claim.patientControlNumber, '2300', 'CLM01', 1, 17),
    formatCents(claim.totalChargeCents),
    '',
    '',
    composite(placeOfService(ctx, claim.placeOfService, '2300', 'CLM05-1'), 'B', frequency),
    claim.providerSignatureOnFile ? 'Y' : 'N',
    oneOf(ctx, claim.assignment, ['A', 'B', 'C'], 'CLM07'),
    claim.benefitsAssigned ? 'Y' : 'N',
    oneOf(ctx, claim.releaseOfInformation, ['Y', 'I'], 'CLM09'),
  )

  if (claim.dates) {
    for (const kind of DATE_KINDS) {
      const value = claim.dates[kind]
      if (value === undefined) continue
      const qualifier = CLAIM_DATE_QUALIFIERS[kind]
      out.add('DTP', qualifier, 'D8', date8(ctx, value, '2300', `DTP03 (${qualifier})`))
    }
  }

  writeReferences(out, ctx, claim)
  writeDiagnoses(out, ctx, claim.diagnoses)

  if (claim.referringProvider) {
    const p = claim.referringProvider
    out.add('NM1', 'DN', '1', ...personName(ctx, p.name, '2310A'), 'XX', npi(ctx, p.npi, '2310A'))
  }
  if (claim.renderingProvider) {
    const p = claim.renderingProvider
    out.add('NM1', '82', '1', ...personName(ctx, p.name, '2310B'), 'XX', npi(ctx, p.npi, '2310B'))
    out.add('PRV', 'PE', 'PXC', taxonomy(ctx, p.taxonomy, '2310B'))
  }
  if (claim.serviceFacility) {
    const f = claim.serviceFacility
    const id = f.npi ? npi(ctx, f.npi, '2310C') : ''
    out.add(
      'NM1',
      '77',
      '2',
      ctx.requiredName(f.name, '2310C', 'NM103', 1, 60),
      '',
      '',
      '',
      '',
      id === '' ? '' : 'XX',
      id,
    )
    // 2310C N3/N4: where the patient was seen, a street address with ZIP+4.
    writeAddress(out, ctx, '2310C', f.address, { zip9: true, physical: true })
  }
}

function oneOf(ctx: WriteContext, value: string, codes: string[], element: string): string {
  if (!codes.includes(value)) ctx.fail('2300', element, `must be one of ${codes.join(', ')}`)
  return value
}

/** 2300 REF segments, in the guide's order (9F, G1, F8, D9, EA). */
function writeReferences(out: SegmentList, ctx: WriteContext, claim: ClaimInformation): void {
  const referral = ctx.optionalId(claim.referralNumber, '2300', 'REF02 (9F)', 1, 50)
  if (referral) out.add('REF', '9F', referral)
  const auth = ctx.optionalId(claim.priorAuthorization, '2300', 'REF02 (G1)', 1, 50)
  if (auth) out.add('REF', 'G1', auth)

  // REF*F8 is required for a replacement or void, and not sent otherwise.
  const original = ctx.optionalId(claim.payerClaimControlNumber, '2300', 'REF02 (F8)', 1, 50)
  if (claim.frequency === '1' && original) {
    ctx.fail('2300', 'REF02 (F8)', 'is sent only with frequency 7 (replacement) or 8 (void)')
  }
  if (claim.frequency !== '1' && !original) {
    ctx.fail(
      '2300',
      'REF02 (F8)',
      "is required for a replacement or void: the payer's claim number",
    )
  }
  if (original) out.add('REF', 'F8', original)

  const trace = ctx.optionalId(claim.clearinghouseTraceNumber, '2300', 'REF02 (D9)', 1, 50)
  if (trace) out.add('REF', 'D9', trace)
  const record = ctx.optionalId(claim.medicalRecordNumber, '2300', 'REF02 (EA)', 1, 50)
  if (record) out.add('REF', 'EA', record)
}

/** HI: ABK principal, then up to 11 ABF, each code without its dot. */
function writeDiagnoses(out: SegmentList, ctx: WriteContext, diagnoses: readonly string[]): void {
  if (diagnoses.length === 0) ctx.fail('2300', 'HI01-2', 'needs at least one diagnosis')
  if (diagnoses.length > 12) ctx.fail('2300', 'HI13', 'allows at most 12 diagnoses')
  const elements: string[] = ['HI']
  for (let i = 0; i < diagnoses.length; i++) {
    const element = `HI${String(i + 1).padStart(2, '0')}-2`
    const code = ctx.id(diagnoses[i]!.replace('.', ''), '2300', element, 3, 7)
    if (!ICD10.test(code)) ctx.fail('2300', element, 'is not an ICD-10-CM code')
    elements.push(composite(i === 0 ? 'ABK' : 'ABF', code))
  }
  out.add(...elements)
}
