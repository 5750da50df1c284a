/**
 * `npm run bench -- statements`: 1,000 statements from the store into one PDF plus an archived
 * copy each (`statements.run_1000_ms`), and the same pages drawn with bare pdfkit calls and no
 * store, as the floor (`statements.vs_raw_pdfkit_ratio` = run / bare); medians of three turns each.
 */
import { postEntries } from '../../src/main/ledger/entries'
import { letterPdf, pdfBytes } from '../../src/main/print/pdfDocument'
import {
  guarantorAccounts,
  statementContent,
  type StatementContent,
} from '../../src/main/statements/content'
import { drawStatement } from '../../src/main/statements/pdf'
import { previewRun, runStatements } from '../../src/main/statements/run'
import { claimPractice } from '../integration/claims/claim-practice'

type Report = (name: string, value: number, unit: string) => void

const STATEMENTS = 1000
const DATE = '2026-03-02'
const RUNS = 3

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/**
 * The floor: the same 1,000 pages (the same drawing calls, from content read beforehand) into one
 * pdfkit document, with no store, no selection and no archive.
 */
async function bare(contents: StatementContent[]): Promise<void> {
  const doc = letterPdf('Patient statements')
  for (const c of contents) drawStatement(doc, c)
  await pdfBytes(doc)
}

export async function run(report: Report): Promise<void> {
  const p = await claimPractice()
  try {
    const db = p.office.store.db
    const by = { user: 'bench', at: '2026-03-01T12:00:00.000Z' }
    const first = await p.patient([])
    const visitId = await p.codedVisit(first, { dateOfService: '2026-01-15' })
    await p.bill(visitId)
    const visit = db
      .prepare<[number], { rendering_provider_id: number; location_id: number; data: string }>(
        'SELECT rendering_provider_id, location_id, data FROM visits WHERE id = ?',
      )
      .get(visitId)!
    const insertPatient = db.prepare(
      `INSERT INTO patients (account_no, last_name, first_name, dob, data, created_at, updated_at)
       SELECT ?, last_name, ?, dob, data, created_at, updated_at FROM patients WHERE id = ?`,
    )
    const insertVisit = db.prepare(
      `INSERT INTO visits (patient_id, date_of_service, rendering_provider_id, location_id, status,
         total_cents, data, created_at, updated_at)
       VALUES (?, '2026-01-15', ?, ?, 'billed', 12500, ?, ?, ?)`,
    )
    db.transaction(() => {
      for (let i = 1; i < STATEMENTS; i++) {
        // Each copy gets its own address line so each is its own guarantor account.
        const id = Number(
          insertPatient.run(`B${String(i).padStart(6, '0')}`, `Bench${i}`, first).lastInsertRowid,
        )
        const data = JSON.parse(
          (db.prepare('SELECT data FROM patients WHERE id = ?').get(id) as { data: string }).data,
        ) as { address: { street1: string }; firstName: string }
        data.address.street1 = `${i} Example St`
        data.firstName = `Bench${i}`
        db.prepare('UPDATE patients SET data = ? WHERE id = ?').run(JSON.stringify(data), id)
        const vid = Number(
          insertVisit.run(
            id,
            visit.rendering_provider_id,
            visit.location_id,
            visit.data,
            by.at,
            by.at,
          ).lastInsertRowid,
        )
        postEntries(
          db,
          [
            {
              kind: 'charge',
              patientId: id,
              visitId: vid,
              lineNo: 1,
              effectiveDate: '2026-01-15',
              insuranceCents: 0,
              patientCents: 12500,
            },
          ],
          by,
        )
      }
    })()
    if (process.env.BENCH_DETAIL) {
      const t = performance.now()
      previewRun(db, { statementDate: DATE })
      console.error(`preview ${Math.round(performance.now() - t)} ms`)
    }
    const contents = guarantorAccounts(db)
      .map((a) => statementContent(db, a, DATE))
      .filter((c) => c.amountDueCents > 0)
    if (contents.length !== STATEMENTS) throw new Error(`expected ${STATEMENTS} statements`)
    // Both sides run three times, taking turns, and each reports its median: one garbage
    // collection landing in one side would otherwise swing the ratio either way.
    const runs: number[] = []
    const bares: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      // skipBilledWithinDays 0: the same accounts qualify again after the previous turn.
      const result = await runStatements(db, { statementDate: DATE, skipBilledWithinDays: 0 }, by)
      runs.push(performance.now() - started)
      if (result.count !== STATEMENTS)
        throw new Error(`expected ${STATEMENTS} statements, got ${result.count}`)
      const bareStart = performance.now()
      await bare(contents)
      bares.push(performance.now() - bareStart)
    }
    if (process.env.BENCH_DETAIL) console.error({ runs, bares })
    report('statements.run_1000_ms', Math.round(median(runs)), 'ms')
    report('statements.vs_raw_pdfkit_ratio', median(runs) / median(bares), 'x')
  } finally {
    p.close()
  }
}
