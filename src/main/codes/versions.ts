import type Database from 'better-sqlite3-multiple-ciphers'
import {
  CODE_SET_LABELS,
  CODE_SETS,
  type CodeSetName,
  type CodeSetStatus,
} from '../../shared/ops/codes'
import { allRows, storeQuery } from '../store/sync-query'
import { validOn } from './filters'

/** Where each full list comes from, for the settings screen beside what is loaded. */
const HOW_TO_GET: Record<CodeSetName, string> = {
  icd10cm:
    'CMS publishes ICD-10-CM for each fiscal year starting October 1 (with an April update) at www.cms.gov/medicare/coding-billing/icd-10-codes: download "Code Descriptions in Tabular Order", unzip it, and import icd10cm_order_YYYY.txt (it includes the category headers).',
  hcpcs:
    'CMS publishes HCPCS Level II each quarter (January, April, July, October) at www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system/quarterly-update: download the Alpha-Numeric HCPCS file, unzip it, and import HCPCYYYY_MMM_ANWEB.txt (it carries the HCPCS modifiers too).',
  cpt: 'CPT codes and descriptions belong to the American Medical Association and do not ship with ClaimDesk. Import the CPT list that comes with the practice’s CPT licence, saved as a CSV with code and description columns.',
  modifier:
    'HCPCS modifiers arrive with the HCPCS file. CPT modifiers (25, 59, …) come with the practice’s CPT licence: import them as a CSV with code and description columns.',
  pos: 'CMS lists the place-of-service codes at www.cms.gov/medicare/coding-billing/place-of-service-codes/code-sets: save the table as a CSV with code and description columns.',
  carc: 'X12 publishes the claim adjustment reason codes at x12.org/codes/claim-adjustment-reason-codes: save them as a CSV with code and description columns.',
  rarc: 'The remittance advice remark codes (maintained by CMS) are at x12.org/codes/remittance-advice-remark-codes: save them as a CSV with code and description columns.',
}

/** What is loaded, per set, newest version first, with how many codes are valid today. */
export function listVersions(db: Database.Database, today: string): CodeSetStatus[] {
  const versions = allRows(
    db,
    storeQuery
      .selectFrom('code_versions')
      .selectAll()
      .orderBy('effective_date', 'desc')
      .orderBy('id', 'desc'),
  )
  const current = allRows(
    db,
    storeQuery
      .selectFrom('codes')
      .select(['code_set', (eb) => eb.fn.countAll<number>().as('n')])
      .where(validOn(today))
      .groupBy('code_set'),
  )
  return CODE_SETS.map((set) => {
    const mine = versions.filter((v) => v.code_set === set)
    // Newest first: the list in force today is the newest one already in effect.
    const inForce = mine.find((v) => v.effective_date <= today)
    return {
      set,
      label: CODE_SET_LABELS[set],
      current: current.find((row) => row.code_set === set)?.n ?? 0,
      inForce: inForce ? `${inForce.source_file} (from ${usDate(inForce.effective_date)})` : null,
      versions: mine.map((v) => ({
        standing: standing(v, inForce),
        versionId: v.id,
        effective: v.effective_date,
        sourceFile: v.source_file,
        kind: v.file_kind,
        sha256: v.sha256,
        rows: v.row_count,
        added: v.added,
        closed: v.closed,
        revised: v.revised,
        unchanged: v.unchanged,
        importedAt: v.imported_at,
        importedBy: v.imported_by,
      })),
      howToGet: HOW_TO_GET[set],
    }
  })
}

const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`

/**
 * Why a loaded list is or is not the one visits are checked against today: a list counts from
 * its effective date until a newer list takes effect, whatever order they were imported in.
 */
function standing(
  v: { id: number; effective_date: string; source_file: string },
  inForce: { id: number; effective_date: string; source_file: string } | undefined,
): string {
  if (inForce && v.id === inForce.id) return 'Valid today'
  if (!inForce || v.effective_date > inForce.effective_date) {
    return `Not valid yet: takes effect ${usDate(v.effective_date)}`
  }
  return `Not valid today: older than ${inForce.source_file}, in effect since ${usDate(inForce.effective_date)}. It still checks visits dated before then.`
}
