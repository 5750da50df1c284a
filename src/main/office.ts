import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { StoreStatus } from '../shared/ops/app'
import type { AuditEvent } from './api/router'
import type { Session } from './api/session'
import { APP_VERSION } from './version'

export const DB_FILE = 'claimdesk.db'

/**
 * The practice's office as main sees it: one data folder, its store, and the people signed in.
 * Every transport's sessions share one Office.
 */
export class Office {
  readonly version = APP_VERSION

  constructor(readonly dataDir: string) {}

  get dbPath(): string {
    return join(this.dataDir, DB_FILE)
  }

  storeStatus(): StoreStatus {
    return existsSync(this.dbPath) ? 'closed' : 'absent'
  }

  recordCall(_event: AuditEvent, _session: Session): void {}
}
