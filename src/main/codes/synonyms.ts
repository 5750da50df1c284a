import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { codeFromInput } from './display'
import { resourcesDir } from './resources'

/**
 * What billers type that the code descriptions do not say: clinical abbreviations (HTN, DM2,
 * CKD 3), lay terms ("sore throat", "flu shot") and drug brand names (Toradol → ketorolac), from
 * resources/codes/synonyms.tsv (see resources/codes/README.md).
 */
export interface Synonym {
  /** The term as typed, normalized (see `synonymKey`). */
  term: string
  /** Words sought in descriptions instead of (besides) the term's own; empty: the term's own. */
  expansion: string
  /** The codes a biller means by the term, best first, as stored (upper case, no dot). */
  codes: string[]
}

export interface Synonyms {
  byTerm: ReadonlyMap<string, Synonym>
}

const HEADER = 'term\texpansion\tcodes'

/**
 * A term or query as the list is keyed: lower case, apostrophes dropped ("athlete's"), words of
 * letters or digits split at every other character and between letters and digits, so "DM2",
 * "dm 2" and "dm-2" are one key, as are "Depo-Medrol" and "depo medrol".
 */
export function synonymKey(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .match(/[\p{L}\p{N}]+/gu)
  return (words ?? []).join(' ')
}

/** Reads the list; a broken shipped file is a bug, said loudly with its line number. */
export function parseSynonyms(text: string, source = 'synonyms.tsv'): Synonyms {
  const lines = text.split(/\r?\n/)
  if (lines[0] !== HEADER)
    throw new Error(`${source}: line 1 should be "${HEADER}" (tab-separated)`)
  const byTerm = new Map<string, Synonym>()
  lines.slice(1).forEach((line, index) => {
    const at = `${source}: line ${index + 2}`
    if (line.trim() === '' || line.startsWith('#')) return
    const cells = line.split('\t')
    if (cells.length !== 3) throw new Error(`${at} should be a term, an expansion and codes`)
    const [rawTerm = '', rawExpansion = '', rawCodes = ''] = cells
    const term = synonymKey(rawTerm)
    if (term === '') throw new Error(`${at} has no term`)
    if (byTerm.has(term)) throw new Error(`${at}: "${rawTerm}" is listed twice`)
    const codes = rawCodes
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code !== '')
      .map((code) => {
        const stored = codeFromInput(code)
        if (!stored) throw new Error(`${at}: "${code}" is not a code`)
        return stored
      })
    const expansion = rawExpansion.trim().toLowerCase()
    if (expansion === '' && codes.length === 0)
      throw new Error(`${at}: "${rawTerm}" needs an expansion or codes`)
    byTerm.set(term, { term, expansion, codes })
  })
  return { byTerm }
}

const loaded = new Map<string, Synonyms>()

/** The shipped list, read once per resources folder. */
export function shippedSynonyms(dir: string = resourcesDir()): Synonyms {
  let synonyms = loaded.get(dir)
  if (!synonyms) {
    const path = join(dir, 'codes', 'synonyms.tsv')
    synonyms = parseSynonyms(readFileSync(path, 'utf8'), path)
    loaded.set(dir, synonyms)
  }
  return synonyms
}

/** What a query means, read against the list. */
export interface ReadQuery {
  /** The whole query is a listed term ("htn", "flu shot"): its codes come first. */
  whole: Synonym | null
  /**
   * Word groups to seek in descriptions, all of them: each group is alternatives (the word as
   * typed, or the words a listed term stands for). Null when the list changes nothing.
   */
  groups: string[][] | null
}

/**
 * The query read against the list: the whole query as one term, else each word that is a listed
 * one-word term ("dm2 neuropathy": dm2 → type 2 diabetes mellitus) sought as typed or expanded.
 */
export function readQuery(synonyms: Synonyms, text: string): ReadQuery {
  const key = synonymKey(text)
  const whole = synonyms.byTerm.get(key) ?? null
  if (whole) {
    return { whole, groups: whole.expansion === '' ? null : [[key, whole.expansion]] }
  }
  // Per word, the text as typed (not the key's split of "dm2"), so "b12" stays a word here.
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .match(/[\p{L}\p{N}]+/gu)
  if (!words || words.length < 2) return { whole: null, groups: null }
  let changed = false
  const groups = words.map((word) => {
    const found = synonyms.byTerm.get(synonymKey(word))
    if (!found || found.expansion === '' || found.expansion === word) return [word]
    changed = true
    return [word, found.expansion]
  })
  return { whole: null, groups: changed ? groups : null }
}
