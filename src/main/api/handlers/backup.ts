import { restoreFromBackup } from '../../backup/restore'
import { listBackups } from '../../store/backup'
import { defineHandlers } from '../router'

export const backupHandlers = defineHandlers({
  'backup.status': (_input, { office }) => {
    const schedule = office.settings().backup
    return {
      schedule,
      last: office.backups.last(),
      next: office.backups.next?.toISOString() ?? null,
      files: (schedule.folder ? listBackups(schedule.folder) : []).map((f) => ({
        file: f.file,
        bytes: f.bytes,
        createdAt: f.modifiedAt,
      })),
    }
  },
  'backup.run': ({ file }, { office }) => office.backups.run(file),
  'backup.restore': ({ file, password }, { office, session }) =>
    restoreFromBackup(office, session, file, password),
})
