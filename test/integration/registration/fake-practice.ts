/**
 * The registration tests' view of the shared test practice (test/support/practice.ts): calls
 * take the operation first and run as the administrator unless a session is given. The
 * administrator is "ada" of "Fake Family Practice", signed in from the command line. The
 * record builders live in test/support/records.ts and are re-exported here.
 */
import type { ApiResult, OpInput, OpName, OpOutput } from '../../../src/shared/api'
import type { Role } from '../../../src/shared/permissions'
import type { Router } from '../../../src/main/api/router'
import type { Session } from '../../../src/main/api/session'
import type { DemoContext } from '../../../src/main/demo/practice'
import type { Office } from '../../../src/main/office'
import { newPractice } from '../../support/practice'
import { payer } from '../../support/records'

export * from '../../support/records'

export const ADMIN_PASSWORD = 'fake office password 1'

export interface TestPractice {
  office: Office
  router: Router
  admin: Session
  /** Calls as `session` (the administrator unless given) and answers with the raw result. */
  call<N extends OpName>(
    name: N,
    input: OpInput<N>,
    session?: Session,
  ): Promise<ApiResult<OpOutput<N>>>
  /** Calls and returns the value, failing the test with the router's message on a refusal. */
  ok<N extends OpName>(name: N, input: OpInput<N>, session?: Session): Promise<OpOutput<N>>
  /** A signed-in session for a new user with `role`, past the first-password change. */
  staff(role: Role, username: string): Promise<Session>
  close(): void
}

export async function openPractice(): Promise<TestPractice> {
  const p = await newPractice({
    practiceName: 'Fake Family Practice',
    admin: { username: 'ada', fullName: 'Ada Testadmin', password: ADMIN_PASSWORD },
    origin: 'cli',
  })
  return {
    office: p.office,
    router: p.router,
    admin: p.admin,
    call: async <N extends OpName>(name: N, input: OpInput<N>, session = p.admin) =>
      (await p.ask(session, name, input)) as ApiResult<OpOutput<N>>,
    ok: (name, input, session = p.admin) => p.call(session, name, input),
    staff: p.staff,
    close: p.close,
  }
}

/** A Medicare Part B plan and a commercial plan, saved in that order. */
export async function twoPayers(
  p: TestPractice,
): Promise<{ medicareId: number; commercialId: number }> {
  const medicare = await p.ok('payers.save', {
    record: payer({
      name: 'Example Medicare Part B (FAKE)',
      clearinghousePayerId: 'FAKE002',
      claimFilingIndicator: 'MB',
    }),
  })
  const commercial = await p.ok('payers.save', { record: payer() })
  return { medicareId: medicare.id, commercialId: commercial.id }
}

/** What buildDemoPractice needs, calling as `session` (the administrator unless given). */
export function demoContext(p: TestPractice, session: Session = p.admin): DemoContext {
  return { office: p.office, session, call: (name, input) => p.ok(name, input, session) }
}
