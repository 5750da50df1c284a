import { roleMay } from '../../../shared/permissions'
import { restoreFromBackup } from '../../backup/restore'
import { DomainError } from '../../errors'
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
  'backup.run': ({ file }, { office, session }) => {
    // A file anywhere the app can write is an administrator's call; everyone else with
    // backup.run backs up into the folder an administrator chose in the settings.
    if (file !== undefined && !roleMay(session.user!.role, 'backup.anywhere')) {
      office.audit(session, 'backup.run.denied', { detail: { file } })
      throw new DomainError(
        'forbidden',
        'Only an administrator may back up to a file of their choosing. Run the backup into the backup folder instead.',
        'file',
      )
    }
    return office.backups.run(file)
  },
  'backup.restore': ({ file, password }, { office, session }) =>
    restoreFromBackup(office, session, file, password),
})
