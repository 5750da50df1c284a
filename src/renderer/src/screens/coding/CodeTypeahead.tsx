import { Badge } from '@mantine/core'
import { useCallback } from 'react'
import type { CodeHit, CodeSetName } from '../../../../shared/ops/codes'
import { cents, formatCents } from '../../../../shared/money'
import { call } from '../../api'
import { Typeahead, type TypeaheadProps } from './Typeahead'

/** A code the person may pick: from a code list, from the fee schedule, or typed in full. */
export interface CodeChoice {
  /** As claims carry it: upper case, no dot. */
  code: string
  /** As people read it (E11.621). */
  display: string
  description: string
  /** False for an ICD-10-CM category header: main will refuse it and offer the codes under it. */
  billable: boolean
  source: 'list' | 'fee' | 'typed'
  /** The practice's charge for the code, when it is on the fee schedule. */
  feeCents?: number | undefined
}

export function choiceOfHit(hit: CodeHit): CodeChoice {
  return {
    code: hit.code,
    display: hit.display,
    description: hit.description,
    billable: hit.billable,
    source: 'list',
  }
}

type Passed = Omit<
  TypeaheadProps<CodeChoice>,
  'search' | 'searchKey' | 'optionKey' | 'renderOption' | 'mono'
>

interface Props extends Passed {
  sets: readonly CodeSetName[]
  /** The date of service: only codes valid that day are offered. */
  date: string | undefined
  /** Adds choices main's code lists do not hold (the fee schedule, a code typed in full). */
  arrange?: (text: string, found: CodeChoice[]) => CodeChoice[]
}

const LIMIT = 15

/** A type-ahead over `codes.search`: a code any way it is typed (e116, E11.6) or description words. */
export function CodeTypeahead({ sets, date, arrange, ...rest }: Props) {
  const setsKey = sets.join(',')
  const search = useCallback(
    async (text: string) => {
      const hits = await call('codes.search', {
        text,
        sets: setsKey.split(',') as CodeSetName[],
        date,
        limit: LIMIT,
      })
      const found = hits.map(choiceOfHit)
      return arrange ? arrange(text, found) : found
    },
    [setsKey, date, arrange],
  )
  return (
    <Typeahead<CodeChoice>
      {...rest}
      mono
      search={search}
      searchKey={`${setsKey}|${date ?? ''}`}
      optionKey={(c) => `${c.source}:${c.code}`}
      renderOption={(c) => <CodeOption choice={c} />}
      nothingFound={rest.nothingFound ?? 'No code matches — try other words or the code itself.'}
    />
  )
}

function CodeOption({ choice }: { choice: CodeChoice }) {
  return (
    <>
      <span className="typeahead-code mono">{choice.display}</span>
      <span className="typeahead-text" title={choice.description}>
        {choice.description ||
          (choice.source === 'typed' ? 'Use this code as typed' : 'On your fee schedule')}
      </span>
      {!choice.billable && (
        <Badge size="xs" color="orange" variant="light">
          Header
        </Badge>
      )}
      {choice.feeCents !== undefined && (
        <Badge size="xs" color="gray" variant="light">
          {formatCents(cents(choice.feeCents))}
        </Badge>
      )}
      {choice.source === 'typed' && choice.feeCents === undefined && (
        <Badge size="xs" color="gray" variant="outline">
          As typed
        </Badge>
      )}
    </>
  )
}
