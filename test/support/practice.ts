import type { OpInput, OpName, OpOutput } from '../../src/shared/api'
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
  close(): void
}

/** A practice set up through the router in a fresh folder, as a person would on first start. */
export async function newPractice(options: { clock?: () => Date } = {}): Promise<TestPractice> {
  const temp = tempDir()
  const office = new Office(temp.path, options.clock)
  const router = createRouter(handlers, office, { checkOutputs: true, log: () => undefined })
  const ask = (session: Session, name: OpName, input: unknown) => router.call(name, input, session)
  const call = async (session: Session, name: OpName, input: unknown) => {
    const r = await router.call(name, input, session)
    if (!r.ok) throw new Error(`${name}: ${r.error.code}: ${r.error.message}`)
    return r.value
  }
  const admin = new Session('http')
  const { recoveryKey } = (await call(admin, 'setup.create', {
    practiceName: 'Testing Family Practice (FAKE)',
    admin: ADMIN,
  })) as OpOutput<'setup.create'>
  return {
    dir: temp.path,
    office,
    router,
    admin,
    recoveryKey,
    call: call as TestPractice['call'],
    ask: ask as TestPractice['ask'],
    async signIn(username, password) {
      const s = new Session('http')
      await call(s, 'auth.login', { username, password })
      return s
    },
    close() {
      office.close()
      temp.remove()
    },
  }
}
