import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { answer999, answerTA1 } from '../../support/clearinghouse-simulator'
import { claimPractice, importText, sendClaims, statusOf, type ClaimPractice } from './ack-practice'

describe('999 and TA1 acknowledgments', () => {
  let p: ClaimPractice
  beforeEach(async () => {
    p = await claimPractice()
  })
  afterEach(() => p.close())

  it('a 999 accepting the batch moves every claim to accepted by the clearinghouse', async () => {
    const sent = await sendClaims(p, 3)
    const { file, duplicate } = await importText(p, answer999(sent.content), 'renamed.txt')
    expect(duplicate).toBe(false)
    expect(file.kind).toBe('999')
    expect(file.status).toBe('processed')
    expect(file.outcome).toBe(`Batch ${sent.fileName} accepted: 3 claims accepted.`)
    for (const id of sent.ids) {
      expect(await statusOf(p, id)).toBe('accepted')
      const acks = await p.run('claims.acknowledgments', { claimId: id })
      expect(acks).toHaveLength(1)
      expect(acks[0]).toMatchObject({ kind: '999', status: 'accepted', fileId: file.id })
      expect(acks[0]!.explanation).toContain('Accepted')
      const history = (await p.run('claims.get', { claimId: id })).history.at(-1)!
      expect(history).toMatchObject({
        from: 'submitted',
        to: 'accepted',
        sourceFile: 'renamed.txt',
      })
    }
  })

  it('a 999 accepted with errors keeps each error in plain words with its segment and claim', async () => {
    const sent = await sendClaims(p, 2)
    const pcn = sent.pcns[1]!
    const { file } = await importText(
      p,
      answer999(sent.content, { errors: [{ patientControlNumber: pcn, badValue: '99' }] }),
    )
    expect(file.outcome).toBe(
      `Batch ${sent.fileName} accepted with errors: 2 claims accepted, 1 error.`,
    )
    expect(await statusOf(p, sent.ids[1]!)).toBe('accepted')
    const [ack] = await p.run('claims.acknowledgments', { claimId: sent.ids[1]! })
    expect(ack!.explanation).toMatch(/Accepted but errors were noted/)
    expect(ack!.explanation).toMatch(
      /segment CLM at position \d+ \(loop 2300\): Segment has data element errors; CLM05 \(element 1331\): Invalid code value "99"/,
    )
    const detail = await p.run('inbox.get', { fileId: file.id })
    expect(detail.detail).toMatchObject({
      errors: [{ segment: 'CLM', loop: '2300', patientControlNumber: pcn }],
    })
    expect(detail.text.split('\n')[0]).toMatch(/^ISA\*/)
    expect(detail.acknowledgments.map((a) => a.patientControlNumber).sort()).toEqual(
      [...sent.pcns].sort(),
    )
    // The other claim's answer carries no error of its neighbour.
    const [other] = await p.run('claims.acknowledgments', { claimId: sent.ids[0]! })
    expect(other!.explanation).not.toContain('CLM05')
  })

  it('a 999 rejecting the transaction sends its claims back to be fixed, on the rejections list', async () => {
    const sent = await sendClaims(p, 2)
    const { file } = await importText(
      p,
      answer999(sent.content, {
        rejectTransactions: ['0001'],
        errors: [{ patientControlNumber: sent.pcns[0]!, elementCode: '1' }],
      }),
    )
    expect(file.outcome).toBe(
      `Batch ${sent.fileName} rejected: 0 claims accepted, 2 rejected and back to be fixed, 1 error.`,
    )
    for (const id of sent.ids) expect(await statusOf(p, id)).toBe('rejected')
    const list = await p.run('claims.rejections', {})
    expect(list.map((r) => r.claimId).sort()).toEqual([...sent.ids].sort())
    const first = list.find((r) => r.claimId === sent.ids[0])!
    expect(first.kind).toBe('999')
    expect(first.reason).toMatch(/Rejected \(One or more segments in error\)/)
    expect(first.reason).toMatch(/CLM05 \(element 1331\): Required data element missing/)
    const history = (await p.run('claims.get', { claimId: sent.ids[0]! })).history.at(-1)!
    expect(history.reason).toMatch(/^Rejected by the clearinghouse \(999\): segment CLM/)
  })

  it('a TA1 rejecting the interchange says why and sends every claim of the batch back', async () => {
    const sent = await sendClaims(p, 2)
    const { file } = await importText(p, answerTA1(sent.content, { status: 'R', note: '020' }))
    expect(file.kind).toBe('TA1')
    expect(file.outcome).toMatch(
      new RegExp(`^Batch ${sent.fileName} rejected as a whole: Invalid test indicator value`),
    )
    for (const id of sent.ids) expect(await statusOf(p, id)).toBe('rejected')
    const [ack] = await p.run('claims.acknowledgments', { claimId: sent.ids[0]! })
    expect(ack).toMatchObject({ kind: 'TA1', status: 'rejected', codes: ['TA104:R', 'TA105:020'] })
  })

  it('a 999 for a batch ClaimDesk never sent is refused and changes nothing', async () => {
    const sent = await sendClaims(p, 1)
    const foreign = answer999(sent.content).replace('AK1*HC*1*', 'AK1*HC*424242*')
    const { file } = await importText(p, foreign)
    expect(file.status).toBe('refused')
    expect(file.outcome).toMatch(/functional group HC 424242, which ClaimDesk never sent/)
    expect(await statusOf(p, sent.ids[0]!)).toBe('submitted')
    expect(await p.run('claims.acknowledgments', { claimId: sent.ids[0]! })).toEqual([])
  })

  it('imports the same file once, whatever its name, and reads CRLF, indentation and a BOM', async () => {
    const sent = await sendClaims(p, 2)
    const text = '\uFEFF' + answer999(sent.content, { pretty: true })
    const bytes = Buffer.from(text, 'utf8').toString('base64')
    const [first] = await p.run('inbox.import', {
      files: [{ name: 'a.999', contentBase64: bytes }],
    })
    expect(first!.file.status).toBe('processed')
    const again = await p.run('inbox.import', {
      files: [{ name: 'copy-of-a.txt', contentBase64: bytes }],
    })
    expect(again[0]).toMatchObject({ duplicate: true, file: { id: first!.file.id } })
    expect(await p.run('claims.acknowledgments', { claimId: sent.ids[0]! })).toHaveLength(1)
    expect(await p.run('inbox.list', {})).toHaveLength(1)
  })

  it('keeps a vendor text report to read, and imports several files in one call', async () => {
    const sent = await sendClaims(p, 1)
    const report = 'FILE SUMMARY REPORT\r\nBatch received: 1 claim\r\nNo errors.\r\n'
    const results = await p.run('inbox.import', {
      files: [
        { name: 'summary.rpt', contentBase64: Buffer.from(report).toString('base64') },
        { name: 'x.dat', contentBase64: Buffer.from(answer999(sent.content)).toString('base64') },
      ],
    })
    expect(results.map((r) => [r.file.kind, r.file.status])).toEqual([
      ['text', 'stored'],
      ['999', 'processed'],
    ])
    const detail = await p.run('inbox.get', { fileId: results[0]!.file.id })
    expect(detail.text).toBe(report)
    const list = await p.run('inbox.list', {})
    expect(list.map((f) => f.originalName)).toEqual(['x.dat', 'summary.rpt'])
  })
})
