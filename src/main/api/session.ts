import { randomUUID } from 'node:crypto'
import type { Role } from '../../shared/permissions'

export interface SessionUser {
  id: number
  username: string
  fullName: string
  role: Role
  mustChangePassword: boolean
}

/**
 * One window (IPC), one browser tab set (HTTP) or one CLI run. Holds who is signed in and
 * whether the screen is locked; the store itself is shared by all sessions of the office.
 */
export class Session {
  readonly id = randomUUID()
  user: SessionUser | null = null
  locked = false
  lastActivity = 0

  constructor(readonly origin: 'ipc' | 'http' | 'cli') {}

  touch(now: number): void {
    this.lastActivity = now
  }
}
