/**
 * `npm run bench [-- GROUP]`: runs every test/bench/<group>.bench.ts (or just GROUP's) and prints
 * each figure on its own line as `BENCH <name> <value> <unit>`.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

type Report = (name: string, value: number, unit: string) => void
interface BenchModule {
  run(report: Report): Promise<void>
}

/** Groups whose figures come from more than the file named after them. */
const GROUPS: Record<string, string[]> = {}
GROUPS.clearinghouse = ['acknowledgments.bench.ts']

const group = process.argv[2]
const dir = import.meta.dirname
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !group || f === `${group}.bench.ts` || GROUPS[group]?.includes(f))
  .sort()

if (files.length === 0) {
  console.error(group ? `No benchmark group "${group}" in test/bench.` : 'No benchmarks found.')
  process.exit(1)
}

const report: Report = (name, value, unit) => {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(3)
  console.log(`BENCH ${name} ${shown} ${unit}`)
}

for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as BenchModule
  await mod.run(report)
}
