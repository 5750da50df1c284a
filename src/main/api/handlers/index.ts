import type { HandlerMap } from '../router'
import { appHandlers } from './app'
import { auditHandlers } from './audit'
import { authHandlers } from './auth'
import { backupHandlers } from './backup'
import { claimHandlers } from './claims'
import { codeHandlers } from './codes'
import { directoryHandlerMap } from './directory'
import { patientHandlers } from './patients'
import { paymentHandlers } from './payments'
import { settingsHandlers } from './settings'
import { userHandlers } from './users'
import { visitHandlers } from './visits'
import { remitHandlers } from './remits'
import { insuranceCheckHandlers } from './insuranceChecks'
import { inboxHandlers } from './inbox'
import { clearinghouseHandlers } from './clearinghouse'
import { followupHandlers } from './followup'
import { statementHandlers } from './statements'
import { paperClaimHandlers } from './paperClaims'
import { planHandlers } from './plans'
import { dashboardHandlers } from './dashboard'
import { reportHandlers } from './reports'

/** Every operation's handler, one area file each; the router checks this against the contract. */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...authHandlers,
  ...userHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...directoryHandlerMap,
  ...patientHandlers,
  ...visitHandlers,
  ...codeHandlers,
  ...claimHandlers,
  ...remitHandlers,
  ...insuranceCheckHandlers,
  ...paymentHandlers,
  ...inboxHandlers,
  ...clearinghouseHandlers,
  ...followupHandlers,
  ...statementHandlers,
  ...paperClaimHandlers,
  ...planHandlers,
  ...dashboardHandlers,
  ...reportHandlers,
}
