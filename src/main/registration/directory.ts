import type Database from 'better-sqlite3-multiple-ciphers'
import type { z } from 'zod'
import { Location } from '../../shared/schemas/location'
import { Payer } from '../../shared/schemas/payer'
import { Provider } from '../../shared/schemas/provider'
import { ReferringProvider } from '../../shared/schemas/referringProvider'
import { DomainError } from '../errors'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'

export type DirectoryKind = 'providers' | 'locations' | 'referrers' | 'payers'

interface KindSpec<S extends z.ZodType> {
  schema: S
  noun: string
  label(record: z.output<S>): string
  /** The identifier that must not repeat within the kind (an NPI), if any. */
  uniqueKey(record: z.output<S>): string | null
  keyName: string
}

const personLabel = (r: { lastName: string; firstName: string; middleName?: string | undefined }) =>
  `${r.lastName}, ${r.firstName}${r.middleName ? ` ${r.middleName}` : ''}`

export const KINDS = {
  providers: {
    schema: Provider,
    noun: 'provider',
    label: (r) => `${personLabel(r)} ${r.credentials}`.trim(),
    uniqueKey: (r) => r.npi,
    keyName: 'NPI',
  } satisfies KindSpec<typeof Provider>,
  locations: {
    schema: Location,
    noun: 'service location',
    label: (r) => r.name,
    uniqueKey: () => null,
    keyName: 'NPI',
  } satisfies KindSpec<typeof Location>,
  referrers: {
    schema: ReferringProvider,
    noun: 'referring provider',
    label: personLabel,
    uniqueKey: (r) => r.npi,
    keyName: 'NPI',
  } satisfies KindSpec<typeof ReferringProvider>,
  payers: {
    schema: Payer,
    noun: 'payer',
    label: (r) => r.name,
    uniqueKey: () => null,
    keyName: 'payer ID',
  } satisfies KindSpec<typeof Payer>,
}

/** "Jane Sample, MD" from a person's record; an organization by its name. */
function spokenName(r: Record<string, unknown>): string {
  const text = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : '')
  if (text('lastName')) {
    const name = [text('firstName'), text('middleName'), text('lastName')].filter(Boolean).join(' ')
    return text('credentials') ? `${name}, ${text('credentials')}` : name
  }
  return text('name') || 'another record'
}

export type RecordOf<K extends DirectoryKind> = z.output<(typeof KINDS)[K]['schema']>

export interface DirectoryRow<K extends DirectoryKind> {
  id: number
  active: boolean
  record: RecordOf<K>
}

interface StoredRow {
  id: number
  active: 0 | 1
  data: string
}

function toRow<K extends DirectoryKind>(row: StoredRow): DirectoryRow<K> {
  return { id: row.id, active: row.active === 1, record: JSON.parse(row.data) as RecordOf<K> }
}

// The four tables share one shape (migration 002), so one set of queries serves them all.
const table = (kind: DirectoryKind) => kind as 'providers'

export function listDirectory<K extends DirectoryKind>(
  db: Database.Database,
  kind: K,
  includeInactive = false,
): DirectoryRow<K>[] {
  let q = storeQuery.selectFrom(table(kind)).select(['id', 'active', 'data']).orderBy('label')
  if (!includeInactive) q = q.where('active', '=', 1)
  return allRows(db, q).map((r) => toRow<K>(r))
}

export function getDirectoryRow<K extends DirectoryKind>(
  db: Database.Database,
  kind: K,
  id: number,
): DirectoryRow<K> {
  const row = firstRow(
    db,
    storeQuery.selectFrom(table(kind)).select(['id', 'active', 'data']).where('id', '=', id),
  )
  if (!row) throw new DomainError('not_found', `There is no ${KINDS[kind].noun} #${id}.`, 'id')
  return toRow<K>(row)
}

export function saveDirectoryRow<K extends DirectoryKind>(
  db: Database.Database,
  kind: K,
  id: number | undefined,
  record: RecordOf<K>,
  now: string,
): DirectoryRow<K> {
  const spec = KINDS[kind] as unknown as KindSpec<z.ZodType<RecordOf<K>>>
  const key = spec.uniqueKey(record)
  if (key) {
    let clash = storeQuery
      .selectFrom(table(kind))
      .select(['id', 'active', 'data'])
      .where('key_id', '=', key)
    if (id !== undefined) clash = clash.where('id', '<>', id)
    const other = firstRow(db, clash)
    if (other) {
      // Named as the person knows them, not by a row number they never see.
      const who = spokenName(JSON.parse(other.data) as Record<string, unknown>)
      const inactive = other.active === 1 ? '' : ' (inactive)'
      throw new DomainError(
        'conflict',
        `${spec.keyName} ${key} is already used by ${who}${inactive}, another ${spec.noun}.`,
        'record.npi',
      )
    }
  }
  const values = {
    label: spec.label(record),
    key_id: key,
    data: JSON.stringify(record),
    updated_at: now,
  }
  if (id === undefined) {
    const r = runQuery(
      db,
      storeQuery.insertInto(table(kind)).values({ ...values, created_at: now }),
    )
    return getDirectoryRow(db, kind, Number(r.lastInsertRowid))
  }
  getDirectoryRow(db, kind, id)
  runQuery(db, storeQuery.updateTable(table(kind)).set(values).where('id', '=', id))
  return getDirectoryRow(db, kind, id)
}

export function setDirectoryActive<K extends DirectoryKind>(
  db: Database.Database,
  kind: K,
  id: number,
  active: boolean,
  now: string,
): DirectoryRow<K> {
  getDirectoryRow(db, kind, id)
  runQuery(
    db,
    storeQuery
      .updateTable(table(kind))
      .set({ active: active ? 1 : 0, updated_at: now })
      .where('id', '=', id),
  )
  return getDirectoryRow(db, kind, id)
}
