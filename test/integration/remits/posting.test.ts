import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { patientBalance, visitLineBalances } from '../../../src/main/ledger/balances'
import { claimOf, eraClaim, reversalOf, write835 } from '../../support/era835'
import { officeVisit } from '../claims/claim-practice'
import { remitPractice, type RemitPractice } from './remit-practice'

let trace = 0
const nextTrace = () => `EFT${String(++trace).padStart(6, '0')}`

describe('posting an 835 remittance', () => {
  let p: RemitPractice
  const db = () => p.office.store.db
  const ledger = (claimId: number) =>
    db()
      .prepare(
        'SELECT kind, insurance_cents AS ins, patient_cents AS pat, group_code AS g, reason_code AS r, reverses_id AS rev FROM ledger_entries WHERE claim_id = ? ORDER BY id',
      )
      .all(claimId) as {
      kind: string
      ins: number
      pat: number
      g: string | null
      r: string | null
      rev: number | null
    }[]
  const count = (table: string) =>
    (db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

  beforeAll(async () => {
    p = await remitPractice()
  })
  afterAll(() => p.close())

  it('posts payment, contractual and patient responsibility (deductible, coinsurance, copay kept) per line, then closes the claim', async () => {
    const lines = [officeVisit(), officeVisit({ code: '36415', chargeCents: 2500 })]
    const { primary, visitId, patientId } = await p.submitted(lines)
    const claim = eraClaim(db(), primary, {
      pay: (_l, i) =>
        i === 0
          ? {
              paidCents: 6000,
              adjustments: [
                { group: 'CO', reason: '45', amountCents: 2500 },
                { group: 'PR', reason: '1', amountCents: 2000 },
                { group: 'PR', reason: '2', amountCents: 1000 },
                { group: 'PR', reason: '3', amountCents: 1000 },
              ],
            }
          : {},
    })
    const r = p.importEra(write835({ trace: nextTrace(), claims: [claim] }))
    expect(r.file.status).toBe('processed')
    expect(r.file.outcome).toBe('Posted 1 payment ($80.00) for 1 claim.')
    expect([...visitLineBalances(db(), visitId)]).toEqual([
      [1, { insuranceCents: 0, patientCents: 4000 }],
      [2, { insuranceCents: 0, patientCents: 0 }],
    ])
    expect(patientBalance(db(), patientId)).toEqual({ insuranceCents: 0, patientCents: 4000 })
    expect(
      ledger(primary)
        .filter((e) => e.kind === 'patient_responsibility')
        .map((e) => [e.r, e.ins, e.pat]),
    ).toEqual([
      ['1', -2000, 2000],
      ['2', -1000, 1000],
      ['3', -1000, 1000],
    ])
    const amounts = await p.run('claims.amounts', { claimId: primary })
    expect(amounts).toMatchObject({
      status: 'closed',
      outcome: 'paid',
      chargeCents: 15000,
      insurancePaidCents: 8000,
      contractualCents: 3000,
      patientResponsibilityCents: 4000,
      otherAdjustmentCents: 0,
      balanceCents: 0,
      payerClaimNumber: claim.payerClaimNumber,
    })
    expect(amounts.lines[0]!.carcs).toEqual(['CO-45', 'PR-1', 'PR-2', 'PR-3'])
    // Each line says where it came from: the 835 file (through its payment) and the claim.
    const posted = (await p.run('ledger.patient', { patientId })).lines.filter(
      (l) => l.kind !== 'charge',
    )
    expect(posted.length).toBe(7)
    for (const l of posted)
      expect(l.description).toContain(
        `835 file #${r.file.id} (${r.file.originalName}), claim ${amounts.patientControlNumber}`,
      )
    const payment = db()
      .prepare('SELECT method, amount_cents, trace_key, inbound_file_id FROM payments')
      .all()
    expect(payment).toContainEqual({
      method: 'eft',
      amount_cents: 8000,
      trace_key: `1512345678:EFT${String(trace).padStart(6, '0')}`,
      inbound_file_id: r.file.id,
    })
  })

  it.each(['2', '3'])('treats CLP02 %s as processed', async (code) => {
    const { primary } = await p.submitted()
    p.importEra(
      write835({
        trace: nextTrace(),
        method: 'CHK',
        claims: [eraClaim(db(), primary, { statusCode: code })],
      }),
    )
    expect(await p.run('claims.amounts', { claimId: primary })).toMatchObject({
      status: 'closed',
      outcome: 'paid',
      insurancePaidCents: 10000,
    })
  })

  it('records a denial (CLP02 4) as adjudicated, denied, with its CARC explained', async () => {
    const { primary } = await p.submitted()
    const denied = eraClaim(db(), primary, {
      statusCode: '4',
      pay: (l) => ({
        paidCents: 0,
        adjustments: [{ group: 'CO', reason: '50', amountCents: l.chargeCents }],
      }),
    })
    const r = p.importEra(write835({ trace: nextTrace(), claims: [denied] }))
    expect(r.file.status).toBe('processed')
    const amounts = await p.run('claims.amounts', { claimId: primary })
    expect(amounts).toMatchObject({ status: 'adjudicated', outcome: 'denied', carcs: ['CO-50'] })
    expect(amounts.lines[0]!.adjustments[0]).toMatchObject({ group: 'CO', reason: '50' })
  })

  it('calls a claim with one line paid and one denied partial', async () => {
    const { primary } = await p.submitted([
      officeVisit(),
      officeVisit({ code: '93000', chargeCents: 6000 }),
    ])
    const claim = eraClaim(db(), primary, {
      pay: (l, i) =>
        i === 1
          ? {
              paidCents: 0,
              adjustments: [{ group: 'CO', reason: '97', amountCents: l.chargeCents }],
            }
          : {},
    })
    p.importEra(write835({ trace: nextTrace(), claims: [claim] }))
    expect(await p.run('claims.amounts', { claimId: primary })).toMatchObject({
      outcome: 'partial',
      status: 'closed',
    })
  })

  it('releases the held secondary with the primary’s adjudication (CLP02 1)', async () => {
    const { primary, secondary } = await p.submitted(undefined, true)
    const claim = eraClaim(db(), primary, {
      pay: () => ({
        paidCents: 8000,
        adjustments: [
          { group: 'CO', reason: '45', amountCents: 2500 },
          { group: 'PR', reason: '2', amountCents: 2000 },
        ],
      }),
    })
    const r = p.importEra(write835({ trace: nextTrace(), claims: [claim] }))
    const detail = r.detail as { transactions: { claims: { releasedClaimIds: number[] }[] }[] }
    expect(detail.transactions[0]!.claims[0]!.releasedClaimIds).toEqual([secondary])
    // The file's record keeps the payment, not a claim posted without a note: that is in the ledger.
    expect(r.file.detail).toMatchObject({ transactions: [{ claimCount: 1, claims: [] }] })
    const sec = await p.run('claims.get', { claimId: secondary! })
    expect(sec.status).toBe('ready')
    expect((await p.run('claims.amounts', { claimId: secondary! })).crossedOver).toBe(false)
  })

  it.each(['19', '20', '21'])(
    'marks the secondary crossed over when the payer forwarded the claim (CLP02 %s)',
    async (code) => {
      const { primary, secondary } = await p.submitted(undefined, true)
      const claim = {
        ...eraClaim(db(), primary, { statusCode: code }),
        crossoverPayer: 'SECOND FAKE PLAN',
      }
      p.importEra(write835({ trace: nextTrace(), claims: [claim] }))
      expect(await p.run('claims.amounts', { claimId: primary })).toMatchObject({
        outcome: 'paid',
      })
      expect((await p.run('claims.amounts', { claimId: secondary! })).crossedOver).toBe(true)
      const history = (await p.run('claims.get', { claimId: secondary! })).history
      expect(
        history.some((h) => /^Crossed over: .* to SECOND FAKE PLAN itself/.test(h.reason)),
      ).toBe(true)
    },
  )

  it('reverses an earlier posting line by line and posts the correction that follows (same file)', async () => {
    const { primary, visitId } = await p.submitted()
    const first = eraClaim(db(), primary)
    p.importEra(write835({ trace: nextTrace(), claims: [first] }))
    const correction = eraClaim(db(), primary, {
      pay: (l) => ({
        paidCents: 9000,
        adjustments: [{ group: 'CO', reason: '45', amountCents: l.chargeCents - 9000 }],
      }),
    })
    const r = p.importEra(write835({ trace: nextTrace(), claims: [reversalOf(first), correction] }))
    expect(r.file.status).toBe('processed')
    const lines = ledger(primary)
    // Nothing edited: the first posting, its reversal (pointing back), then the correction.
    expect(lines.map((e) => [e.kind, e.ins, e.rev === null ? null : 'rev'])).toEqual([
      ['insurance_payment', -10000, null],
      ['contractual', -2500, null],
      ['insurance_payment', 10000, 'rev'],
      ['contractual', 2500, 'rev'],
      ['insurance_payment', -9000, null],
      ['contractual', -3500, null],
    ])
    expect([...visitLineBalances(db(), visitId)]).toEqual([
      [1, { insuranceCents: 0, patientCents: 0 }],
    ])
    expect(await p.run('claims.amounts', { claimId: primary })).toMatchObject({
      insurancePaidCents: 9000,
      contractualCents: 3500,
      status: 'closed',
    })
  })

  it('reverses in a later file, then posts the correction from yet another file', async () => {
    const { primary } = await p.submitted()
    const first = eraClaim(db(), primary)
    p.importEra(write835({ trace: nextTrace(), claims: [first] }))
    p.importEra(write835({ trace: nextTrace(), claims: [reversalOf(first)] }))
    expect(await p.run('claims.amounts', { claimId: primary })).toMatchObject({
      insurancePaidCents: 0,
      balanceCents: 12500,
    })
    const corrected = eraClaim(db(), primary, {
      pay: (l) => ({
        paidCents: 7000,
        adjustments: [{ group: 'CO', reason: '45', amountCents: l.chargeCents - 7000 }],
      }),
    })
    p.importEra(write835({ trace: nextTrace(), claims: [corrected] }))
    expect(await p.run('claims.amounts', { claimId: primary })).toMatchObject({
      insurancePaidCents: 7000,
      balanceCents: 0,
      status: 'closed',
    })
  })

  it('posts negative CAS amounts as the payer sent them', async () => {
    const { primary } = await p.submitted()
    const claim = eraClaim(db(), primary, {
      pay: () => ({
        paidCents: 13000,
        adjustments: [{ group: 'CO', reason: '45', amountCents: -500 }],
      }),
    })
    const r = p.importEra(write835({ trace: nextTrace(), claims: [claim] }))
    expect(r.file.status).toBe('processed')
    expect(ledger(primary).map((e) => [e.kind, e.ins])).toEqual([
      ['insurance_payment', -13000],
      ['contractual', 500],
    ])
  })

  it('keeps PLB provider adjustments on the payment: interest, recoupment, forward balance…', async () => {
    const { primary } = await p.submitted()
    const plb = [
      { reason: 'L6', reference: 'INTEREST', amountCents: -312 },
      { reason: 'WO', reference: 'RECOUP 99', amountCents: 2000 },
      { reason: 'FB', reference: 'FWD', amountCents: 500 },
      { reason: '72', reference: 'RET', amountCents: 100 },
      { reason: 'B2', reference: 'REBATE', amountCents: -50 },
      { reason: 'CS', reference: 'ADJ', amountCents: 25 },
    ]
    const r = p.importEra(write835({ trace: nextTrace(), claims: [eraClaim(db(), primary)], plb }))
    expect(r.file.status).toBe('processed')
    const rows = db()
      .prepare(
        `SELECT a.reason_code AS reason, a.reference, a.amount_cents AS amountCents, p.amount_cents AS paid
         FROM provider_adjustments a JOIN payments p ON p.id = a.payment_id WHERE p.inbound_file_id = ? ORDER BY a.id`,
      )
      .all(r.file.id) as { reason: string; reference: string; amountCents: number; paid: number }[]
    expect(rows.map(({ paid: _paid, ...a }) => a)).toEqual(plb)
    expect(rows[0]!.paid).toBe(10000 - 2263)
  })

  it('matches a line without REF*6R by procedure, date and charge, saying the payer dropped a modifier', async () => {
    const { primary } = await p.submitted([officeVisit({ modifiers: ['25'] })])
    const claim = eraClaim(db(), primary, {
      pay: () => ({ modifiers: [], lineControlNumber: null }),
    })
    const r = p.importEra(write835({ trace: nextTrace(), claims: [claim] }))
    // Kept with the file too: a line matched with a note is one to come back to.
    const detail = r.file.detail as {
      transactions: { claims: { lines: { claimLineNo: number; note: string }[] }[] }[]
    }
    expect(detail.transactions[0]!.claims[0]!.lines[0]).toMatchObject({
      claimLineNo: 1,
      note: 'the payer dropped modifier 25',
    })
    expect(await p.run('claims.amounts', { claimId: primary })).toMatchObject({
      insurancePaidCents: 10000,
      balanceCents: 0,
    })
  })

  it('queues a claim it cannot match, never drops it, and posts it once assigned', async () => {
    const { primary, patientId } = await p.submitted()
    const known = eraClaim(db(), primary)
    const stranger = { ...known, patientControlNumber: 'NOSUCH-1' }
    const r = p.importEra(write835({ trace: nextTrace(), claims: [stranger] }))
    expect(r.file.outcome).toBe(
      'Posted 1 payment ($100.00) for 0 claims; 1 unmatched, waiting to be assigned.',
    )
    const queue = await p.run('remits.unmatched', {})
    const row = queue.rows.find((u) => u.patientControlNumber === 'NOSUCH-1')!
    expect(row).toMatchObject({ paidCents: 10000, chargeCents: 12500 })
    const posted = await p.run('remits.assign', { unmatchedId: row.id, claimId: primary })
    expect(posted).toMatchObject({ action: 'posted', status: 'closed' })
    // A claim assigned by hand says so, by whom, and what the payer called it, on its lines.
    const assigned = (await p.run('ledger.patient', { patientId })).lines
    expect(assigned.find((l) => l.kind === 'insurance_payment')?.description).toMatch(
      new RegExp(`835 file #${r.file.id} \\(.+\\), assigned by ann\\.admin, claim NOSUCH-1`),
    )
    expect((await p.run('remits.unmatched', {})).rows.some((u) => u.id === row.id)).toBe(false)
    await expect(p.run('remits.assign', { unmatchedId: row.id, claimId: primary })).rejects.toThrow(
      /already posted to claim/,
    )
  })

  it('refuses the same file twice and posts nothing again', async () => {
    const { primary } = await p.submitted()
    const text = write835({ trace: nextTrace(), claims: [eraClaim(db(), primary)] })
    p.importEra(text)
    const entries = count('ledger_entries')
    const again = await p.run('era.import', { fileName: 'again.835', content: text })
    expect(again.status).toBe('refused')
    expect(again.outcome).toMatch(
      /^This exact file was already imported on \d{4}-\d\d-\d\d at \d\d:\d\d by ann\.admin .*nothing was posted again\.$/,
    )
    expect(count('ledger_entries')).toBe(entries)
  })

  it('refuses a payment (payer + TRN02) already posted, saying when and by whom', async () => {
    const { primary } = await p.submitted()
    const t = nextTrace()
    p.importEra(write835({ trace: t, claims: [eraClaim(db(), primary)] }), 'first.835')
    const entries = count('ledger_entries')
    const payments = count('payments')
    const r = p.importEra(write835({ trace: t, claims: [eraClaim(db(), primary)], method: 'CHK' }))
    expect(r.file.status).toBe('refused')
    expect(r.file.outcome).toMatch(
      new RegExp(
        `^Payment ${t} from FAKE PAYER was already posted on 2026-03-0\\d at \\d\\d:\\d\\d by ann\\.admin \\(file first\\.835\\): nothing was posted again\\.$`,
      ),
    )
    expect(count('ledger_entries')).toBe(entries)
    expect(count('payments')).toBe(payments)
  })

  it('refuses an unbalanced file with the exact numbers and posts nothing of it', async () => {
    const { primary } = await p.submitted()
    const good = eraClaim(db(), primary)
    const payments = count('payments')
    const r = p.importEra(write835({ trace: nextTrace(), claims: [good], paymentOffsetCents: 1 }))
    expect(r.file.status).toBe('refused')
    expect(r.file.outcome).toContain(
      'The claims paid $100.00 − provider adjustments $0.00 = $100.00, but the payment (BPR02) is $100.01.',
    )
    expect(count('payments')).toBe(payments)
    const bad = claimOf(good.patientControlNumber, '1', [{ ...good.lines[0]!, paidCents: 9999 }])
    const r2 = p.importEra(write835({ trace: nextTrace(), claims: [bad] }))
    expect(r2.file.outcome).toMatch(
      /line 1 \(99213, segment \d+\): charge \$125\.00 − adjustments \$25\.00 = \$100\.00, but the payer says it paid \$99\.99\./,
    )
    expect(await p.run('claims.amounts', { claimId: primary })).toMatchObject({
      insurancePaidCents: 0,
      status: 'submitted',
    })
  })

  it('previews what would post, per claim and line, and keeps nothing', async () => {
    const { primary } = await p.submitted()
    const payments = count('payments')
    const preview = await p.run('era.preview', {
      fileName: 'preview.835',
      content: write835({ trace: nextTrace(), claims: [eraClaim(db(), primary)] }),
    })
    expect(preview.status).toBe('processed')
    expect(preview.transactions[0]!.claims[0]!.lines[0]).toMatchObject({
      claimLineNo: 1,
      paidCents: 10000,
      contractualCents: 2500,
      carcs: ['CO-45'],
    })
    expect(count('payments')).toBe(payments)
    expect(await p.run('claims.amounts', { claimId: primary })).toMatchObject({
      status: 'submitted',
    })
  })
})
