import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { InvalidArgumentError, type Command } from 'commander'
import { IMPORT_FIELDS, type ImportField, type ImportProblem } from '../../shared/ops/patients'
import { readFileText } from '../codes/parse/fileText'
import { decodeStrict, type TextEncodingName } from '../../shared/textEncoding'
import { asUser, CliRefusal } from './session'

type Mapping = Partial<Record<ImportField, string>>

export function registerPatients(program: Command): void {
  const patients = program.command('patients').description('patients and their insurance')

  patients
    .command('import <file>')
    .description(
      'import patients with their coverages from a CSV file: every row is saved, or none',
    )
    .option('--dry-run', 'only check the file and list its problems; save nothing')
    .option(
      '--map <field=column>',
      'read a field from a column the headers do not name, e.g. --map "lastName=Patient Last" (repeatable)',
      addMapping,
    )
    .option(
      '--encoding <name>',
      'the file is not UTF-8 but windows-1252 (older Excel "CSV"); default utf-8, checked',
      'utf-8',
    )
    .action(
      (file: string, opts: { dryRun?: boolean; map?: Mapping; encoding: string }, cmd: Command) =>
        asUser(cmd, async (ctx) => {
          const encoding = opts.encoding.toLowerCase()
          if (encoding !== 'utf-8' && encoding !== 'windows-1252')
            throw new CliRefusal('--encoding must be utf-8 or windows-1252.')
          const csv = readCsv(file, encoding)
          const dryRun = opts.dryRun === true
          const r = await ctx.call('patients.import', { csv, mapping: opts.map, commit: !dryRun })
          if (r.problems.length === 0) {
            console.log(
              dryRun ? `Checked ${r.rowCount} rows: all good.` : `Saved ${r.saved} patients.`,
            )
            return
          }
          for (const problem of r.problems) console.log(problemLine(problem))
          if (r.moreProblems > 0) console.log(`…and ${r.moreProblems} more problems.`)
          const total = r.problems.length + r.moreProblems
          const counted = `Checked ${r.rowCount} rows: ${total} ${total === 1 ? 'problem' : 'problems'}`
          console.log(
            dryRun
              ? `${counted}.`
              : `${counted}; nothing was saved. Fix them and import the file again.`,
          )
          process.exitCode = 1
        }),
    )
}

/** "Row 7 (Zip): ZIP code must be…": the row as a spreadsheet numbers it, and its column. */
export function problemLine(problem: ImportProblem): string {
  const where = problem.field ? `Row ${problem.row} (${problem.field})` : `Row ${problem.row}`
  // The importer's messages may start with the row themselves; say it once.
  return `${where}: ${problem.message.replace(/^Row \d+: /, '')}`
}

function addMapping(value: string, mapping: Mapping = {}): Mapping {
  const at = value.indexOf('=')
  const field = value.slice(0, at).trim()
  if (at < 1 || !(IMPORT_FIELDS as readonly string[]).includes(field)) {
    throw new InvalidArgumentError(
      `Write it as field=column, where field is one of: ${IMPORT_FIELDS.join(', ')}.`,
    )
  }
  return { ...mapping, [field]: value.slice(at + 1).trim() }
}

function readCsv(file: string, encoding: TextEncodingName = 'utf-8'): string {
  let bytes: Buffer
  try {
    bytes = readFileSync(resolve(file))
  } catch (err) {
    const why =
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : String(err)
    throw new CliRefusal(`Cannot read ${file}: ${why}.`)
  }
  // Spreadsheet exports are often Windows-1252: never guessed silently, the person says so.
  const decoded = decodeStrict(bytes, encoding)
  if (!decoded.ok) {
    const looksBinary = readFileText(bytes, 'CSV file of patients')
    if (!looksBinary.ok) throw new CliRefusal(`${file}: ${looksBinary.error.message}.`)
    throw new CliRefusal(`${file}: ${decoded.message} (--encoding windows-1252)`)
  }
  // An .xlsx is a ZIP, a PDF is not a CSV: readFileText tells them apart.
  const text = readFileText(decoded.text, 'CSV file of patients')
  if (!text.ok) throw new CliRefusal(`${file}: ${text.error.message}.`)
  return text.text
}
