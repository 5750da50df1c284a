import type Database from 'better-sqlite3-multiple-ciphers'
import { localIsoDate } from '../../../shared/validators/isoDate'
import {
  billableChildren,
  codeOnDate,
  codeProblem,
  hasEveryList,
  importCodeFile,
  listVersions,
  loadStarterCodes,
  resourcesDir,
  searchCodes,
} from '../../codes'
import { progressListener } from '../../codes/progress'
import type { Office } from '../../office'
import { defineHandlers } from '../router'

/** Stores already checked for starter lists: the check costs queries, so each store is checked once. */
const stocked = new WeakSet<Database.Database>()

/**
 * The store's code lists, with any starter list whose set has nothing loaded added first (a store
 * made before setup loaded them, or one whose setup did not), so a new practice can code visits
 * at once.
 */
function codesDb(office: Office): Database.Database {
  const { db } = office.store
  if (stocked.has(db)) return db
  if (!hasEveryList(db)) loadStarterCodes(db, resourcesDir(), office.clock().toISOString())
  stocked.add(db)
  return db
}

export const codeHandlers = defineHandlers({
  'codes.search': (search, { office }) => searchCodes(codesDb(office), search),
  'codes.lookup': ({ set, code, date }, { office }) => {
    const db = codesDb(office)
    const entry = codeOnDate(db, set, code, date)
    return { entry, problem: codeProblem(db, set, code, date) }
  },
  'codes.children': ({ code, date }, { office }) => billableChildren(codesDb(office), code, date),
  'codes.import': (input, { office, session }) =>
    importCodeFile(office.store.db, {
      kind: input.kind,
      bytes: Buffer.from(input.content.base64, 'base64'),
      fileName: input.fileName,
      effective: input.effective,
      allowShrink: input.allowShrink ?? false,
      importedBy: session.user?.username ?? null,
      now: office.clock().toISOString(),
      onProgress: progressListener(session.id),
    }),
  'codes.versions': (_input, { office }) =>
    listVersions(codesDb(office), localIsoDate(office.clock())),
})
