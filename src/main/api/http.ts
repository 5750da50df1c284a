import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { OP_NAMES } from '../../shared/api'
import type { Router } from './router'
import { Session } from './session'

/**
 * The loopback transport: the same router as the desktop app, reachable only from this machine
 * and only by whoever holds the per-launch token (printed once in the start-up link).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // 'unsafe-inline' styles stay: Mantine (the UI kit) writes its theme as an injected <style>
  // element and sizes components through style="" attributes (CSS variables); without it the app
  // renders unstyled. Scripts stay 'self' only, so this does not allow injected code to run.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const COOKIE = 'claimdesk_session'
const TOKEN_HEADER = 'x-claimdesk-token'
const SHIM_PATH = '/__claimdesk/api.js'
const MAX_BODY_BYTES = 64 * 1024 * 1024
/** Bodies above this size count as large; only a few may be read at once. */
const LARGE_BODY_BYTES = 1024 * 1024
const MAX_LARGE_BODIES = 2
/** Browsers (sessions) kept at once; the oldest one nobody is signed in to goes first. */
const MAX_CLIENTS = 64

/** One browser: its own session (sign-in, lock) and the call token only its own page learns. */
interface Client {
  id: string
  callToken: string
  session: Session
  created: number
}

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

export interface WebServer {
  url: string
  /** The link to open: carries the token once, then a cookie does. */
  entryUrl: string
  token: string
  port: number
  close(): Promise<void>
}

