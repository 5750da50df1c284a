import {
  changePassword,
  lock,
  logIn,
  logOut,
  recover,
  sessionView,
  setUpPractice,
  unlock,
} from '../../accounts/signin'
import { defineHandlers } from '../router'

export const authHandlers = defineHandlers({
  'setup.create': (input, { office, session }) => {
    const recoveryKey = setUpPractice(office, session, input)
    return { recoveryKey, session: sessionView(office, session) }
  },
  'auth.session': (_input, { office, session }) => sessionView(office, session),
  'auth.login': async ({ username, password }, { office, session }) => {
    await logIn(office, session, username, password)
    return sessionView(office, session)
  },
  'auth.logout': (_input, { office, session }) => {
    logOut(office, session)
    return sessionView(office, session)
  },
  'auth.lock': (_input, { office, session }) => {
    lock(office, session)
    return sessionView(office, session)
  },
  'auth.unlock': async ({ password }, { office, session }) => {
    await unlock(office, session, password)
    return sessionView(office, session)
  },
  'auth.touch': () => ({}),
  'auth.changePassword': ({ currentPassword, newPassword }, { office, session }) => {
    changePassword(office, session, currentPassword, newPassword)
    return sessionView(office, session)
  },
  'auth.recover': ({ username, recoveryKey, newPassword }, { office, session }) => {
    recover(office, session, username, recoveryKey, newPassword)
    return sessionView(office, session)
  },
})
