import { resolve } from 'node:path'
import { DomainError } from '../../errors'
import { writeSettings } from '../../settings'
import { checkBackupDestination } from '../../store/backup'
import { StoreError } from '../../store/store-error'
import { defineHandlers } from '../router'

export const settingsHandlers = defineHandlers({
  'settings.get': (_input, { office }) => office.settings(),
  'settings.update': (changes, { office }) => {
    const folder = changes.backup?.folder
    if (folder) {
      try {
        // The same rule as each backup: never into the data folder itself.
        checkBackupDestination(office.dataDir, resolve(folder, 'claimdesk-check.cdbackup'))
      } catch (err) {
        if (err instanceof StoreError && err.code === 'refused') {
          throw new DomainError('invalid_input', err.message, 'backup.folder')
        }
        // A folder that is missing today (an unplugged drive) may still be chosen.
      }
    }
    const next = writeSettings(office.store.db, changes)
    office.settingsChanged()
    return next
  },
})
