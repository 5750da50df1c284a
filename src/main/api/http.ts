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
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const COOKIE = 'claimdesk_token'
const TOKEN_HEADER = 'x-claimdesk-token'
const SHIM_PATH = '/__claimdesk/api.js'
const MAX_BODY_BYTES = 64 * 1024 * 1024

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
  const session = new Session('http')
  let port = 0

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'ClaimDesk server error')
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopback(req.socket.remoteAddress))
      return refuse(res, 403, 'Only this computer may use ClaimDesk.')
    // Refusing foreign Host headers stops a web page from reaching us through DNS rebinding.
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return refuse(res, 403, 'Unexpected Host header.')
    }
    const url = new URL(req.url ?? '/', `http://${host}`)

    if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      if (!sameToken(url.searchParams.get('token'), token))
        return refuse(res, 401, 'That link has an old or wrong token.')
      res.writeHead(303, {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
      })
      return void res.end()
    }

    if (url.pathname === '/api/call') {
      // The header, not the cookie, authorizes calls: another site can make a browser send our
      // cookie, but it cannot set a custom header without a CORS preflight we never answer.
      if (!sameToken(headerValue(req, TOKEN_HEADER), token))
        return refuse(res, 401, 'Missing or wrong ClaimDesk token.')
      if (req.method !== 'POST') return refuse(res, 405, 'Use POST.')
      const body = await readJson(req)
      if (body === undefined)
        return sendJson(res, 400, {
          ok: false,
          error: { code: 'invalid_input', message: 'The request body was not JSON.' },
        })
      const { op, input } = (body ?? {}) as { op?: unknown; input?: unknown }
      const result = await options.router.call(op, input, session)
      return sendJson(res, 200, result)
    }

    if (
      !sameToken(cookieValue(req, COOKIE), token) &&
      !sameToken(headerValue(req, TOKEN_HEADER), token)
    ) {
      return refuse(res, 401, 'Open ClaimDesk with the link printed when the server started.')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Use GET.')
    if (url.pathname === SHIM_PATH) return send(res, 200, TYPES['.js']!, shimScript(token))
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
    'Referrer-Policy': 'no-referrer',
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
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        req.destroy()
        reject(new Error('body too large'))
      } else chunks.push(chunk)
    })
    req.on('end', () => {
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
