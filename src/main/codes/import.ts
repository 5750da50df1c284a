import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3-multiple-ciphers'
import type { CodeImportOutcome, CodeSetName, ImportedSet } from '../../shared/ops/codes'
import { storeQuery, firstRow } from '../store/sync-query'
import type { CodeList } from '../store/schema-codes'
import { dayBefore } from './days'
import { effectiveFromFileName } from './effective'
import { listOf, setOfList } from './lists'
import { covers } from './periods'
import {
  CODE_FILE_LABELS,
  detectCodeFile,
  formatLineError,
  MAX_ERRORS,
  parseCodeFile,
  type CodeFileKind,
  type CodeRow,
} from './parse'
import { readList, writeList, type ListState, type VersionSource } from './write'

export interface ImportProgress {
  /** Codes handled so far, of `total` (those the file lists and those already loaded). */
  done: number
  total: number
}

export interface CodeFileImport {
  /** Detected from the file's first lines when not given. */
  kind?: CodeFileKind | undefined
  bytes: Uint8Array
  fileName: string
  /** YYYY-MM-DD; read from the file name (FY2026 → 2025-10-01) when not given. */
  effective?: string | undefined
  importedBy?: string | null
  /** When, as an ISO timestamp (the office clock). */
  now?: string
  onProgress?: (progress: ImportProgress) => void
  /** Load it even when it would end more than SHRINK_SHARE of a current list. */
  allowShrink?: boolean
}

const PROGRESS_EVERY = 5_000
/**
 * A new version may end at most this share of the codes valid before it without the user
 * confirming: real yearly updates end well under 2%, a truncated download ends most of them.
 */
export const SHRINK_SHARE = 0.05
/** Below this many ended codes no confirmation is asked, whatever the share (tiny lists). */
export const SHRINK_FLOOR = 10

interface Shrink {
  set: CodeSetName
  current: number
  wouldEnd: number
}

/** Thrown inside the import transaction to leave nothing behind when the user must confirm. */
class ShrinkRefused extends Error {
  constructor(readonly shrinks: Shrink[]) {
    super('shrink')
  }
}

/**
 * Loads a downloaded code file as a new version of its lists, all of it or none of it. Codes
 * valid before its effective date and absent from it end the day before; codes new in it start
 * that day. The same file with the same effective date is never loaded twice.
 */
export function importCodeFile(db: Database.Database, request: CodeFileImport): CodeImportOutcome {
  const { bytes, fileName } = request
  const kind = request.kind ?? detectCodeFile(bytes)
  if (!kind) return refusedUnknownKind(fileName)
  const effective = request.effective ?? effectiveFromFileName(fileName, kind)
  if (!effective) return refusedNoDate(fileName, kind)
  const sha256 = createHash('sha256').update(bytes).digest('hex')

  const earlier = alreadyImported(db, sha256, effective)
  if (earlier) return earlier

  const parsed = parseCodeFile(kind, bytes)
  if (!parsed.ok) {
    const first = parsed.errors[0]
    const count = parsed.errors.length
    // Past MAX_ERRORS the parser stops listing and its last entry says how many more there are.
    const problems =
      count === 1
        ? 'a problem'
        : count > MAX_ERRORS
          ? `over ${MAX_ERRORS} problems`
          : `${count} problems`
    return {
      outcome: 'refused',
      problems: parsed.errors,
      message: `Nothing was imported: ${fileName} has ${problems}${first ? ` — ${formatLineError(first)}` : ''}.`,
    }
  }

  const source: VersionSource = {
    fileKind: kind,
    sourceFile: fileName,
    sha256,
    effective,
    importedAt: request.now ?? new Date().toISOString(),
    importedBy: request.importedBy ?? null,
  }
  let sets: ImportedSet[]
  try {
    sets = writeLists(db, parsed.rows, source, request.onProgress, !request.allowShrink)
  } catch (err) {
    if (err instanceof ShrinkRefused) return refusedShrink(fileName, effective, err.shrinks)
    throw err
  }
  return {
    outcome: 'imported',
    kind,
    effective,
    sets,
    message: summary(fileName, effective, sets),
  }
}

