import type { Compilable } from 'kysely'

/** Stands in for a value while Kysely writes the SQL; no real code, date or set looks like it. */
const MARK = '\u0000param:'

export interface NamedQuery<K extends string> {
  sql: string
  /** The values in the order the SQL binds them. */
  bind(values: Record<K, unknown>): unknown[]
}

/**
 * A query Kysely writes once, at start-up, with named stand-ins for its values; each run binds
 * the real values in the order Kysely placed the stand-ins. Search runs on every keystroke, and
 * writing the SQL cost five to ten times more than running it.
 */
export function namedQuery<K extends string>(
  names: readonly K[],
  // Typed `never` so a stand-in fits a column of any type; it is only ever handed to Kysely.
  build: (values: Record<K, never>) => Compilable<unknown>,
): NamedQuery<K> {
  const marks = Object.fromEntries(names.map((name) => [name, `${MARK}${name}`])) as Record<
    K,
    never
  >
  const { sql, parameters } = build(marks).compile()
  const order = parameters.map((parameter) => {
    const name =
      typeof parameter === 'string' && parameter.startsWith(MARK)
        ? parameter.slice(MARK.length)
        : null
    if (name === null || !names.includes(name as K)) {
      throw new Error(
        `namedQuery: ${sql} binds a value that is not one of its names: ${String(parameter)}`,
      )
    }
    return name as K
  })
  return { sql, bind: (values) => order.map((name) => values[name]) }
}
