import { z } from 'zod'
import { op } from '../op'

export const BackupSchedule = z.object({
  folder: z.string().trim().min(1, 'Choose the folder backups go to.').nullable(),
  daily: z.boolean(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 18:30.'),
  keep: z.number().int().min(1, 'Keep at least one backup.').max(365),
})
export type BackupSchedule = z.infer<typeof BackupSchedule>

export const BackupOutcome = z.object({
  at: z.string(),
  ok: z.boolean(),
  file: z.string().nullable(),
  message: z.string(),
})

export const BackupFile = z.object({
  file: z.string(),
  bytes: z.number().int(),
  createdAt: z.string(),
})

export const backupOps = {
  'backup.status': op({
    summary: 'The backup schedule, the last result and the next run',
    input: z.object({}),
    output: z.object({
      schedule: BackupSchedule,
      last: BackupOutcome.nullable(),
      next: z.string().nullable(),
      files: z.array(BackupFile),
    }),
    access: 'backup.run',
  }),
  'backup.run': op({
    summary: 'Back up now: into the chosen folder (keeping the newest N) or into one named file',
    input: z.object({ file: z.string().trim().min(1).optional() }),
    output: z.object({
      file: z.string(),
      bytes: z.number().int(),
      createdAt: z.string(),
      removed: z.array(z.string()),
    }),
    access: 'backup.run',
    audit: 'export',
  }),
  'backup.restore': op({
    summary: 'Replace the practice data with a backup, after checking it opens and is intact',
    input: z.object({
      file: z.string().trim().min(1, 'Choose the backup file.'),
      password: z.string().min(1, 'Enter your password as it was when the backup was made.'),
    }),
    output: z.object({ restoredFrom: z.string(), createdAt: z.string() }),
    access: 'backup.restore',
  }),
}
