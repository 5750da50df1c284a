/**
 * A statement run: choose the accounts (cycle by last name, minimum balance, not on hold, not
 * waiting on insurance for everything, not billed too recently), preview them with totals, then
 * print one PDF for the whole run and archive each statement. Statements are written and marked
 * sent in one transaction after every one has printed: a failed run marks nothing sent.
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import { ledgerBook, patientByAccount, type LedgerBook } from '../ledger/patientLedger'
import { letterPdf, pdfBytes } from '../print/pdfDocument'
import { pdfPageRanges } from '../print/pdfPages'
import { allRows, firstRow, runQuery, storeQuery } from '../store/sync-query'
import {
  contentContext,
  daysBetween,
  guarantorAccounts,
  statementContent,
  statementSettings,
  type StatementContent,
} from './content'
import { drawStatement, statementPdf } from './pdf'

export interface RunOptions {
  /** ISO date printed on the statements; today when omitted. */
  statementDate?: string
  minBalanceCents?: number
  /** Last-name range (inclusive, by first letters): A to M. */
  fromName?: string
  toName?: string
  skipBilledWithinDays?: number
  /** Billing cycle day (1–28): only accounts whose cycle falls on this day of the month. */
  cycleDay?: number
}

/**
 * An account's billing cycle day: the day of the month of its oldest visit still owing (by the
 * patient or insurance), days 29–31 falling on the 28th so every account has a cycle every month.
 */
export function cycleDayOf(c: StatementContent): number | null {
  const dates = c.patients.flatMap((p) => p.visits.map((v) => v.dateOfService)).sort()
  return dates[0] ? Math.min(28, Number(dates[0].slice(8, 10))) : null
}

export interface PreviewStatement {
  accountNo: string
  guarantor: string
  patients: number
  amountDueCents: number
  insurancePendingCents: number
}

export interface SkippedAccount {
  accountNo: string
  guarantor: string
  reason: string
}

export interface RunPreview {
  statementDate: string
  statements: PreviewStatement[]
  skipped: SkippedAccount[]
  count: number
  totalDueCents: number
}

interface Selected {
  preview: RunPreview
  contents: StatementContent[]
}

const today = () => new Date().toISOString().slice(0, 10)

function inRange(sortName: string, from?: string, to?: string): boolean {
  const name = sortName.toUpperCase()
  if (from && name.slice(0, from.length) < from.toUpperCase()) return false
  if (to && name.slice(0, to.length) > to.toUpperCase()) return false
  return true
}

/** Accounts whose ledgers are read in one go while choosing who gets a statement. */
const ACCOUNTS_READ = 250

function select(db: Database.Database, options: RunOptions): Selected {
  const settings = statementSettings(db)
  const statementDate = options.statementDate ?? today()
  const min = options.minBalanceCents ?? settings.minBalanceCents
  const within = options.skipBilledWithinDays ?? settings.skipBilledWithinDays
  if (!Number.isInteger(min) || min < 0)
    throw new DomainError(
      'invalid_input',
      'The minimum balance must be zero or more cents',
      'minBalanceCents',
    )
  const lastSent = new Map(
    allRows(
      db,
      storeQuery
        .selectFrom('statements')
        .select(['account_no'])
        .select((eb) => eb.fn.max('statement_date').as('last'))
        .where('sent_at', 'is not', null)
        .groupBy('account_no'),
    ).map((r) => [r.account_no, r.last]),
  )
  const ctx = contentContext(db)
  const contents: StatementContent[] = []
  const skipped: SkippedAccount[] = []
  const accounts = guarantorAccounts(db)
    .filter((a) => inRange(a.guarantor.sortName, options.fromName, options.toName))
    .sort((a, b) => a.guarantor.sortName.localeCompare(b.guarantor.sortName))
  let book: LedgerBook | null = null
  for (const [i, account] of accounts.entries()) {
    // The ledgers of the next ACCOUNTS_READ accounts are read together, not account by account.
    if (i % ACCOUNTS_READ === 0)
      book = ledgerBook(
        db,
        accounts.slice(i, i + ACCOUNTS_READ).flatMap((a) => a.patients.map((p) => p.id)),
      )
    const c = statementContent(db, account, statementDate, ctx, book!)
    const skip = (reason: string) =>
      skipped.push({ accountNo: c.accountNo, guarantor: c.guarantorName, reason })
    if (c.amountDueCents === 0 && c.insurancePendingCents === 0) continue
    if (options.cycleDay !== undefined && cycleDayOf(c) !== options.cycleDay) continue
    if (c.onHold) skip('Statements are on hold for this account')
    else if (c.allPending) skip('Insurance is still pending on every visit')
    else if (c.amountDueCents < min) skip(`The amount due is under the minimum`)
    else {
      const last = lastSent.get(c.accountNo)
      if (last && daysBetween(last, statementDate) < within)
        skip(`Billed ${daysBetween(last, statementDate)} days ago`)
      else contents.push(c)
    }
  }
  const statements = contents.map((c) => ({
    accountNo: c.accountNo,
    guarantor: c.guarantorName,
    patients: c.patients.length,
    amountDueCents: c.amountDueCents,
    insurancePendingCents: c.insurancePendingCents,
  }))
  return {
    preview: {
      statementDate,
      statements,
      skipped,
      count: statements.length,
      totalDueCents: statements.reduce((s, x) => s + x.amountDueCents, 0),
    },
    contents,
  }
}

