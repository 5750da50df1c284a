import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_ENV, runCli } from '../../support/cli'
import { answer277ca, answer999 } from '../../support/clearinghouse-simulator'
import { claimPractice, sendClaims, type ClaimPractice, type Sent } from './ack-practice'

describe('claimdesk inbox', () => {
  let p: ClaimPractice
  let sent: Sent
  const cli = (...args: string[]) => runCli(p.dir, args, ADMIN_ENV)

  beforeAll(async () => {
    p = await claimPractice(() => new Date())
    sent = await sendClaims(p, 2)
    p.office.close()
  }, 120_000)
  afterAll(() => p.close())

  it('imports files by hand, telling each by its content, and lists them', () => {
    const ack = join(p.dir, 'download-1.txt')
    const status = join(p.dir, 'download-2.txt')
    const report = join(p.dir, 'report.txt')
    writeFileSync(ack, answer999(sent.content))
    writeFileSync(
      status,
      answer277ca(sent.content, { reject: { [sent.pcns[1]!]: 'A7:562:85' }, pretty: true }),
    )
    writeFileSync(report, 'ERROR REPORT\nNo errors found in batch.\n')
    const imported = cli('inbox', 'import', ack, status, report)
    expect(imported.err).toBe('')
    expect(imported.code).toBe(0)
    expect(imported.out).toContain(
      `download-1.txt: 999 processed — Batch ${sent.fileName} accepted`,
    )
    expect(imported.out).toContain(
      'download-2.txt: 277CA processed — 277CA: 1 claim accepted into adjudication, 1 rejected',
    )
    expect(imported.out).toContain('report.txt: text stored — Kept as a text report to read.')

    const again = cli('inbox', 'import', ack)
    expect(again.code).toBe(0)
    expect(again.out).toContain('already received: nothing new applied')

    const listed = cli('inbox', 'list', '--json')
    expect(listed.code).toBe(0)
    const files = JSON.parse(listed.out) as { kind: string; originalName: string; status: string }[]
    expect(files.map((f) => [f.originalName, f.kind, f.status])).toEqual([
      ['report.txt', 'text', 'stored'],
      ['download-2.txt', '277CA', 'processed'],
      ['download-1.txt', '999', 'processed'],
    ])
    const lines = cli('inbox', 'list')
    expect(lines.out.split('\n')[0]).toMatch(
      /^#3\s+\d{4}-\d\d-\d\d \d\d:\d\d {2}text\s+stored\s+report\.txt/,
    )
  }, 180_000)

  it('says which file was refused and exits non-zero', () => {
    const bad = join(p.dir, 'bad.999')
    writeFileSync(bad, answer999(sent.content).replace(/AK1\*HC\*\d+\*/, 'AK1*HC*999999*'))
    const r = cli('inbox', 'import', bad)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/bad\.999: 999 refused — This 999 answers functional group HC 999999/)
    expect(r.err).toMatch(/1 of 1 file was refused: nothing of it was applied/)
  }, 60_000)
})
