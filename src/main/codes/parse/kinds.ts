import type { CodeFileKind } from './types'

/** What each kind of file is, in the words a biller would use to find it on the CMS site. */
export const CODE_FILE_LABELS: Record<CodeFileKind, string> = {
  'icd10cm-order': 'ICD-10-CM order file (icd10cm-order-YYYY.txt, CMS fixed width)',
  'icd10cm-codes': 'ICD-10-CM codes file (icd10cm-codes-YYYY.txt: code, spaces, description)',
  'icd10cm-tsv': 'ICD-10-CM tab-separated list (header code, long_description)',
  'hcpcs-fixed':
    'HCPCS Level II alpha-numeric file (HCPCYYYY_..._ANWEB.txt, 320-character records)',
  'hcpcs-csv': 'HCPCS Level II CSV (header Code,Description)',
  'cpt-csv': 'CPT list CSV (header code,description[,effective,end])',
  'modifier-csv': 'CPT modifier CSV (header code,description; 2-character codes)',
  'pos-csv': 'place-of-service CSV (header code,description; 2-digit codes)',
  'carc-csv': 'claim adjustment reason code (CARC) CSV (header code,description)',
  'rarc-csv': 'remittance advice remark code (RARC) CSV (header code,description)',
}

/** "an ICD-10-CM order file", "a CPT list CSV": labels read naturally inside messages. */
export function aOrAn(label: string): string {
  return /^([AEIOU]|HCPCS)/i.test(label) ? `an ${label}` : `a ${label}`
}