/** Who would get a statement, and who is skipped and why; prints nothing, saves nothing. */
export function previewRun(db: Database.Database, options: RunOptions = {}): RunPreview {
  return select(db, options).preview
}

export interface RunResult extends RunPreview {
  runId: number | null
  /** One PDF with every statement of the run, to print. */
  pdf: Buffer
  printed: { account: string; guarantor: string; amountDueCents: number; pages: number }[]
  flaggedForCollections: string[]
}

/** Statements drawn between pauses that let other calls (status, cancel) be answered. */
const CHUNK = 25

const cancelled = () =>
  new DomainError('conflict', 'The statement run was cancelled; nothing was marked sent.')

/**
 * Prints and archives a run. Every CHUNK statements it reports progress and yields to the event
 * loop; `isCancelled` is checked then, and once more just before anything is written.
 */
export async function runStatements(
  db: Database.Database,
  options: RunOptions,
  by: { user: string; at: string },
  isCancelled: () => boolean = () => false,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<RunResult> {
  const { preview, contents } = select(db, options)
  onProgress(0, contents.length)
  const whole = letterPdf('Patient statements')
  // Each statement is drawn once; its archived copy is its own pages cut from the run's PDF.
  const drawn: { content: StatementContent; first: number; pages: number }[] = []
  let page = 0
  for (const c of contents) {
    if (drawn.length % CHUNK === 0) {
      if (drawn.length > 0) {
        onProgress(drawn.length, contents.length)
        await new Promise((resolve) => setImmediate(resolve))
      }
      if (isCancelled()) throw cancelled()
    }
    const pages = drawStatement(whole, c)
    drawn.push({ content: c, first: page, pages })
    page += pages
  }
  if (contents.length === 0) {
    whole.addPage({ size: 'LETTER', margin: 0 })
    whole
      .font('Helvetica')
      .fontSize(11)
      .text('No accounts qualified for a statement in this run.', 36, 36)
  }
  const pdf = await pdfBytes(whole)
  const copies = pdfPageRanges(
    pdf,
    drawn.map((d) => ({ first: d.first, count: d.pages })),
  )
  const archived = drawn.map((d, i) => ({ content: d.content, pdf: copies[i]!, pages: d.pages }))
  if (isCancelled()) throw cancelled()
  const settings = statementSettings(db)
  let runId: number | null = null
  const flagged: string[] = []
  if (archived.length > 0) {
    const since = paymentHistory(db)
    db.transaction(() => {
      runId = Number(
        runQuery(
          db,
          storeQuery.insertInto('statement_runs').values({
            statement_date: preview.statementDate,
            options: JSON.stringify(options),
            status: 'completed',
            count: preview.count,
            total_due_cents: preview.totalDueCents,
            created_at: by.at,
            created_by: by.user,
            completed_at: by.at,
          }),
        ).lastInsertRowid,
      )
      for (const a of archived) {
        const c = a.content
        const ids = c.patients.map((p) => p.patientId)
        if (!ids.includes(c.guarantorPatientId)) ids.unshift(c.guarantorPatientId)
        const id = Number(
          runQuery(
            db,
            storeQuery.insertInto('statements').values({
              run_id: runId,
              account_no: c.accountNo,
              guarantor_patient_id: c.guarantorPatientId,
              patient_ids: JSON.stringify(ids),
              guarantor_name: c.guarantorName,
              statement_date: c.statementDate,
              due_date: c.dueDate,
              amount_due_cents: c.amountDueCents,
              pages: a.pages,
              pdf: a.pdf,
              created_at: by.at,
              created_by: by.user,
              sent_at: by.at,
            }),
          ).lastInsertRowid,
        )
        for (const pid of ids)
          runQuery(
            db,
            storeQuery
              .insertInto('statement_patients')
              .values({ statement_id: id, patient_id: pid }),
          )
        const unpaid = since.unpaid(c.accountNo, ids, c.statementDate)
        if (unpaid >= settings.collectionsAfterStatements) {
          runQuery(
            db,
            storeQuery
              .insertInto('collections_reviews')
              .values({
                account_no: c.accountNo,
                flagged_at: by.at,
                statements_without_payment: unpaid,
              })
              .onConflict((oc) =>
                oc.column('account_no').doUpdateSet({ statements_without_payment: unpaid }),
              ),
          )
          flagged.push(c.accountNo)
        }
      }
    })()
  }
  onProgress(contents.length, contents.length)
  return {
    ...preview,
    runId,
    pdf,
    printed: archived.map((a) => ({
      account: a.content.accountNo,
      guarantor: a.content.guarantorName,
      amountDueCents: a.content.amountDueCents,
      pages: a.pages,
    })),
    flaggedForCollections: flagged,
  }
}

/**
 * Read once per run (not once per statement): each patient's last payment and each account's
 * sent statement dates, to count the statements sent since the account's last patient payment.
 */
function paymentHistory(db: Database.Database) {
  const lastPaid = new Map(
    allRows(
      db,
      storeQuery
        .selectFrom('payments')
        .select('patient_id')
        .select((eb) => eb.fn.max('received_date').as('last'))
        .where('source', '=', 'patient')
        .where('voided_at', 'is', null)
        .groupBy('patient_id'),
    ).map((r) => [r.patient_id, r.last]),
  )
  const sent = new Map<string, string[]>()
  for (const r of allRows(
    db,
    storeQuery
      .selectFrom('statements')
      .select(['account_no', 'statement_date'])
      .where('sent_at', 'is not', null),
  ))
    sent.set(r.account_no, [...(sent.get(r.account_no) ?? []), r.statement_date])
  return {
    /** Sent statements (this one included) since the last patient payment on any of `patientIds`. */
    unpaid(accountNo: string, patientIds: number[], statementDate: string): number {
      const paid = patientIds
        .map((id) => lastPaid.get(id))
        .reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null)
      const dates = [...(sent.get(accountNo) ?? []), statementDate]
      return dates.filter((d) => !paid || d > paid).length
    },
  }
}

