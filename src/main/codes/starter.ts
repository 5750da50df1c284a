import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { ImportedSet } from '../../shared/ops/codes'
import { storeQuery, firstRow } from '../store/sync-query'
import { ICD10CM_CODE } from './parse/icd10cmCode'
import type { CodeRow } from './parse'
import { writeLists } from './import'
import { listOf } from './lists'
import type { CodeList } from '../store/schema-codes'

/** The starter lists carry FY2026 ICD-10-CM text, so they speak from that fiscal year's start. */
export const STARTER_EFFECTIVE = '2025-10-01'
export const STARTER_KIND = 'starter'

/*
 * resources/codes/*.tsv: a few hundred common primary-care codes from the public-domain CMS sets,
 * so a new practice codes visits before importing the full lists. No CPT: its text is the AMA's.
 */
const STARTER_FILES: readonly {
  file: string
  template: Omit<CodeRow, 'code' | 'longDescription'>
  shape: RegExp
}[] = [
  {
    file: 'icd10cm.tsv',
    template: { set: 'icd10cm', billable: true, shortDescription: null },
    shape: ICD10CM_CODE,
  },
  {
    file: 'hcpcs.tsv',
    template: { set: 'hcpcs', billable: true, shortDescription: null },
    shape: /^[A-Z]\d{4}$/,
  },
  {
    file: 'hcpcs-modifiers.tsv',
    template: { set: 'modifier', modifierSet: 'hcpcs', billable: true, shortDescription: null },
    shape: /^[A-Z0-9]{2}$/,
  },
  {
    file: 'pos.tsv',
    template: { set: 'pos', billable: true, shortDescription: null },
    shape: /^\d{2}$/,
  },
]

export interface StarterResult {
  /** The lists loaded now; empty when every starter list's set already had a version. */
  sets: ImportedSet[]
}

/**
 * Loads each starter list whose list has nothing loaded yet (starter or imported), in one
 * transaction: a new store gets them all, a store that imported full ICD-10-CM still gets the
 * place-of-service list. Calling it again changes nothing.
 */
export function loadStarterCodes(
  db: Database.Database,
  resourcesDir: string,
  now: string = new Date().toISOString(),
): StarterResult {
  const missing = STARTER_FILES.filter(
    (spec) => !hasList(db, listOf({ ...spec.template, code: '', longDescription: '' })),
  )
  const files = missing.map((spec) => {
    const path = join(resourcesDir, 'codes', spec.file)
    const bytes = readFileSync(path)
    return { spec, bytes, rows: readStarterFile(bytes.toString('utf8'), spec, path) }
  })
  const sets = db.transaction(() =>
    files.flatMap(({ spec, bytes, rows }) =>
      writeLists(db, rows, {
        fileKind: STARTER_KIND,
        sourceFile: `starter list (${spec.file})`,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        effective: STARTER_EFFECTIVE,
        importedAt: now,
        importedBy: null,
      }),
    ),
  )()
  return { sets }
}

/** Whether every starter list has something loaded, so there is nothing for the starter to add. */
export function hasEveryList(db: Database.Database): boolean {
  return STARTER_FILES.every((spec) =>
    hasList(db, listOf({ ...spec.template, code: '', longDescription: '' })),
  )
}

function hasList(db: Database.Database, list: CodeList): boolean {
  const found = firstRow(
    db,
    storeQuery.selectFrom('code_versions').select('id').where('list', '=', list).limit(1),
  )
  return found !== undefined
}

/** `code<TAB>description` under a header line; a broken shipped file is a bug, said loudly. */
function readStarterFile(
  text: string,
  spec: (typeof STARTER_FILES)[number],
  path: string,
): CodeRow[] {
  const lines = text.split(/\r?\n/)
  if (lines[0] !== 'code\tdescription')
    throw new Error(`${path}: line 1 should be "code<TAB>description"`)
  const rows: CodeRow[] = []
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return
    const [code = '', description = '', ...extra] = line.split('\t')
    if (!spec.shape.test(code) || description.trim() === '' || extra.length > 0) {
      throw new Error(`${path}: line ${index + 2} should be a code, a tab and its description`)
    }
    rows.push({ ...spec.template, code, longDescription: description.trim() })
  })
  return rows
}
