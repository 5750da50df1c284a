import { z } from 'zod'
import { op } from '../op'
import { BackupSchedule } from './backup'

export const OfficeSettings = z.object({
  autoLockMinutes: z.number().int().min(1, 'At least 1 minute.').max(240, 'At most 240 minutes.'),
  backup: BackupSchedule,
})
export type OfficeSettings = z.infer<typeof OfficeSettings>

export const settingsOps = {
  'settings.get': op({
    summary: 'Office-wide settings: idle lock and backup schedule',
    input: z.object({}),
    output: OfficeSettings,
    access: 'signedIn',
  }),
  'settings.update': op({
    summary: 'Change office-wide settings',
    input: OfficeSettings.partial(),
    output: OfficeSettings,
    access: 'settings.manage',
    audit: 'admin',
  }),
}
