import { localIsoDate } from '../../../shared/validators/isoDate'
import type { Office } from '../../office'
import type { Session } from '../session'
import { writeSetting } from '../../settings'
import { STATEMENT_SETTINGS_KEY, statementSettings } from '../../statements/content'
import {
  accountStatementPdf,
  archivedStatementPdf,
  previewRun,
  runStatements,
  statementHistory,
  type RunResult,
} from '../../statements/run'
import {
  cancelRunJob,
  runJobStatus,
  startRunJob,
  type RunJobStatus,
} from '../../statements/runJobs'
import { defineHandlers } from '../router'

const today = (office: Office) => localIsoDate(office.clock())

const by = (office: Office, session: Session) => ({
  user: session.user?.username ?? 'system',
  at: office.clock().toISOString(),
})

function runOutput(result: RunResult) {
  return {
    statementDate: result.statementDate,
    statements: result.statements,
    skipped: result.skipped,
    count: result.count,
    totalDueCents: result.totalDueCents,
    runId: result.runId,
    fileName: `statements-${result.statementDate}.pdf`,
    pdfBase64: result.pdf.toString('base64'),
    flaggedForCollections: result.flaggedForCollections,
    printed: result.printed,
  }
}

function jobOutput(job: RunJobStatus) {
  return { ...job, result: job.result ? runOutput(job.result) : null }
}

export const statementHandlers = defineHandlers({
  'statements.settings.get': (_input, { office }) => statementSettings(office.store.db),
  'statements.settings.update': (changes, { office }) => {
    const db = office.store.db
    writeSetting(db, STATEMENT_SETTINGS_KEY, { ...statementSettings(db), ...changes })
    return statementSettings(db)
  },
  'statements.preview': (options, { office }) =>
    previewRun(office.store.db, { statementDate: today(office), ...options }),
  'statements.run': async (options, { office, session }) => {
    const statementDate = options.statementDate ?? today(office)
    const result = await runStatements(
      office.store.db,
      { ...options, statementDate },
      by(office, session),
    )
    return runOutput(result)
  },
  'statements.start': (options, { office, session }) =>
    jobOutput(
      startRunJob(
        office.store.db,
        { ...options, statementDate: options.statementDate ?? today(office) },
        by(office, session),
      ),
    ),
  'statements.runStatus': ({ jobId }, { office }) =>
    jobOutput(runJobStatus(office.store.db, jobId)),
  'statements.cancel': async ({ jobId }, { office }) =>
    jobOutput(await cancelRunJob(office.store.db, jobId)),
  'statements.history': ({ accountNo }, { office }) => statementHistory(office.store.db, accountNo),
  'statements.account': async ({ accountNo, statementDate }, { office }) => {
    const { content, pdf } = await accountStatementPdf(
      office.store.db,
      accountNo,
      statementDate ?? today(office),
    )
    return {
      accountNo: content.accountNo,
      amountDueCents: content.amountDueCents,
      fileName: `statement-${content.accountNo}.pdf`,
      pdfBase64: pdf.toString('base64'),
    }
  },
  'statements.reprint': ({ statementId }, { office }) => ({
    fileName: `statement-${statementId}.pdf`,
    pdfBase64: archivedStatementPdf(office.store.db, statementId).toString('base64'),
  }),
})
