import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openOffice } from '../../../../src/main/api'
import { startWebServer, type WebServer } from '../../../../src/main/api/http'
import { tempDir } from '../../../support/temp'

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

describe('loopback HTTP transport', () => {
  let data: ReturnType<typeof tempDir>
  let server: WebServer
  let renderer: string

  beforeEach(async () => {
    data = tempDir()
    renderer = join(data.path, 'renderer')
    mkdirSync(renderer)
    writeFileSync(
      join(renderer, 'index.html'),
      '<!doctype html><html><head></head><body>app</body></html>',
    )
    writeFileSync(join(data.path, 'secret.txt'), 'outside the renderer folder')
    const { router } = openOffice(join(data.path, 'practice'))
    server = await startWebServer({ router, rendererDir: renderer })
  })
  afterEach(async () => {
    await server.close()
    data.remove()
  })

  const apiCall = (token: string | null, extra: Record<string, string> = {}) =>
    send(server, '/api/call', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { 'x-claimdesk-token': token } : {}),
        ...extra,
      },
      body: JSON.stringify({ op: 'app.info', input: {} }),
    })

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('answers a call that carries the launch token', async () => {
    const reply = await apiCall(server.token)
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'ClaimDesk' } })
  })

  it('refuses a call without the token or with a wrong one', async () => {
    expect((await apiCall(null)).status).toBe(401)
    expect((await apiCall('0'.repeat(64))).status).toBe(401)
    expect((await apiCall(server.token.slice(0, 10))).status).toBe(401)
  })

  it('refuses a call that has only the cookie, so other sites cannot forge one', async () => {
    const reply = await send(server, '/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `claimdesk_token=${server.token}` },
      body: JSON.stringify({ op: 'app.info', input: {} }),
    })
    expect(reply.status).toBe(401)
  })

  it('refuses a request whose Host is not this loopback address (DNS rebinding)', async () => {
    const reply = await apiCall(server.token, { host: `evil.example:${server.port}` })
    expect(reply.status).toBe(403)
  })

  it('refuses the page without the token, and trades the entry link for a cookie', async () => {
    expect((await send(server, '/')).status).toBe(401)
    expect((await send(server, '/?token=nope')).status).toBe(401)

    const entry = await send(server, `/?token=${server.token}`)
    expect(entry.status).toBe(303)
    const cookie = String(entry.headers['set-cookie']).split(';')[0]!
    expect(entry.headers['set-cookie']).toEqual([
      expect.stringContaining('HttpOnly; SameSite=Strict'),
    ])

    const page = await send(server, '/', { headers: { cookie } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<script src="/__claimdesk/api.js"></script>')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")

    const shim = await send(server, '/__claimdesk/api.js', {
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    })
    expect(shim.body).toContain('"app.info"')
  })

  it('serves nothing outside the renderer folder', async () => {
    const entry = await send(server, `/?token=${server.token}`)
    const cookie = String(entry.headers['set-cookie']).split(';')[0]!
    const reply = await send(server, '/..%2Fsecret.txt', { headers: { cookie } })
    expect(reply.status).toBe(404)
    expect(reply.body).not.toContain('outside the renderer folder')
  })

  it('answers malformed JSON with a clear error, not a crash', async () => {
    const reply = await send(server, '/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-claimdesk-token': server.token },
      body: '{not json',
    })
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
