import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../../src/main/api/http'
import { ADMIN, newPractice, type TestPractice } from '../../support/practice'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(
  server: WebServer,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
      },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}

/** A browser opening the launch link: its cookie and the call token its own page's script holds. */
async function browser(server: WebServer) {
  const entry = await send(server, `/?token=${server.token}`, {
    headers: { 'sec-fetch-site': 'none' },
  })
  expect(entry.status).toBe(303)
  const cookie = String(entry.headers['set-cookie']).split(';')[0]!
  const shim = await send(server, '/__claimdesk/api.js', {
    headers: { cookie, 'sec-fetch-site': 'same-origin' },
  })
  expect(shim.status).toBe(200)
  const callToken = /const token = "([0-9a-f]+)"/.exec(shim.body)![1]!
  const origin = `http://127.0.0.1:${server.port}`
  const call = async (op: string, input: unknown = {}, extra: Record<string, string> = {}) => {
    const r = await send(server, '/api/call', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie,
        'x-claimdesk-token': callToken,
        origin,
        'sec-fetch-site': 'same-origin',
        ...extra,
      },
      body: JSON.stringify({ op, input }),
    })
    return { status: r.status, json: r.status === 200 ? JSON.parse(r.body) : r.body }
  }
  return { cookie, callToken, call }
}

describe('HTTP transport: token and session per client', () => {
  let practice: TestPractice
  let server: WebServer

  beforeEach(async () => {
    practice = await newPractice()
    const renderer = join(practice.dir, 'renderer')
    mkdirSync(renderer)
    writeFileSync(
      join(renderer, 'index.html'),
      '<!doctype html><html><head></head><body></body></html>',
    )
    server = await startWebServer({ router: practice.router, rendererDir: renderer })
  })
  afterEach(async () => {
    await server.close()
    practice.close()
  })

  it('does not hand the script with the token to a page on another local port', async () => {
    const { cookie } = await browser(server)
    // <script src="http://127.0.0.1:PORT/__claimdesk/api.js"> on http://127.0.0.1:8080
    const crossSite = await send(server, '/__claimdesk/api.js', {
      headers: { cookie, 'sec-fetch-site': 'same-site', referer: 'http://127.0.0.1:8080/' },
    })
    expect(crossSite.status).toBe(403)
    expect(crossSite.body).not.toMatch(/[0-9a-f]{64}/)
    // Old browsers without fetch metadata: the Referer must be our own page.
    const foreign = await send(server, '/__claimdesk/api.js', {
      headers: { cookie, referer: 'http://127.0.0.1:8080/evil.html' },
    })
    expect(foreign.status).toBe(403)
    const own = await send(server, '/__claimdesk/api.js', {
      headers: { cookie, referer: `http://127.0.0.1:${server.port}/` },
    })
    expect(own.status).toBe(200)
    expect(own.body).not.toContain(server.token)
  })

  it('refuses calls whose Origin is another page, even with the right cookie and token', async () => {
    const a = await browser(server)
    const evil = await a.call(
      'app.info',
      {},
      {
        origin: 'http://127.0.0.1:8080',
        'sec-fetch-site': 'same-site',
      },
    )
    expect(evil.status).toBe(403)
    const evilOrigin = await a.call('app.info', {}, { origin: 'http://127.0.0.1:8080' })
    expect(evilOrigin.status).toBe(403)
    expect((await a.call('app.info')).status).toBe(200)
  })

  it('gives every browser its own session: a second client holding the token is not signed in', async () => {
    const a = await browser(server)
    const login = await a.call('auth.login', { username: ADMIN.username, password: ADMIN.password })
    expect(login.json).toMatchObject({ ok: true })
    expect((await a.call('auth.session')).json).toMatchObject({
      ok: true,
      value: { signedIn: true },
    })

    const b = await browser(server)
    expect((await b.call('auth.session')).json).toMatchObject({
      ok: true,
      value: { signedIn: false },
    })
    expect((await b.call('patients.search', { query: 'Test' })).json).toMatchObject({
      ok: false,
      error: { code: 'not_signed_in' },
    })
    // B's call token does not work with A's cookie, nor the launch token with a browser cookie.
    const mixed = await send(server, '/api/call', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: a.cookie,
        'x-claimdesk-token': b.callToken,
      },
      body: JSON.stringify({ op: 'auth.session', input: {} }),
    })
    expect(mixed.status).toBe(401)
    const launch = await send(server, '/api/call', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: a.cookie,
        'x-claimdesk-token': server.token,
      },
      body: JSON.stringify({ op: 'auth.session', input: {} }),
    })
    expect(launch.status).toBe(401)
    // The launch token alone gives a session for that call only, never A's.
    const bare = await send(server, '/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-claimdesk-token': server.token },
      body: JSON.stringify({ op: 'auth.session', input: {} }),
    })
    expect(JSON.parse(bare.body)).toMatchObject({ ok: true, value: { signedIn: false } })

    // Locking B's own sign-in does not lock A.
    await b.call('auth.login', { username: ADMIN.username, password: ADMIN.password })
    await b.call('auth.lock')
    expect((await b.call('auth.session')).json).toMatchObject({ value: { locked: true } })
    expect((await a.call('auth.session')).json).toMatchObject({
      value: { locked: false, signedIn: true },
    })
  })
})

describe('HTTP transport: malformed and oversized requests', () => {
  let practice: TestPractice
  let server: WebServer

  beforeEach(async () => {
    practice = await newPractice()
    const renderer = join(practice.dir, 'renderer')
    mkdirSync(renderer)
    writeFileSync(
      join(renderer, 'index.html'),
      '<!doctype html><html><head></head><body></body></html>',
    )
    server = await startWebServer({ router: practice.router, rendererDir: renderer })
  })
  afterEach(async () => {
    await server.close()
    practice.close()
  })

  it('answers bad percent-encoding with 400, not 500', async () => {
    const { cookie } = await browser(server)
    const reply = await send(server, '/%E0%A4%A', { headers: { cookie } })
    expect(reply.status).toBe(400)
  })

  it('answers a body over the limit with 413', async () => {
    const { cookie, callToken } = await browser(server)
    const reply = await send(server, '/api/call', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie,
        'x-claimdesk-token': callToken,
        'content-length': String(65 * 1024 * 1024),
      },
    })
    expect(reply.status).toBe(413)
  })

  it('caps how many large bodies are read at once', async () => {
    const { cookie, callToken } = await browser(server)
    const headers = {
      'content-type': 'application/json',
      cookie,
      'x-claimdesk-token': callToken,
      'content-length': String(8 * 1024 * 1024),
    }
    // Two slow uploads that never finish hold both places…
    const slow = [0, 1].map(() => {
      const req = request({
        host: '127.0.0.1',
        port: server.port,
        path: '/api/call',
        method: 'POST',
        headers,
      })
      req.on('error', () => undefined)
      req.write('{"op":"app.info","input":{"pad":"')
      return req
    })
    await new Promise((r) => setTimeout(r, 200))
    const third = await send(server, '/api/call', { method: 'POST', headers, body: '{}' }).catch(
      () => ({ status: 0 }),
    )
    expect(third.status).toBe(503)
    for (const r of slow) r.destroy()
  })
})
