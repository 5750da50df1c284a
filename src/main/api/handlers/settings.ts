import { writeSettings } from '../../settings'
import { defineHandlers } from '../router'

export const settingsHandlers = defineHandlers({
  'settings.get': (_input, { office }) => office.settings(),
  'settings.update': (changes, { office }) => {
    const next = writeSettings(office.store.db, changes)
    office.settingsChanged()
    return next
  },
})
