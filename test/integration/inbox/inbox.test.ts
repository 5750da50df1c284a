import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../src/main/errors'
import { fileContent, listFiles, receiveFile } from '../../../src/main/inbox/files'
import { detectKind } from '../../../src/main/inbox/kind'
import { importInbound, previewInbound, type Processors } from '../../../src/main/inbox/process'
import { makeStore } from '../store/store-fixture'

const isa = (gs: string) =>
  'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*CLAIMDESK      *261205*1200*^*00501*000000001*0*T*:~' +
  `${gs}~ST*999*0001*005010X231A1~SE*2*0001~GE*1*1~IEA*1*000000001~`

const ctx = { user: 'dana', at: '2026-12-05T12:00:00.000Z' }
const bytes = (text: string) => Buffer.from(text, 'latin1')

describe('the inbox', () => {
  it('tells a file by its content, never by its name', () => {
    expect(detectKind(bytes(isa('GS*FA*CH*CD*20261205*1200*1*X*005010X231A1')))).toBe('999')
    expect(detectKind(bytes(isa('GS*HN*CH*CD*20261205*1200*1*X*005010X214')))).toBe('277CA')
    expect(detectKind(bytes(isa('GS*HP*CH*CD*20261205*1200*1*X*005010X221A1')))).toBe('835')
    expect(
      detectKind(Buffer.from('\uFEFF' + isa('GS*HP*CH*CD*20261205*1200*1*X*005010X221A1'), 'utf8')),
    ).toBe('835')
    const ta1 =
      'ISA*00*          *00*          *ZZ*CLEARINGHOUSE  *ZZ*CLAIMDESK      *261205*1200*^*00501*000000002*0*T*:~' +
      'TA1*000000001*261205*1200*R*006~IEA*0*000000002~'
    expect(detectKind(bytes(ta1))).toBe('TA1')
    expect(detectKind(bytes('FILE SUMMARY REPORT\r\nBatch 17 received: 12 claims\r\n'))).toBe(
      'text',
    )
    expect(detectKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toBe('unknown')
  })

  it('keeps the same bytes once and processes them once', () => {
    const store = makeStore()
    let runs = 0
    const processors: Processors = {
      '999': () => {
        runs++
        return { outcome: 'Batch accepted', detail: { claims: 2 } }
      },
    }
    const input = {
      bytes: bytes(isa('GS*FA*CH*CD*20261205*1200*1*X*005010X231A1')),
      name: 'a.999',
      source: 'manual' as const,
    }
    const first = importInbound(store.db, processors, input, ctx)
    const again = importInbound(store.db, processors, { ...input, name: 'renamed.txt' }, ctx)
    expect(first.duplicate).toBe(false)
    expect(first.file.status).toBe('processed')
    expect(first.file.outcome).toBe('Batch accepted')
    expect(again.duplicate).toBe(true)
    expect(again.file.id).toBe(first.file.id)
    expect(runs).toBe(1)
    expect(listFiles(store.db, { limit: 10 })).toHaveLength(1)
  })

  it('applies a file stored before a crash but never processed, once, when it comes again', () => {
    const store = makeStore()
    let runs = 0
    const processors: Processors = {
      '999': () => {
        runs++
        return { outcome: 'Batch accepted', detail: {} }
      },
    }
    const input = {
      bytes: bytes(isa('GS*FA*CH*CD*20261205*1200*1*X*005010X231A1')),
      name: 'a.999',
      source: 'manual' as const,
    }
    // What a kill between storing the raw file and processing it leaves behind.
    receiveFile(store.db, { ...input, user: ctx.user, at: ctx.at })
    const again = importInbound(store.db, processors, input, ctx)
    expect(again).toMatchObject({ duplicate: false, file: { status: 'processed' } })
    expect(importInbound(store.db, processors, input, ctx).duplicate).toBe(true)
    expect(runs).toBe(1)
  })

  it('rolls back everything a refused file wrote and records why', () => {
    const store = makeStore()
    const processors: Processors = {
      '835': (db) => {
        db.prepare("INSERT INTO settings (key, value) VALUES ('probe', '1')").run()
        throw new DomainError('conflict', 'The payment does not balance: BPR02 $10.00 ≠ $9.00')
      },
    }
    const input = {
      bytes: bytes(isa('GS*HP*CH*CD*20261205*1200*1*X*005010X221A1')),
      name: 'era.835',
      source: 'manual' as const,
    }
    const result = importInbound(store.db, processors, input, ctx)
    expect(result.file.status).toBe('refused')
    expect(result.file.outcome).toContain('does not balance')
    expect(store.db.prepare("SELECT * FROM settings WHERE key = 'probe'").get()).toBeUndefined()
  })

  it('previews what a file would do and keeps nothing, not even the file', () => {
    const store = makeStore()
    const processors: Processors = {
      '835': (db) => {
        db.prepare("INSERT INTO settings (key, value) VALUES ('probe', '1')").run()
        return { outcome: 'Would post 1 claim', detail: {} }
      },
    }
    const input = {
      bytes: bytes(isa('GS*HP*CH*CD*20261205*1200*1*X*005010X221A1')),
      name: 'era.835',
      source: 'manual' as const,
    }
    const preview = previewInbound(store.db, processors, input, ctx)
    expect(preview.file.outcome).toBe('Would post 1 claim')
    expect(listFiles(store.db, { limit: 10 })).toHaveLength(0)
    expect(store.db.prepare("SELECT * FROM settings WHERE key = 'probe'").get()).toBeUndefined()
  })

  it('keeps X12 deflated and gives back the bytes received; bytes that do not shrink stay raw', () => {
    const store = makeStore()
    const era = bytes(
      isa('GS*HP*CH*CD*20261205*1200*1*X*005010X221A1') +
        'CLP*100001-1-1*1*125*80*20*MC*PAYER0001*11*1~'.repeat(2000),
    )
    const noise = randomBytes(4096)
    const kept = [era, noise].map((b, i) => {
      const r = receiveFile(store.db, { bytes: b, name: `f${i}`, source: 'manual', ...ctx })
      return {
        id: r.file.id,
        row: store.db
          .prepare(
            'SELECT length(content) AS size, packing FROM inbound_file_contents WHERE file_id = ?',
          )
          .get(r.file.id) as { size: number; packing: string },
      }
    })
    expect(kept[0]!.row.packing).toBe('deflate')
    expect(kept[0]!.row.size).toBeLessThan(era.length / 10)
    expect(kept[1]!.row).toEqual({ size: 4096, packing: 'raw' })
    expect(fileContent(store.db, kept[0]!.id).equals(era)).toBe(true)
    expect(fileContent(store.db, kept[1]!.id).equals(noise)).toBe(true)
    // A file stored before packing existed is read as it was stored.
    const old = receiveFile(store.db, {
      bytes: bytes('plain text, stored long ago'),
      name: 'old',
      source: 'manual',
      ...ctx,
    })
    store.db
      .prepare("UPDATE inbound_file_contents SET content = ?, packing = 'raw' WHERE file_id = ?")
      .run(bytes('plain text, stored long ago'), old.file.id)
    expect(fileContent(store.db, old.file.id).toString('latin1')).toBe(
      'plain text, stored long ago',
    )
  })
})
