import type { Command } from 'commander'
import { defaultDataDir } from '../paths'

export interface GlobalOptions {
  data: string
  user: string | undefined
}

/** The options every command shares, read from the root program whatever the nesting. */
export function globalOptions(cmd: Command): GlobalOptions {
  let root = cmd
  while (root.parent) root = root.parent
  const opts = root.opts<{ data?: string; user?: string }>()
  return {
    data: opts.data ?? defaultDataDir(),
    user: opts.user ?? process.env.CLAIMDESK_USER ?? undefined,
  }
}