/** Writes every list of the file in one transaction: a failure half-way leaves nothing behind. */
export function writeLists(
  db: Database.Database,
  rows: readonly CodeRow[],
  source: VersionSource,
  onProgress?: (progress: ImportProgress) => void,
  refuseShrink = false,
): ImportedSet[] {
  const byList = new Map<CodeList, CodeRow[]>()
  for (const row of rows) {
    const list = listOf(row)
    const listed = byList.get(list)
    if (listed) listed.push(row)
    else byList.set(list, [row])
  }
  return db
    .transaction(() => {
      const lists = [...byList].map(([list, listed]) =>
        readList(db, list, listed, source.effective),
      )
      if (refuseShrink) {
        const shrinks = lists.map(shrinkOf).filter(isShrink)
        if (shrinks.length > 0) throw new ShrinkRefused(shrinks)
      }
      const total = lists.reduce((sum, state) => sum + state.codes.size, 0)
      let done = 0
      const tick = () => {
        done++
        if (done % PROGRESS_EVERY === 0) onProgress?.({ done, total })
      }
      const sets = lists.map((state) => writeList(db, state, source, tick))
      onProgress?.({ done: total, total })
      return sets
    })
    .immediate()
}

function isShrink(s: Shrink): boolean {
  return s.wouldEnd >= SHRINK_FLOOR && s.wouldEnd > s.current * SHRINK_SHARE
}

/** How many codes valid the day before the file takes effect it would end. */
function shrinkOf(state: ListState): Shrink {
  let current = 0
  let wouldEnd = 0
  for (const [code, periods] of state.existing) {
    if (!periods.some((period) => covers(period, state.window.from))) continue
    current++
    if (!state.listings.has(code)) wouldEnd++
  }
  return { set: setOfList(state.list), current, wouldEnd }
}

function refusedShrink(fileName: string, effective: string, shrinks: Shrink[]): CodeImportOutcome {
  const parts = shrinks.map(
    (s) =>
      `${count(s.wouldEnd)} of the ${count(s.current)} current ${s.set} codes (${percent(s.wouldEnd, s.current)})`,
  )
  return {
    outcome: 'confirm-shrink',
    shrinks,
    message:
      `Nothing was imported yet: ${fileName} would end ${parts.join(' and ')} on ${dayBefore(effective)}. ` +
      'A truncated or wrong download looks like this. Check the file; import it anyway only if ' +
      'those codes really end (CLI: --allow-shrink).',
  }
}

const percent = (part: number, whole: number): string =>
  `${whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10}%`

function alreadyImported(
  db: Database.Database,
  sha256: string,
  effective: string,
): CodeImportOutcome | null {
  const row = firstRow(
    db,
    storeQuery
      .selectFrom('code_versions')
      .select(['imported_at', 'source_file'])
      .where('sha256', '=', sha256)
      .where('effective_date', '=', effective)
      .orderBy('id')
      .limit(1),
  )
  if (!row) return null
  const on = row.imported_at.slice(0, 10)
  return {
    outcome: 'already-imported',
    importedAt: row.imported_at,
    message: `This file was already imported on ${on} (as ${row.source_file}, effective ${effective}); nothing changed.`,
  }
}

function refusedUnknownKind(fileName: string): CodeImportOutcome {
  const kinds = Object.values(CODE_FILE_LABELS).join('; ')
  return {
    outcome: 'refused',
    problems: [
      {
        line: 1,
        message: `ClaimDesk cannot tell which code list this is. Choose its kind: ${kinds}.`,
      },
    ],
    message: `Nothing was imported: ClaimDesk cannot tell which code list ${fileName} is; choose its kind.`,
  }
}

function refusedNoDate(fileName: string, kind: CodeFileKind): CodeImportOutcome {
  const hint = kind.startsWith('icd10cm')
    ? ' (ICD-10-CM fiscal year 2026 starts 2025-10-01)'
    : kind.startsWith('hcpcs')
      ? ' (the HCPCS quarterly file for October 2025 starts 2025-10-01)'
      : ''
  return {
    outcome: 'refused',
    problems: [],
    message: `Nothing was imported: say from which date ${fileName} takes effect${hint}.`,
  }
}

function summary(fileName: string, effective: string, sets: ImportedSet[]): string {
  const parts = sets.map(
    (s) =>
      `${s.set}: ${count(s.rows)} codes — ${count(s.added)} added, ${count(s.closed)} ended ${dayBefore(effective)}, ${count(s.revised)} revised, ${count(s.unchanged)} unchanged`,
  )
  return `Imported ${fileName}, effective ${effective}. ${parts.join('; ')}.`
}

const count = (n: number): string => n.toLocaleString('en-US')
