/**
 * Statement runs started in the background so the screen can show progress and offer Cancel:
 * one run at a time per store; the screen polls its status by job id. A cancelled or failed run
 * has marked nothing sent and archived nothing (runStatements writes only after the last page).
 */
import type Database from 'better-sqlite3-multiple-ciphers'
import { DomainError } from '../errors'
import { runStatements, type RunOptions, type RunResult } from './run'

export type RunJobState = 'running' | 'completed' | 'cancelled' | 'failed'

export interface RunJobStatus {
  jobId: number
  state: RunJobState
  done: number
  total: number
  error: string | null
  result: RunResult | null
}

interface Job extends RunJobStatus {
  cancelRequested: boolean
  finished: Promise<void>
}

/** Jobs per open store; finished ones are kept a while so their result can be fetched. */
const jobsByStore = new WeakMap<Database.Database, Map<number, Job>>()
const KEEP_FINISHED = 5
let nextJobId = 1

function jobsOf(db: Database.Database): Map<number, Job> {
  let jobs = jobsByStore.get(db)
  if (!jobs) jobsByStore.set(db, (jobs = new Map()))
  return jobs
}

function status(job: Job): RunJobStatus {
  const { jobId, state, done, total, error, result } = job
  return { jobId, state, done, total, error, result }
}

/** Starts a run and returns at once; poll `runJobStatus` for progress and the result. */
export function startRunJob(
  db: Database.Database,
  options: RunOptions,
  by: { user: string; at: string },
): RunJobStatus {
  const jobs = jobsOf(db)
  if ([...jobs.values()].some((j) => j.state === 'running'))
    throw new DomainError(
      'conflict',
      'A statement run is already printing; wait for it to finish or cancel it.',
    )
  const job: Job = {
    jobId: nextJobId++,
    state: 'running',
    done: 0,
    total: 0,
    error: null,
    result: null,
    cancelRequested: false,
    finished: Promise.resolve(),
  }
  job.finished = runStatements(
    db,
    options,
    by,
    () => job.cancelRequested,
    (done, total) => {
      job.done = done
      job.total = total
    },
  ).then(
    (result) => {
      job.state = 'completed'
      job.result = result
    },
    (e: unknown) => {
      job.state = job.cancelRequested ? 'cancelled' : 'failed'
      job.error = e instanceof Error ? e.message : String(e)
    },
  )
  jobs.set(job.jobId, job)
  const finished = [...jobs.values()].filter((j) => j.state !== 'running')
  for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
    jobs.delete(old.jobId)
  return status(job)
}

function jobOf(db: Database.Database, jobId: number): Job {
  const job = jobsOf(db).get(jobId)
  if (!job) throw new DomainError('not_found', `There is no statement run #${jobId} in progress.`)
  return job
}

export function runJobStatus(db: Database.Database, jobId: number): RunJobStatus {
  return status(jobOf(db, jobId))
}

/** Asks the run to stop at its next pause; resolves once it has stopped (or finished anyway). */
export async function cancelRunJob(db: Database.Database, jobId: number): Promise<RunJobStatus> {
  const job = jobOf(db, jobId)
  if (job.state === 'running') job.cancelRequested = true
  await job.finished
  return status(job)
}

/** For tests and shutdown: waits for the job to end. */
export async function runJobFinished(db: Database.Database, jobId: number): Promise<void> {
  await jobOf(db, jobId).finished
}
