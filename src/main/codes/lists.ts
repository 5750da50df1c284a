import type { CodeFileKindName, CodeSetName } from '../../shared/ops/codes'
import type { CodeList } from '../store/schema-codes'
import type { CodeFileKind, CodeRow, CodeSet } from './parse'

/** Which list a parsed row replaces: its set, with modifiers split by who publishes them. */
export function listOf(row: CodeRow): CodeList {
  if (row.set !== 'modifier') return row.set
  return row.modifierSet === 'cpt' ? 'cpt-modifier' : 'hcpcs-modifier'
}

export function setOfList(list: CodeList): CodeSetName {
  return list === 'hcpcs-modifier' || list === 'cpt-modifier' ? 'modifier' : list
}

/*
 * The contract in src/shared names the sets and file kinds again, since it may not import main:
 * these stop compiling if the two lists ever drift apart.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Agree<T extends true> = T
export type SetsAgree = Agree<Same<CodeSet, CodeSetName>>
export type FileKindsAgree = Agree<Same<CodeFileKind, CodeFileKindName>>
