import { resolve } from 'node:path'
import type { Command } from 'commander'
import { cents, formatCents } from '../../shared/money'
import type { ScrubFindingLine } from '../../shared/ops/claims'
import { CLAIM_STATUSES, type ClaimStatus } from '../../shared/schemas/claim'
import { PLAINTEXT_NOTE, writePrivateFile } from './output-file'
import { asUser, CliRefusal, type CliContext } from './session'

const PAGE = 500

/** Every claim with one of `status`, page by page (the list answers 500 at a time). */
async function claimIds(ctx: CliContext, status: ClaimStatus[]): Promise<number[]> {
  const ids: number[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await ctx.call('claims.list', { status, offset, limit: PAGE })
    ids.push(...page.rows.map((r) => r.claimId))
    if (page.rows.length < PAGE) return ids
  }
}

function statuses(text: string | undefined): ClaimStatus[] | undefined {
  if (text === undefined) return undefined
  const given = text.split(',').map((s) => s.trim().toLowerCase())
  const bad = given.filter((s) => !(CLAIM_STATUSES as readonly string[]).includes(s))
  if (bad.length > 0) {
    throw new CliRefusal(`--status ${bad.join(', ')}: use ${CLAIM_STATUSES.join(', ')}.`)
  }
  return given as ClaimStatus[]
}

/** A claim named the way a biller names it: its claim number, or the id the screens show. */
async function findClaim(ctx: CliContext, text: string): Promise<number> {
  const byNumber = await ctx.call('claims.list', { patientControlNumber: text, limit: 1 })
  const found = byNumber.rows[0]?.claimId ?? (/^\d+$/.test(text) ? Number(text) : undefined)
  if (found === undefined) throw new CliRefusal(`There is no claim ${text}.`)
  return found
}

/** "CLM 100234-17-1  E  npi.billing  Billing NPI … fails its check digit — …" */
export function findingLine(f: ScrubFindingLine): string {
  const mark = f.severity === 'error' ? 'E' : f.acknowledged ? 'w' : 'W'
  return `CLM ${f.patientControlNumber.padEnd(17)}  ${mark}  ${f.ruleId.padEnd(24)}  ${f.message}`
}

