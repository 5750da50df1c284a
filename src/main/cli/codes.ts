import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Command } from 'commander'
import { CODE_SETS, type CodeSetName } from '../../shared/ops/codes'
import { detectCodeFile, type CodeFileKind } from '../codes/parse'
import { watchImportProgress } from '../codes/progress'
import { asUser, CliRefusal } from './session'

/** Which kinds of file each option accepts; the file's own first lines pick among them. */
const FILE_OPTIONS = {
  icd10cm: ['icd10cm-order', 'icd10cm-codes', 'icd10cm-tsv'],
  hcpcs: ['hcpcs-fixed', 'hcpcs-csv'],
  cpt: ['cpt-csv'],
  modifiers: ['modifier-csv'],
  pos: ['pos-csv'],
  carc: ['carc-csv'],
  rarc: ['rarc-csv'],
} as const satisfies Record<string, readonly CodeFileKind[]>
type FileOption = keyof typeof FILE_OPTIONS

const FILE_HELP: Record<FileOption, string> = {
  icd10cm: 'an ICD-10-CM order or codes file (CMS/CDC)',
  hcpcs: 'a HCPCS Level II alpha-numeric file (fixed width) or CSV',
  cpt: "the practice's licensed CPT list (CSV: code, description[, effective, end])",
  modifiers: 'a CPT modifier list (CSV: code, description)',
  pos: 'a place-of-service list (CSV)',
  carc: 'a claim adjustment reason code list (CSV)',
  rarc: 'a remittance advice remark code list (CSV)',
}

interface ImportOptions extends Partial<Record<FileOption, string>> {
  effective?: string
  allowShrink?: boolean
}

export function registerCodes(program: Command): void {
  const codes = program.command('codes').description('code sets: import CMS lists, search codes')

  const importer = codes
    .command('import')
    .description('load a downloaded code list (all of it or none), versioned by its effective date')
  for (const option of Object.keys(FILE_OPTIONS) as FileOption[]) {
    importer.option(`--${option} <file>`, FILE_HELP[option])
  }
  importer
    .option(
      '--effective <YYYY-MM-DD>',
      'when the list takes effect (default: from the file name, e.g. FY2026 → 2025-10-01)',
    )
    .option(
      '--allow-shrink',
      'load the file even if it ends more than 5% of the codes now valid (a truncated download does)',
    )
    .action((opts: ImportOptions, cmd: Command) => importFile(opts, cmd))

  codes
    .command('search <text>')
    .description(
      'find codes by code (E11.621, e11621) or description words ("diab foot ulc"): top 20',
    )
    .option('--set <set>', `only one set: ${CODE_SETS.join(', ')}`)
    .option('--date <YYYY-MM-DD>', 'only codes valid on this date of service')
    .option('--json', 'print the ranked results as JSON (code, set, description, billable)')
    .action((text: string, opts: { set?: string; date?: string; json?: boolean }, cmd: Command) =>
      asUser(cmd, async (ctx) => {
        const sets = opts.set === undefined ? undefined : [setName(opts.set)]
        const hits = await ctx.call('codes.search', { text, sets, date: opts.date, limit: 20 })
        if (opts.json) {
          // Best first: the order of the array is the ranking.
          const results = hits.map((hit) => ({
            code: hit.display,
            set: hit.set,
            description: hit.description,
            billable: hit.billable,
          }))
          console.log(JSON.stringify(results, null, 2))
          return
        }
        if (hits.length === 0) console.log(`No code matches "${text}".`)
        // The code is each line's first word, so scripts can take it with `cut -d' ' -f1`.
        for (const hit of hits) {
          const flag = hit.billable ? 'billable' : 'header  '
          console.log(`${hit.display.padEnd(9)} ${hit.set.padEnd(8)} ${flag} ${hit.description}`)
        }
      }),
    )
}

async function importFile(opts: ImportOptions, cmd: Command): Promise<void> {
  const given = (Object.keys(FILE_OPTIONS) as FileOption[]).filter(
    (option) => opts[option] !== undefined,
  )
  const [option] = given
  if (option === undefined || given.length > 1) {
    throw new CliRefusal(
      'Give one file: --icd10cm, --hcpcs, --cpt, --modifiers, --pos, --carc or --rarc FILE.',
    )
  }
  const path = opts[option] ?? ''
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    throw new CliRefusal(`Cannot read ${path}: check the path.`)
  }
  const kind = kindFor(option, bytes)
  await asUser(cmd, async (ctx) => {
    console.log(`Importing ${basename(path)} (${kind})…`)
    const stop = watchImportProgress(ctx.session.id, ({ done, total }) =>
      console.log(`  ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} codes`),
    )
    try {
      const result = await ctx.call('codes.import', {
        kind,
        fileName: basename(path),
        contentBase64: bytes.toString('base64'),
        effective: opts.effective,
        allowShrink: opts.allowShrink === true,
      })
      console.log(result.message)
      if (result.outcome === 'confirm-shrink') process.exitCode = 1
      if (result.outcome === 'refused') {
        for (const problem of result.problems)
          console.error(`  Line ${problem.line}: ${problem.message}`)
        process.exitCode = 1
      }
    } finally {
      stop()
    }
  })
}

/** The option says which set; the file's first lines say which of that set's layouts. */
function kindFor(option: FileOption, bytes: Uint8Array): CodeFileKind {
  const allowed: readonly CodeFileKind[] = FILE_OPTIONS[option]
  const detected = detectCodeFile(bytes)
  // When the file looks like none of them, the first kind's parser says what is wrong, by line.
  return detected !== null && allowed.includes(detected)
    ? detected
    : (allowed[0] ?? 'icd10cm-order')
}

function setName(text: string): CodeSetName {
  const set = CODE_SETS.find((name) => name === text.toLowerCase())
  if (!set) throw new CliRefusal(`--set must be one of ${CODE_SETS.join(', ')}.`)
  return set
}
