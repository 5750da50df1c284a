import { z } from 'zod'
import { op } from '../op'
import { ClearinghouseSettings } from '../schemas/claim'

const folder = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Enter the ${label} folder as the clearinghouse named it` })
    .max(300)

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Use a time like 08:00.' })

/** "SHA256:" and 43 base64 characters, as `ssh-keygen -lf` and OpenSSH print it. */
export const HostKeyFingerprint = z
  .string()
  .trim()
  .regex(/^SHA256:[A-Za-z0-9+/]{43}=?$/, {
    error: 'The host key fingerprint looks like SHA256: followed by 43 letters, digits, + or /',
  })
  .transform((s) => s.replace(/=$/, ''))

/** The SFTP account the clearinghouse gave the practice, without its password or key. */
export const ClearinghouseConnection = z.object({
  name: z.string().trim().min(1, { error: 'Name the clearinghouse' }).max(60),
  host: z
    .string()
    .trim()
    .min(1, { error: 'Enter the SFTP server name' })
    .max(253)
    .regex(/^[A-Za-z0-9.:-]+$/, { error: 'A server name has only letters, digits, dots and -' }),
  port: z.number().int().min(1).max(65535).default(22),
  username: z.string().trim().min(1, { error: 'Enter the SFTP user name' }).max(100),
  auth: z.enum(['password', 'key']),
  /** Confirmed by a person on first connect; null until then. */
  hostKey: HostKeyFingerprint.nullable(),
  uploadDir: folder('upload'),
  downloadDir: folder('download'),
  /** Where downloaded files are moved when the account may not delete them; null: delete. */
  archiveDir: folder('archive').nullable(),
  schedule: z.object({
    enabled: z.boolean(),
    everyMinutes: z.number().int().min(5).max(720),
    from: time,
    until: time,
  }),
})
export type ClearinghouseConnection = z.infer<typeof ClearinghouseConnection>

export const FAILURE_KINDS = [
  'dns',
  'refused',
  'timeout',
  'host_key_unknown',
  'host_key_changed',
  'login',
  'folder_missing',
  'no_write',
  'not_configured',
  'other',
] as const
export type FailureKind = (typeof FAILURE_KINDS)[number]

export const ConnectionTest = z.object({
  ok: z.boolean(),
  kind: z.enum(FAILURE_KINDS).nullable(),
  message: z.string(),
  /** The key the server presented (shown for confirmation on first connect). */
  fingerprint: z.string().nullable(),
})
export type ConnectionTest = z.infer<typeof ConnectionTest>

export const SyncStatus = z.object({
  configured: z.boolean(),
  state: z.enum(['never', 'ok', 'offline', 'stopped', 'error', 'not_configured']),
  /** One line for the status bar, in plain words. */
  message: z.string(),
  lastSuccessAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  failureKind: z.enum(FAILURE_KINDS).nullable(),
  waitingBatches: z.number().int(),
  waitingClaims: z.number().int(),
})
export type SyncStatus = z.infer<typeof SyncStatus>

export const SyncResult = z.object({
  ok: z.boolean(),
  uploadedBatches: z.number().int(),
  claimsSubmitted: z.number().int(),
  downloaded: z.number().int(),
  duplicates: z.number().int(),
  skipped: z.number().int(),
  removed: z.number().int(),
  status: SyncStatus,
})
export type SyncResult = z.infer<typeof SyncResult>

export const ClearinghouseView = z.object({
  connection: ClearinghouseConnection.nullable(),
  hasPassword: z.boolean(),
  hasPrivateKey: z.boolean(),
  ids: ClearinghouseSettings,
})

export const clearinghouseOps = {
  'clearinghouse.get': op({
    summary: 'The clearinghouse account and 837 IDs (never its password or key)',
    input: z.object({}),
    output: ClearinghouseView,
    access: 'clearinghouse.manage',
  }),
  'clearinghouse.save': op({
    summary: 'Set the clearinghouse SFTP account, schedule and 837 IDs',
    input: z.object({
      connection: ClearinghouseConnection,
      /** Given: replaces the stored one; absent: keeps it. Kept only in the encrypted store. */
      password: z.string().min(1).max(200).optional(),
      privateKey: z.string().min(1).max(20_000).optional(),
      ids: ClearinghouseSettings.partial().optional(),
    }),
    output: ClearinghouseView,
    access: 'clearinghouse.manage',
    audit: 'admin',
  }),
  'clearinghouse.test': op({
    summary:
      'Connect, check the host key, sign in, and check both folders (and that uploads may be written)',
    input: z.object({
      /** The fingerprint a person confirmed on first connect: kept when it matches the server. */
      trustHostKey: HostKeyFingerprint.optional(),
    }),
    output: ConnectionTest,
    access: 'clearinghouse.manage',
    audit: 'admin',
  }),
  'clearinghouse.status': op({
    summary: 'Last sync, batches waiting, and what went wrong in plain words',
    input: z.object({}),
    output: SyncStatus,
    access: 'inbox.read',
    passive: true,
  }),
  'clearinghouse.syncNow': op({
    summary: 'Upload waiting batches and fetch the clearinghouse replies now',
    input: z.object({}),
    output: SyncResult,
    access: 'inbox.import',
  }),
  'claims.batchExported': op({
    summary:
      "Record that a batch's stored file was written to disk to send by hand: its claims become submitted",
    input: z.object({ batchId: z.number().int().positive(), file: z.string().trim().min(1) }),
    output: z.object({ claimsSubmitted: z.number().int(), alreadySent: z.boolean() }),
    access: 'claims.submit',
    audit: 'export',
  }),
}