export function registerClaims(program: Command): void {
  const claims = program.command('claims').description('claims: scrub, list and send 837P batches')

  claims
    .command('batch')
    .description(
      'queue every ready claim and make one 837P batch of all queued claims: with --out, write it to FILE (its claims become submitted); without, it waits in the outbox for the clearinghouse sync',
    )
    .option('--out <file>', 'write the 837 file here to send it by hand')
    .option('--usage <T|P>', 'T (test) or P (production); default from the clearinghouse settings')
    .action((opts: { out?: string; usage?: string }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const usage = opts.usage?.toUpperCase()
        if (usage !== undefined && usage !== 'T' && usage !== 'P') {
          throw new CliRefusal('--usage must be T (test) or P (production).')
        }
        const ready = await claimIds(ctx, ['ready'])
        if (ready.length > 0) await ctx.call('claims.queue', { claimIds: ready })
        const batch = await ctx.call('claims.batch', usage === undefined ? {} : { usage })
        const what = `Batch ${batch.interchangeControlNumber} (${batch.usage === 'P' ? 'production' : 'test'}): ${batch.claimCount} ${batch.claimCount === 1 ? 'claim' : 'claims'}, ${formatCents(cents(batch.totalCents))}`
        for (const held of batch.heldBack) {
          console.log(
            `Held back, back to draft: claim ${held.patientControlNumber} — ${held.reason}`,
          )
        }
        if (opts.out === undefined) {
          console.log(
            `${what}, waiting in the outbox for the clearinghouse sync (batch #${batch.batchId})`,
          )
          return
        }
        // Written from the stored copy; the claims become submitted only once the file exists.
        const file = await ctx.call('claims.batchFile', { batchId: batch.batchId })
        const out = resolve(opts.out)
        writePrivateFile(out, file.content)
        await ctx.call('claims.batchExported', { batchId: batch.batchId, file: out })
        console.log(`${what}, written to ${out}`)
        console.log(PLAINTEXT_NOTE)
      }),
    )

  claims
    .command('batch-file <batch>')
    .description('write a stored 837P batch (its number #id) to a file again, exactly as made')
    .requiredOption('--out <file>', 'where to write the 837 file')
    .action((batch: string, opts: { out: string }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const batchId = Number(batch.replace(/^#/, ''))
        if (!Number.isInteger(batchId) || batchId < 1) {
          throw new CliRefusal('Give the batch number, like 12 (see `claims batches`).')
        }
        const file = await ctx.call('claims.batchFile', { batchId })
        const out = resolve(opts.out)
        writePrivateFile(out, file.content)
        const sent = await ctx.call('claims.batchExported', { batchId, file: out })
        console.log(
          `Batch #${batchId} (${file.fileName}) written to ${out}${sent.claimsSubmitted > 0 ? `; ${sent.claimsSubmitted} claims are now submitted` : ''}`,
        )
        console.log(PLAINTEXT_NOTE)
      }),
    )

  claims
    .command('scrub')
    .description('re-run the scrubber on draft and ready claims and print what it finds')
    .option('--all', 'every open claim, sent ones included')
    .action((opts: { all?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const run = await ctx.call('claims.scrubAll', { all: opts.all === true })
        for (const f of run.findings) console.log(findingLine(f))
        console.log(
          `Scrubbed ${run.scrubbed} ${run.scrubbed === 1 ? 'claim' : 'claims'}: ${run.ready} ready, ${run.held} held in draft.`,
        )
        if (run.findings.some((f) => f.severity === 'error')) process.exitCode = 1
      }),
    )

  claims
    .command('cms1500 <claim>')
    .description(
      'print a claim (its number, like 100234-H-1, or its id) on a CMS-1500 (02/12) as PDF',
    )
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--data-only', 'the data alone, for red pre-printed forms in the printer')
    .option('--offset-x <points>', 'move the data right (negative: left), in points', '0')
    .option('--offset-y <points>', 'move the data down (negative: up), in points', '0')
    .action(
      (
        claim: string,
        opts: { out: string; dataOnly?: boolean; offsetX: string; offsetY: string },
        cmd: Command,
      ) =>
        asUser(cmd, async (ctx) => {
          const claimId = await findClaim(ctx, claim)
          const r = await ctx.call('claims.cms1500', {
            claimId,
            dataOnly: opts.dataOnly === true,
            offsetXPt: Number(opts.offsetX),
            offsetYPt: Number(opts.offsetY),
          })
          const out = resolve(opts.out)
          writePrivateFile(out, Buffer.from(r.pdfBase64, 'base64'))
          console.log(`CMS-1500 for claim ${claim} written to ${out}`)
          console.log(PLAINTEXT_NOTE)
        }),
    )

  claims
    .command('paper')
    .description(
      'the print queue: claims to paper-only payers; --print writes their CMS-1500s as one PDF, --mailed marks them submitted',
    )
    .option('--print <file>', 'write every queued paper claim on a CMS-1500 into this PDF')
    .option('--data-only', 'the data alone, for red pre-printed forms in the printer')
    .option('--mailed', 'the printed claims went out in the mail: mark them submitted')
    .action((opts: { print?: string; dataOnly?: boolean; mailed?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const queue = await ctx.call('claims.paperQueue', {})
        for (const q of queue) {
          console.log(
            `${q.claim.patientControlNumber}  ${formatCents(cents(q.claim.totalCents))}  ${q.mailTo}`,
          )
        }
        console.log(
          `${queue.length} ${queue.length === 1 ? 'claim' : 'claims'} in the print queue.`,
        )
        const claimIds = queue.map((q) => q.claim.claimId)
        if (claimIds.length === 0) return
        if (opts.print) {
          const r = await ctx.call('claims.printPaper', {
            claimIds,
            dataOnly: opts.dataOnly === true,
          })
          const out = resolve(opts.print)
          writePrivateFile(out, Buffer.from(r.pdfBase64, 'base64'))
          console.log(`${claimIds.length} CMS-1500 forms written to ${out}`)
          console.log(PLAINTEXT_NOTE)
        }
        if (opts.mailed) {
          const r = await ctx.call('claims.markMailed', { claimIds })
          console.log(`${r.claimsSubmitted} claims are now submitted (mailed).`)
        }
      }),
    )

  claims
    .command('list')
    .description('claims, newest date of service first')
    .option('--status <status>', `one or more of ${CLAIM_STATUSES.join(', ')}, comma-separated`)
    .option('--limit <n>', 'how many (default 100, at most 500)', '100')
    .option('--json', 'every matching claim as JSON (all pages; --limit is ignored)')
    .action((opts: { status?: string; limit: string; json?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        if (opts.json) {
          const rows = []
          for (let offset = 0; ; offset += PAGE) {
            const page = await ctx.call('claims.list', {
              status: statuses(opts.status),
              offset,
              limit: PAGE,
            })
            rows.push(...page.rows)
            if (page.rows.length < PAGE) break
          }
          console.log(
            JSON.stringify(
              rows.map((c) => ({
                patientControlNumber: c.patientControlNumber,
                status: c.status,
                payer: c.payerName,
                chargeCents: c.totalCents,
                payerClaimNumber: c.payerClaimControlNumber,
                dateOfService: c.dateOfService,
                submittedAt: c.submittedAt,
              })),
              null,
              2,
            ),
          )
          return
        }
        const limit = Number(opts.limit)
        if (!Number.isInteger(limit) || limit < 1 || limit > PAGE) {
          throw new CliRefusal('--limit must be a whole number from 1 to 500.')
        }
        const r = await ctx.call('claims.list', { status: statuses(opts.status), limit })
        for (const c of r.rows) {
          console.log(
            [
              c.patientControlNumber.padEnd(17),
              c.status.padEnd(14),
              c.dateOfService,
              c.patientName.padEnd(24).slice(0, 24),
              c.payerName.padEnd(24).slice(0, 24),
              formatCents(cents(c.totalCents)).padStart(12),
            ].join('  '),
          )
        }
        console.log(
          `${r.count} ${r.count === 1 ? 'claim' : 'claims'}, ${formatCents(cents(r.totalCents))}${r.count > r.rows.length ? ` (showing ${r.rows.length})` : ''}`,
        )
      }),
    )
}
