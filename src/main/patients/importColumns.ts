import { IMPORT_FIELDS, type ImportField } from '../../shared/ops/patients'

/**
 * Header names other practice systems use for each field, folded to lower-case letters and
 * digits. Our own field names always match too, so a file exported from ClaimDesk maps itself.
 */
const SYNONYMS: Partial<Record<ImportField, string[]>> = {
  lastName: ['last', 'lname', 'patientlastname', 'surname', 'familyname'],
  firstName: ['first', 'fname', 'patientfirstname', 'givenname'],
  middleName: ['middle', 'mname', 'mi', 'middleinitial'],
  dob: ['dateofbirth', 'birthdate', 'birthday', 'patientdob'],
  sex: ['gender', 'administrativesex', 'patientsex'],
  street1: ['address', 'address1', 'addressline1', 'street', 'streetaddress'],
  street2: ['address2', 'addressline2', 'apt', 'suite', 'unit'],
  state: ['st', 'province'],
  zip: ['zipcode', 'postalcode', 'postcode', 'zip5'],
  phoneHome: ['phone', 'homephone', 'telephone', 'phonenumber'],
  phoneMobile: ['mobile', 'cell', 'cellphone', 'mobilephone'],
  phoneWork: ['workphone', 'businessphone'],
  email: ['emailaddress', 'mail'],
  notes: ['note', 'comments', 'comment'],
  primaryPayer: [
    'payer',
    'insurance',
    'insurancename',
    'primaryinsurance',
    'primaryinsurancename',
    'payername',
  ],
  primaryMemberId: [
    'memberid',
    'subscriberid',
    'policynumber',
    'insuranceid',
    'primarypolicynumber',
    'primarysubscriberid',
  ],
  primaryGroupNumber: ['groupnumber', 'group', 'groupno', 'primarygroup'],
  primaryPlanName: ['planname', 'plan'],
  primaryRelationship: ['relationship', 'relationshiptosubscriber', 'relationshiptoinsured'],
  primaryEffectiveDate: ['effectivedate', 'effective', 'primaryeffective'],
  primaryEndDate: ['enddate', 'termdate', 'terminationdate', 'primaryend'],
  primaryCopay: ['copay', 'copayment'],
  secondaryPayer: ['secondaryinsurance', 'secondaryinsurancename'],
  secondaryMemberId: ['secondarypolicynumber', 'secondarysubscriberid'],
  secondaryGroupNumber: ['secondarygroup'],
  secondaryEffectiveDate: ['secondaryeffective'],
  secondaryEndDate: ['secondaryend'],
}

export function fold(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '')
}

/** Picks a column for each field by header name; a mapping the person chose wins. */
export function mapColumns(
  headers: string[],
  chosen: Partial<Record<ImportField, string>> = {},
): Partial<Record<ImportField, string>> {
  const byFolded = new Map(headers.map((h) => [fold(h), h]))
  const mapping: Partial<Record<ImportField, string>> = {}
  // Columns the person chose are spoken for before any guessing, so a guess for an earlier field
  // cannot take them too (a "Phone" column chosen as mobile must not also become home).
  const taken = new Set(Object.values(chosen).filter((pick) => pick !== ''))
  for (const field of IMPORT_FIELDS) {
    const pick = chosen[field]
    if (pick !== undefined) {
      if (pick !== '') mapping[field] = pick
      continue
    }
    for (const name of [field, ...(SYNONYMS[field] ?? [])]) {
      const header = byFolded.get(fold(name))
      if (header && !taken.has(header)) {
        taken.add(header)
        mapping[field] = header
        break
      }
    }
  }
  return mapping
}
