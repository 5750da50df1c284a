import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statementHistory } from '../../../src/main/statements/run'
import { STATEMENT_DATE, statementPractice, type StatementPractice } from './statement-practice'

describe('a statement run in the background: progress and Cancel', () => {
  let p: StatementPractice
  beforeAll(async () => {
    p = await statementPractice()
  }, 60_000)
  afterAll(() => p.close())

  const count = (table: 'statements' | 'statement_runs') =>
    (p.office.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

  it('a cancelled run marks nothing sent and keeps no archive; a finished one hands back its PDF', async () => {
    const options = { statementDate: STATEMENT_DATE }
    const started = await p.call(p.admin, 'statements.start', options)
    expect(started.state).toBe('running')
    // One run at a time.
    const second = await p.ask(p.admin, 'statements.start', options)
    expect(second.ok).toBe(false)
    const cancelled = await p.call(p.admin, 'statements.cancel', { jobId: started.jobId })
    expect(cancelled.state).toBe('cancelled')
    expect(cancelled.error).toMatch(/nothing was marked sent/)
    expect(cancelled.result).toBeNull()
    expect(count('statements')).toBe(0)
    expect(count('statement_runs')).toBe(0)

    const job = await p.call(p.admin, 'statements.start', options)
    let status = await p.call(p.admin, 'statements.runStatus', { jobId: job.jobId })
    for (let i = 0; status.state === 'running' && i < 200; i++) {
      await new Promise((r) => setTimeout(r, 25))
      status = await p.call(p.admin, 'statements.runStatus', { jobId: job.jobId })
    }
    expect(status.state).toBe('completed')
    expect([status.done, status.total]).toEqual([2, 2])
    expect(status.result?.count).toBe(2)
    expect(Buffer.from(status.result!.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    expect(count('statements')).toBe(2)
    const account = status.result!.printed[0]!.account
    expect(statementHistory(p.office.store.db, account)[0]?.sentAt).not.toBeNull()
    // Cancelling a finished run changes nothing.
    expect((await p.call(p.admin, 'statements.cancel', { jobId: job.jobId })).state).toBe(
      'completed',
    )
    expect(count('statements')).toBe(2)
  })
})