export interface WebServerOptions {
  router: Router
  rendererDir: string
  port?: number
  token?: string
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('hex')
  const clients = new Map<string, Client>()
  let largeBodies = 0
  let port = 0

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof HttpRefusal) {
        if (!res.headersSent) {
          res.setHeader('Connection', 'close')
          refuse(res, err.status, err.message)
        } else res.end()
        return
      }
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'ClaimDesk server error')
      else res.end()
    })
  })

  function newClient(): Client {
    if (clients.size >= MAX_CLIENTS) {
      const idle =
        [...clients.values()].find((c) => !c.session.user) ?? clients.values().next().value
      if (idle) clients.delete(idle.id)
    }
    const client: Client = {
      id: randomBytes(32).toString('hex'),
      callToken: randomBytes(32).toString('hex'),
      session: new Session('http'),
      created: Date.now(),
    }
    clients.set(client.id, client)
    return client
  }

  function clientOf(req: IncomingMessage): Client | null {
    const id = cookieValue(req, COOKIE)
    return id ? (clients.get(id) ?? null) : null
  }

  /** Same origin as this server: the only pages allowed to call it from a browser. */
  function ownOrigins(): string[] {
    return [`http://127.0.0.1:${port}`, `http://localhost:${port}`]
  }

  /**
   * A browser request made by another page (another port on this computer is "same-site", so
   * SameSite cookies alone do not stop it). Fetch metadata first; without it, Origin/Referer.
   */
  function crossSite(req: IncomingMessage, opts: { navigation: boolean }): boolean {
    const origin = headerValue(req, 'origin')
    if (origin !== null && !ownOrigins().includes(origin)) return true
    const site = headerValue(req, 'sec-fetch-site')
    if (site === null || site === 'same-origin') return false
    return !(opts.navigation && site === 'none')
  }

  /** The script that carries a call token: only for our own page, never for a foreign one. */
  function shimAllowed(req: IncomingMessage): boolean {
    const site = headerValue(req, 'sec-fetch-site')
    if (site !== null) return site === 'same-origin'
    const referer = headerValue(req, 'referer')
    if (referer === null) return false
    return ownOrigins().some((o) => referer === o || referer.startsWith(`${o}/`))
  }

  function readBody(req: IncomingMessage): Promise<unknown> {
    const declared = Number(req.headers['content-length'] ?? NaN)
    if (declared > MAX_BODY_BYTES) {
      return Promise.reject(new HttpRefusal(413, 'The request is too large for ClaimDesk.'))
    }
    const large = !(declared <= LARGE_BODY_BYTES)
    if (large && largeBodies >= MAX_LARGE_BODIES) {
      return Promise.reject(
        new HttpRefusal(503, 'ClaimDesk is busy receiving other large requests; try again.'),
      )
    }
    if (large) largeBodies += 1
    return readJson(req).finally(() => {
      if (large) largeBodies -= 1
    })
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopback(req.socket.remoteAddress))
      return refuse(res, 403, 'Only this computer may use ClaimDesk.')
    // Refusing foreign Host headers stops a web page from reaching us through DNS rebinding.
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return refuse(res, 403, 'Unexpected Host header.')
    }
    let url: URL
    try {
      url = new URL(req.url ?? '/', `http://${host}`)
      decodeURIComponent(url.pathname)
    } catch {
      return refuse(res, 400, 'The address is not valid.')
    }

    if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      if (!sameToken(url.searchParams.get('token'), token))
        return refuse(res, 401, 'That link has an old or wrong token.')
      if (crossSite(req, { navigation: true }))
        return refuse(res, 403, 'Open the ClaimDesk link directly, not from another page.')
      // Every browser that opens the link gets its own session: signing in, locking and signing
      // out in one never reaches another, even one that also holds the launch link.
      const client = newClient()
      res.writeHead(303, {
        'Set-Cookie': `${COOKIE}=${client.id}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
      })
      return void res.end()
    }

    if (url.pathname === '/api/call') {
      if (crossSite(req, { navigation: false }))
        return refuse(res, 403, 'Calls from other pages are not accepted.')
      // The header, not the cookie, authorizes calls: another site can make a browser send our
      // cookie, but it cannot set a custom header without a CORS preflight we never answer.
      const given = headerValue(req, TOKEN_HEADER)
      const client = clientOf(req)
      let session: Session
      if (client && sameToken(given, client.callToken)) session = client.session
      else if (!client && sameToken(given, token)) {
        // A script holding the launch token but no browser session: a session for this call
        // only, so it can never borrow a signed-in browser's session.
        session = new Session('http')
      } else return refuse(res, 401, 'Missing or wrong ClaimDesk token.')
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST.')
      const body = await readBody(req)
      if (body === undefined)
        return sendJson(res, 400, {
          ok: false,
          error: { code: 'invalid_input', message: 'The request body was not JSON.' },
        })
      const { op, input } = (body ?? {}) as { op?: unknown; input?: unknown }
      const result = await options.router.call(op, input, session)
      return sendJson(res, 200, result)
    }

    const client = clientOf(req)
    if (!client) {
      return refuse(res, 401, 'Open ClaimDesk with the link printed when the server started.')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET.')
    if (url.pathname === SHIM_PATH) {
      if (!shimAllowed(req)) return refuse(res, 403, 'This script is only for the ClaimDesk page.')
      return send(res, 200, TYPES['.js']!, shimScript(client.callToken))
    }
    return serveStatic(res, options.rendererDir, url.pathname)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const base = `http://127.0.0.1:${port}`
  return {
    url: `${base}/`,
    entryUrl: `${base}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        clients.clear()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

async function serveStatic(res: ServerResponse, root: string, pathname: string): Promise<void> {
  const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '')
  const file = normalize(join(root, rel))
  if (file !== root && !file.startsWith(root + sep)) return refuse(res, 404, 'Not found.')
  let content: Buffer
  try {
    content = await readFile(file)
  } catch {
    return refuse(res, 404, 'Not found.')
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream'
  if (rel === 'index.html') {
    // The bridge must exist before the app's own module runs.
    const html = content
      .toString('utf8')
      .replace('<head>', `<head><script src="${SHIM_PATH}"></script>`)
    return send(res, 200, type, html)
  }
  send(res, 200, type, content)
}

/** The browser's stand-in for the preload bridge: same `window.api`, one function per op. */
function shimScript(token: string): string {
  return `(() => {
  const token = ${JSON.stringify(token)};
  const names = ${JSON.stringify(OP_NAMES)};
  const api = {};
  for (const op of names) {
    api[op] = (input) => fetch('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', '${TOKEN_HEADER}': token },
      body: JSON.stringify({ op, input: input ?? {} }),
    }).then((r) => r.json()).catch((e) => ({
      ok: false,
      error: { code: 'unavailable', message: 'ClaimDesk is not reachable: ' + e.message },
    }));
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api) });
})();
`
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    // Our own page's requests carry a Referer (the fallback when fetch metadata is missing).
    'Referrer-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value))
}

function refuse(res: ServerResponse, status: number, message: string): void {
  send(res, status, 'text/plain; charset=utf-8', message)
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    req.on('data', (chunk: Buffer) => {
      if (over) return
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        over = true
        chunks.length = 0
        // Answer 413 rather than drop the connection, then stop reading.
        reject(new HttpRefusal(413, 'The request is too large for ClaimDesk.'))
        req.pause()
      } else chunks.push(chunk)
    })
    req.on('end', () => {
      if (over) return
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      } catch {
        resolve(undefined)
      }
    })
    req.on('error', reject)
  })
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name]
  return typeof v === 'string' ? v : null
}

function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...rest] = part.trim().split('=')
    if (k === name) return rest.join('=')
  }
  return null
}

function sameToken(given: string | null, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')
}
