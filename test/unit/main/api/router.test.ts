import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { OP_NAMES, ops } from '../../../../src/shared/api'
import { handlers } from '../../../../src/main/api/handlers'
import { assertComplete, createRouter, type HandlerMap } from '../../../../src/main/api/router'
import { Session } from '../../../../src/main/api/session'
import { Office } from '../../../../src/main/office'
import { tempDir } from '../../../support/temp'

describe('the router', () => {
  let dir: ReturnType<typeof tempDir>
  let office: Office
  let ran: string[]
  const quiet = () => undefined

  /** The real handlers, each also noting that it ran. */
  function watchedHandlers(): HandlerMap {
    const watched: Record<string, unknown> = {}
    for (const [name, handler] of Object.entries(handlers)) {
      watched[name] = (input: unknown, ctx: unknown) => {
        ran.push(name)
        return (handler as (i: unknown, c: unknown) => unknown)(input, ctx)
      }
    }
    return watched as HandlerMap
  }

  beforeEach(() => {
    dir = tempDir()
    office = new Office(dir.path)
    ran = []
  })
  afterEach(() => {
    office.close()
    dir.remove()
  })

  it('refuses an unknown operation by name', async () => {
    const router = createRouter(handlers, office)
    const r = await router.call('claims.teleport', {}, new Session('cli'))
    expect(r).toEqual({
      ok: false,
      error: { code: 'unknown_operation', message: expect.stringContaining('claims.teleport') },
    })
  })

  it('refuses invalid input naming the field, and never runs the handler', async () => {
    const router = createRouter(watchedHandlers(), office)
    const r = await router.call('auth.login', { username: 'ok.user' }, new Session('cli'))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input')
      expect(r.error.field).toBe('password')
    }
    const nested = await router.call(
      'setup.create',
      {
        practiceName: 'Fake Practice',
        admin: { username: 'x y', fullName: 'Ann Admin', password: 'long enough pass 1' },
      },
      new Session('cli'),
    )
    expect(nested.ok === false && nested.error.field).toBe('admin.username')
    expect(ran).toEqual([])
  })

  it('answers with the handler’s value when all is well', async () => {
    const router = createRouter(watchedHandlers(), office)
    const r = await router.call('app.info', {}, new Session('cli'))
    expect(r).toMatchObject({
      ok: true,
      value: { name: 'ClaimDesk', store: 'absent', dataDir: dir.path },
    })
    expect(ran).toEqual(['app.info'])
  })

  it('asks for sign-in before any non-public operation', async () => {
    const router = createRouter(watchedHandlers(), office)
    const r = await router.call('users.list', {}, new Session('cli'))
    expect(r.ok === false && r.error.code).toBe('not_signed_in')
    expect(ran).toEqual([])
  })

  it('lets a locked session do nothing but unlock, sign out, or ask its state', async () => {
    const router = createRouter(watchedHandlers(), office)
    const session = new Session('cli')
    session.user = {
      id: 1,
      username: 'ann',
      fullName: 'Ann',
      role: 'admin',
      mustChangePassword: false,
    }
    session.locked = true
    for (const name of OP_NAMES) {
      const r = await router.call(name, {}, session)
      const refusedAsLocked = !r.ok && r.error.code === 'locked'
      expect(refusedAsLocked, name).toBe(!ops[name].whenLocked)
      session.user ??= {
        id: 1,
        username: 'ann',
        fullName: 'Ann',
        role: 'admin',
        mustChangePassword: false,
      }
      session.locked = true
    }
  })

  it('turns an unexpected failure into a reference, without the internals', async () => {
    const broken = {
      ...handlers,
      'app.info': () => {
        throw new Error('disk on fire at /secret/path')
      },
    } as HandlerMap
    const lines: string[] = []
    const router = createRouter(broken, office, { log: (l) => lines.push(l) })
    const r = await router.call('app.info', {}, new Session('cli'))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('internal')
      expect(r.error.message).not.toContain('/secret/path')
      const ref = /reference ([0-9a-f]{8})/.exec(r.error.message)![1]!
      expect(lines.join('\n')).toContain(ref)
    }
  })

  it('catches a handler whose output breaks the contract', async () => {
    const wrong = {
      ...handlers,
      'app.info': () => ({ name: 'ClaimDesk', version: 1 }),
    } as unknown as HandlerMap
    const router = createRouter(wrong, office, { checkOutputs: true, log: quiet })
    const r = await router.call('app.info', {}, new Session('cli'))
    expect(r.ok === false && r.error.code).toBe('internal')
  })

  it('will not start when an operation has no handler or a handler has no operation', () => {
    const { 'app.info': _dropped, ...missing } = handlers
    expect(() => assertComplete(missing)).toThrow(/no handler for: app\.info/)
    expect(() => assertComplete({ ...handlers, 'app.selfDestruct': () => ({}) })).toThrow(
      /handlers for undeclared operations: app\.selfDestruct/,
    )
    expect(() => createRouter(missing as HandlerMap, office)).toThrow()
  })

  it('has exactly one handler per declared operation', () => {
    expect(Object.keys(handlers).sort()).toEqual([...OP_NAMES].sort())
  })
})
