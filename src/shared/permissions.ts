export const ROLES = ['admin', 'biller', 'front_desk', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  biller: 'Biller',
  front_desk: 'Front desk',
  viewer: 'Viewer (read only)',
}

export const PERMISSIONS = [
  'users.manage',
  'audit.read',
  'settings.manage',
  'backup.run',
  'backup.restore',
  'practice.read',
  'practice.manage',
  'patients.read',
  'patients.write',
  'patients.import',
  'visits.read',
  'visits.write',
  'codes.read',
  'codes.manage',
  'claims.read',
  'claims.write',
  'claims.submit',
  'clearinghouse.manage',
  'inbox.read',
  'inbox.import',
  'payments.read',
  'payments.collect',
  'payments.post',
  'payments.adjust',
  'followup.work',
  'statements.run',
  'plans.manage',
  'reports.read',
  /** Back up into a file of one's choosing (the scheduled folder is set with settings.manage). */
  'backup.anywhere',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/**
 * The one table of who may do what. The router enforces it in main; the renderer reads it only
 * to leave out buttons a role could not use anyway.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  biller: [
    'backup.run',
    'practice.read',
    'practice.manage',
    'patients.read',
    'patients.write',
    'patients.import',
    'visits.read',
    'visits.write',
    'codes.read',
    'codes.manage',
    'claims.read',
    'claims.write',
    'claims.submit',
    'inbox.read',
    'inbox.import',
    'payments.read',
    'payments.collect',
    'payments.post',
    'payments.adjust',
    'followup.work',
    'statements.run',
    'plans.manage',
    'reports.read',
  ],
  front_desk: [
    'practice.read',
    'patients.read',
    'patients.write',
    'visits.read',
    'codes.read',
    'claims.read',
    'payments.read',
    'payments.collect',
    'plans.manage',
  ],
  viewer: [
    'practice.read',
    'patients.read',
    'visits.read',
    'codes.read',
    'claims.read',
    'payments.read',
    'reports.read',
  ],
}

export function roleMay(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission)
}
