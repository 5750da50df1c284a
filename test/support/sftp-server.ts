/**
 * A real OpenSSH server (Debian's /usr/sbin/sshd) for the clearinghouse tests: on 127.0.0.1 on a
 * free high port, with its own host key, config and authorized key in a temp folder, a dedicated
 * local user (claimdesk-sftp) who may sign in with a key or a password, and the internal-sftp
 * subsystem only. Needs root (sshd authenticates a local user); `sftpUnavailable()` says why not.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer, connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const SFTP_USER = 'claimdesk-sftp'
export const SFTP_PASSWORD = 'sftp test password 7'
const SSHD = '/usr/sbin/sshd'

/** Why the tests cannot start an sshd here, or null when they can. */
export function sftpUnavailable(): string | null {
  if (!existsSync(SSHD)) return `${SSHD} is not installed (Debian package openssh-server)`
  if (process.getuid?.() !== 0) return 'sshd must run as root to sign in a local test user'
  return null
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

function ensureUser(): { uid: number; gid: number } {
  // Several test files start servers at once: useradd and chpasswd lock /etc/passwd and
  // /etc/shadow, so one may find the other holding the lock (or the user just made); retry.
  for (let attempt = 1; ; attempt++) {
    try {
      try {
        execFileSync('id', ['-u', SFTP_USER], { stdio: 'pipe' })
      } catch {
        execFileSync(
          'useradd',
          ['-M', '-d', '/nonexistent', '-s', '/usr/sbin/nologin', SFTP_USER],
          {
            stdio: 'pipe',
          },
        )
      }
      execFileSync('chpasswd', { input: `${SFTP_USER}:${SFTP_PASSWORD}\n`, stdio: 'pipe' })
      break
    } catch (err) {
      if (attempt >= 20) throw err
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250)
    }
  }
  const uid = Number(execFileSync('id', ['-u', SFTP_USER]).toString().trim())
  const gid = Number(execFileSync('id', ['-g', SFTP_USER]).toString().trim())
  return { uid, gid }
}

function keygen(file: string): void {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'claimdesk-test', '-f', file])
}

export function fingerprintFile(pub: string): string {
  const out = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', pub]).toString()
  const m = /SHA256:[A-Za-z0-9+/]+/.exec(out)
  if (!m) throw new Error(`no fingerprint in ${out}`)
  return m[0]
}

async function waitForPort(port: number, ms = 10_000): Promise<void> {
  const until = Date.now() + ms
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1')
      s.once('data', () => {
        s.destroy()
        resolve(true)
      })
      s.once('error', () => resolve(false))
    })
    if (ok) return
    if (Date.now() > until) throw new Error(`sshd did not start on port ${port}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

export interface SftpServer {
  host: string
  port: number
  user: string
  password: string
  /** The client's private key (OpenSSH format), authorized for the user. */
  privateKey: string
  /** The server's host key fingerprint, SHA256:… */
  fingerprint: string
  /** The server-side folder the remote paths below live in (absolute, the same on both sides). */
  root: string
  /** Remote path of a folder under root, created and owned by the test user. */
  folder(name: string): string
  /** Writes a file on the server side (as the test user would find it). */
  putFile(remotePath: string, content: string | Buffer): void
  stop(): Promise<void>
  start(): Promise<void>
  /** A new host key: the next connection presents a different fingerprint. */
  rotateHostKey(): Promise<string>
  remove(): Promise<void>
}

export async function startSftpServer(): Promise<SftpServer> {
  const why = sftpUnavailable()
  if (why) throw new Error(why)
  const { uid, gid } = ensureUser()
  mkdirSync('/run/sshd', { recursive: true })
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-sftp-'))
  chmodSync(dir, 0o755)
  const root = join(dir, 'srv')
  mkdirSync(root)
  chownSync(root, uid, gid)
  keygen(join(dir, 'host_ed25519'))
  keygen(join(dir, 'client_ed25519'))
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_ed25519.pub')))
  chmodSync(join(dir, 'authorized_keys'), 0o644)
  const port = await freePort()
  const config = join(dir, 'sshd_config')
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_ed25519')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'StrictModes no',
      'UsePAM no',
      'PasswordAuthentication yes',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      `AllowUsers ${SFTP_USER}`,
      'Subsystem sftp internal-sftp',
      'ForceCommand internal-sftp',
      'MaxStartups 50',
      'LogLevel ERROR',
      '',
    ].join('\n'),
  )
  let child: ChildProcess | null = null
  const server: SftpServer = {
    host: '127.0.0.1',
    port,
    user: SFTP_USER,
    password: SFTP_PASSWORD,
    privateKey: readFileSync(join(dir, 'client_ed25519'), 'utf8'),
    fingerprint: fingerprintFile(join(dir, 'host_ed25519.pub')),
    root,
    folder(name) {
      const path = join(root, name)
      mkdirSync(path, { recursive: true })
      let p = path
      while (p.startsWith(root) && p !== root) {
        chownSync(p, uid, gid)
        p = join(p, '..')
      }
      return path
    },
    putFile(remotePath, content) {
      writeFileSync(remotePath, content)
      chownSync(remotePath, uid, gid)
    },
    async start() {
      if (child) return
      const c = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] })
      c.stderr?.on('data', () => undefined)
      child = c
      await waitForPort(port)
    },
    async stop() {
      const c = child
      if (!c) return
      child = null
      await new Promise<void>((resolve) => {
        c.once('exit', () => resolve())
        c.kill('SIGTERM')
      })
    },
    async rotateHostKey() {
      await server.stop()
      rmSync(join(dir, 'host_ed25519'))
      rmSync(join(dir, 'host_ed25519.pub'))
      keygen(join(dir, 'host_ed25519'))
      server.fingerprint = fingerprintFile(join(dir, 'host_ed25519.pub'))
      await server.start()
      return server.fingerprint
    },
    async remove() {
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  await server.start()
  return server
}
