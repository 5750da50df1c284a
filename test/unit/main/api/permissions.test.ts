import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OP_NAMES, ops } from '../../../../src/shared/api'
import { ROLES, roleMay } from '../../../../src/shared/permissions'
import { handlers } from '../../../../src/main/api/handlers'
import { createRouter } from '../../../../src/main/api/router'
import { Session } from '../../../../src/main/api/session'
import { Office } from '../../../../src/main/office'
import { tempDir } from '../../../support/temp'

/**
 * Every operation × every role: the router refuses exactly what the role table refuses. Access is
 * checked before input, so an empty input is enough to see the decision.
 */
describe('permissions: every operation for every role', () => {
  const dir = tempDir()
  const office = new Office(dir.path)
  const router = createRouter(handlers, office, { log: () => undefined })
  beforeAll(() => undefined)
  afterAll(() => {
    office.close()
    dir.remove()
  })

  for (const name of OP_NAMES) {
    const access = ops[name].access
    for (const role of ROLES) {
      const allowed = access === 'public' || access === 'signedIn' || roleMay(role, access)
      it(`${name} is ${allowed ? 'allowed' : 'refused'} for ${role}`, async () => {
        const session = new Session('cli')
        session.user = {
          id: 1,
          username: 'pat',
          fullName: 'Pat Example',
          role,
          mustChangePassword: false,
        }
        const r = await router.call(name, {}, session)
        const forbidden = !r.ok && r.error.code === 'forbidden'
        expect(forbidden).toBe(!allowed)
      })
    }
  }
})