export interface StatementHistoryItem {
  id: number
  accountNo: string
  guarantor: string
  statementDate: string
  dueDate: string
  amountDueCents: number
  pages: number
  sentAt: string | null
}

/** Statements that included the patient with this account number, newest first. */
export function statementHistory(db: Database.Database, accountNo: string): StatementHistoryItem[] {
  const patientId = patientByAccount(db, accountNo)
  return allRows(
    db,
    storeQuery
      .selectFrom('statements as s')
      .innerJoin('statement_patients as sp', 'sp.statement_id', 's.id')
      .select([
        's.id',
        's.account_no',
        's.guarantor_name',
        's.statement_date',
        's.due_date',
        's.amount_due_cents',
        's.pages',
        's.sent_at',
      ])
      .where('sp.patient_id', '=', patientId)
      .orderBy('s.statement_date', 'desc')
      .orderBy('s.id', 'desc'),
  ).map((r) => ({
    id: r.id,
    accountNo: r.account_no,
    guarantor: r.guarantor_name,
    statementDate: r.statement_date,
    dueDate: r.due_date,
    amountDueCents: r.amount_due_cents,
    pages: r.pages,
    sentAt: r.sent_at,
  }))
}

/** The archived PDF of one statement, exactly as it was printed. */
export function archivedStatementPdf(db: Database.Database, id: number): Buffer {
  const row = firstRow(db, storeQuery.selectFrom('statements').select('pdf').where('id', '=', id))
  if (!row) throw new DomainError('not_found', `There is no statement #${id}.`)
  return Buffer.from(row.pdf)
}

/** Accounts flagged for collections review (a person decides; nothing is sent). */
export function collectionsReviews(db: Database.Database) {
  return allRows(
    db,
    storeQuery
      .selectFrom('collections_reviews')
      .selectAll()
      .where('cleared_at', 'is', null)
      .orderBy('flagged_at'),
  )
}

/** The statement the account would get today, as PDF, without archiving or marking anything. */
export async function accountStatementPdf(
  db: Database.Database,
  accountNo: string,
  statementDate: string,
): Promise<{ content: StatementContent; pdf: Buffer }> {
  const patientId = patientByAccount(db, accountNo)
  const account = guarantorAccounts(db).find((a) => a.patients.some((p) => p.id === patientId))
  if (!account)
    throw new DomainError(
      'not_found',
      `Account ${accountNo} has no mailing address for statements; add the patient's or guarantor's address.`,
    )
  const content = statementContent(db, account, statementDate)
  return { content, pdf: await statementPdf(content) }
}
