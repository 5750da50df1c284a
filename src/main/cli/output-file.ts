import { chmodSync, writeFileSync } from 'node:fs'

/**
 * Writes a file the CLI was asked for (837 batch, CMS-1500 PDF): only its owner may read it,
 * also when it replaces an older file. Such files are plaintext by nature — never encrypted.
 */
export function writePrivateFile(path: string, content: string | Buffer): void {
  writeFileSync(path, content, { mode: 0o600 })
  chmodSync(path, 0o600)
}

export const PLAINTEXT_NOTE =
  'This file is not encrypted (claim files and printed forms cannot be): keep it in a private folder and delete it once sent.'
