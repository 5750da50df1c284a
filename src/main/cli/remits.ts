import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { Command } from 'commander'
import { cents, formatCents } from '../../shared/money'
import type { ClaimAmounts, EraResult } from '../../shared/ops/remits'
import { asUser, CliRefusal } from './session'

const $ = (c: number) => formatCents(cents(c))

function printResult(r: EraResult, dryRun: boolean): void {
  const verb = r.status === 'processed' ? (dryRun ? 'would post' : 'posted') : 'refused'
  console.log(`${r.fileName}: ${verb} — ${r.outcome}`)
  for (const tx of r.transactions) {
    console.log(
      `  ${tx.payerName || 'payer'} ${tx.method} ${tx.traceNumber} ${tx.paymentDate}: ${$(tx.paymentCents)}`,
    )
    for (const c of tx.claims) {
      const state =
        c.action === 'unmatched'
          ? 'UNMATCHED'
          : `${c.action} → ${c.status}${c.outcome ? ` (${c.outcome})` : ''}`
      console.log(
        `    claim ${c.patientControlNumber} CLP02 ${c.statusCode}: paid ${$(c.paidCents)}, ${state}`,
      )
      for (const l of c.lines) {
        console.log(
          `      line ${l.claimLineNo ?? '?'} ${[l.code, ...l.modifiers].join(' ')}: paid ${$(l.paidCents)}, contractual ${$(l.contractualCents)}, patient ${$(l.patientResponsibilityCents)}, other ${$(l.otherAdjustmentCents)}${l.carcs.length ? ` [${l.carcs.join(' ')}]` : ''}${l.note ? ` — ${l.note}` : ''}`,
        )
      }
      for (const n of c.notes) console.log(`      ${n}`)
    }
    for (const a of tx.providerAdjustments) {
      console.log(`    provider adjustment ${a.reason} ${a.reference}: ${$(a.amountCents)}`)
    }
  }
  for (const p of r.problems) console.log(`  segment ${p.segment}: ${p.message}`)
}

function showJson(a: ClaimAmounts): unknown {
  const money = (x: Omit<ClaimAmounts['lines'][number], 'lineNo' | 'code' | 'modifiers'>) => ({
    chargeCents: x.chargeCents,
    insurancePaidCents: x.insurancePaidCents,
    contractualCents: x.contractualCents,
    patientResponsibilityCents: x.patientResponsibilityCents,
    otherAdjustmentCents: x.otherAdjustmentCents,
    balanceCents: x.balanceCents,
  })
  return {
    patientControlNumber: a.patientControlNumber,
    status: a.status,
    outcome: a.outcome,
    ...money(a),
    payerClaimNumber: a.payerClaimNumber,
    crossedOver: a.crossedOver,
    lines: a.lines.map((l) => ({
      lineNo: l.lineNo,
      code: l.code,
      modifiers: l.modifiers,
      ...money(l),
      carcs: l.carcs,
      adjustments: l.adjustments,
    })),
  }
}

export function registerRemits(program: Command): void {
  const era = program.command('era').description('835 remittances: post payments and adjustments')
  era
    .command('import <files...>')
    .description('post 835 files (each all or nothing); exit 1 when any file was refused')
    .option('--dry-run', 'show what would be posted, keep nothing')
    .action((files: string[], opts: { dryRun?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        let refused = 0
        for (const f of files) {
          const path = resolve(f)
          let content: string
          try {
            content = readFileSync(path).toString('latin1')
          } catch {
            console.log(`${f}: refused — cannot read the file`)
            refused++
            continue
          }
          const input = { fileName: basename(path), content }
          try {
            const r = await ctx.call(opts.dryRun ? 'era.preview' : 'era.import', input)
            printResult(r, opts.dryRun === true)
            if (r.status !== 'processed') refused++
          } catch (err) {
            if (!(err instanceof CliRefusal)) throw err
            console.log(`${basename(path)}: refused — ${err.message}`)
            refused++
          }
        }
        if (refused > 0) process.exitCode = 1
      }),
    )

  // `claims show` sits beside the other claim commands.
  const claims = program.commands.find((c) => c.name() === 'claims') ?? program.command('claims')
  claims
    .command('show <pcn>')
    .description("a claim's amounts per line: paid, adjustments, patient responsibility, balance")
    .option('--json', 'as JSON')
    .action((pcn: string, opts: { json?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const found = await ctx.call('claims.list', { patientControlNumber: pcn, limit: 1 })
        const claimId = found.rows[0]?.claimId
        if (claimId === undefined) throw new CliRefusal(`There is no claim ${pcn}.`)
        const a = await ctx.call('claims.amounts', { claimId })
        if (opts.json) {
          console.log(JSON.stringify(showJson(a), null, 2))
          return
        }
        console.log(
          `Claim ${a.patientControlNumber}: ${a.status}${a.outcome ? ` (${a.outcome})` : ''}${a.payerClaimNumber ? `, payer claim ${a.payerClaimNumber}` : ''}`,
        )
        for (const l of [...a.lines]) {
          console.log(
            `  ${l.lineNo} ${[l.code, ...l.modifiers].join(' ')}: charge ${$(l.chargeCents)}, paid ${$(l.insurancePaidCents)}, contractual ${$(l.contractualCents)}, patient ${$(l.patientResponsibilityCents)}, other ${$(l.otherAdjustmentCents)}, balance ${$(l.balanceCents)}${l.carcs.length ? ` [${l.carcs.join(' ')}]` : ''}`,
          )
        }
        console.log(
          `  total: charge ${$(a.chargeCents)}, paid ${$(a.insurancePaidCents)}, contractual ${$(a.contractualCents)}, patient ${$(a.patientResponsibilityCents)}, other ${$(a.otherAdjustmentCents)}, balance ${$(a.balanceCents)}`,
        )
      }),
    )
}
