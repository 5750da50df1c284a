import type { OpInput, OpName, OpOutput } from '../../src/shared/api'
import type { Role } from '../../src/shared/permissions'
import { handlers } from '../../src/main/api/handlers'
import { createRouter, type Router } from '../../src/main/api/router'
import { Session } from '../../src/main/api/session'
import { Office } from '../../src/main/office'
import { tempDir } from './temp'

export const ADMIN = {
  username: 'ann.admin',
  fullName: 'Ann Testadmin',
  password: 'admin password for tests 1',
}

const STAFF_FIRST_PASSWORD = 'first staff password 1'
const STAFF_PASSWORD = 'changed staff password 2'

export interface PracticeOptions {
  clock?: () => Date
  practiceName?: string
  /** The first administrator; ADMIN unless given. */
  admin?: { username: string; fullName: string; password: string }
  /** Where the test's sessions come from ('cli' sessions are never idle-locked). */
  origin?: Session['origin']
}

export interface TestPractice {
  dir: string
  office: Office
  router: Router
  /** A session signed in as the first administrator. */
  admin: Session
  recoveryKey: string
  /** Calls as `session`, throwing the refusal's message when main refuses. */
  call<N extends OpName>(session: Session, name: N, input: OpInput<N>): Promise<OpOutput<N>>
  /** Calls as `session`, returning the raw result. */
  ask<N extends OpName>(session: Session, name: N, input: OpInput<N>): ReturnType<Router['call']>
  signIn(username: string, password: string): Promise<Session>
  /** A signed-in session for a new user with `role`, past the first-password change. */
  staff(role: Role, username: string): Promise<Session>
  close(): void
}

/** A practice set up through the router in a fresh folder, as a person would on first start. */
export async function newPractice(options: PracticeOptions = {}): Promise<TestPractice> {
  const origin = options.origin ?? 'http'
  const temp = tempDir()
  const office = new Office(temp.path, options.clock)
  const router = createRouter(handlers, office, { checkOutputs: true, log: () => undefined })
  const ask = (session: Session, name: OpName, input: unknown) => router.call(name, input, session)
  const call = async (session: Session, name: OpName, input: unknown) => {
    const r = await router.call(name, input, session)
    if (!r.ok) {
      const field = r.error.field ? ` (${r.error.field})` : ''
      throw new Error(`${name}: ${r.error.code}: ${r.error.message}${field}`)
    }
    return r.value
  }
  const signIn = async (username: string, password: string) => {
    const s = new Session(origin)
    await call(s, 'auth.login', { username, password })
    return s
  }
  const admin = new Session(origin)
  const { recoveryKey } = (await call(admin, 'setup.create', {
    practiceName: options.practiceName ?? 'Testing Family Practice (FAKE)',
    admin: options.admin ?? ADMIN,
  })) as OpOutput<'setup.create'>
  return {
    dir: temp.path,
    office,
    router,
    admin,
    recoveryKey,
    call: call as TestPractice['call'],
    ask: ask as TestPractice['ask'],
    signIn,
    async staff(role, username) {
      await call(admin, 'users.add', {
        username,
        fullName: `${username} Fakename`,
        role,
        password: STAFF_FIRST_PASSWORD,
      })
      const session = await signIn(username, STAFF_FIRST_PASSWORD)
      await call(session, 'auth.changePassword', {
        currentPassword: STAFF_FIRST_PASSWORD,
        newPassword: STAFF_PASSWORD,
      })
      return session
    },
    close() {
      office.close()
      temp.remove()
    },
  }
}
