import { ActionIcon, Badge, Group, Kbd, Text, Title } from '@mantine/core'
import { useRef, useState, type KeyboardEvent, type Ref } from 'react'
import type { CodingProblem } from '../../../../shared/ops/visits'
import { MAX_DIAGNOSES } from '../../../../shared/schemas/visit'
import { displayIcd10cm } from '../../../../shared/validators/icd10cm'
import { localIsoDate } from '../../../../shared/validators/isoDate'
import { call } from '../../api'
import { CodeTypeahead, type CodeChoice } from './CodeTypeahead'
import { SuggestionPicker, type Suggestion } from './SuggestionPicker'
import { useFocusAfterRender } from './useFocusAfterRender'
import { letterOf } from './visitForm'

export interface Known {
  description: string
  billable: boolean
}

interface Props {
  diagnoses: readonly string[]
  known: ReadonlyMap<string, Known>
  /** Main's problems with a diagnosis, by its code (so they follow the row when it moves). */
  problems: ReadonlyMap<string, CodingProblem>
  /** A message about the list as a whole ("Add at least one diagnosis"). */
  overall: string | undefined
  /** The form's message for row i (a code listed twice). */
  errorAt: (index: number) => string | undefined
  favorites: ReadonlySet<string>
  date: string | undefined
  readOnly: boolean
  addRef: Ref<HTMLInputElement>
  onAdd: (choice: CodeChoice) => void
  onMove: (from: number, to: number) => void
  onRemove: (index: number) => void
  onReplace: (index: number, suggestion: Suggestion) => void
  onToggleFavorite: (code: string) => void
}

const ICD10CM = ['icd10cm'] as const

/**
 * A code typed in part (E11.62) that is not itself a listed code but starts some: the category it
 * names comes first, so Enter opens the codes under it rather than taking the first of them.
 */
function headerFirst(text: string, found: CodeChoice[]): CodeChoice[] {
  const typed = text.toUpperCase().replace(/[.\s]/g, '')
  if (!/^[A-Z]\d[0-9A-Z]{1,4}$/.test(typed)) return found
  if (found.some((c) => c.code === typed)) return found
  const under = found.filter((c) => c.code.startsWith(typed) && c.code.length > typed.length)
  if (under.length === 0) return found
  const header: CodeChoice = {
    code: typed,
    display: displayIcd10cm(typed),
    description: 'Category — Enter lists the billable codes under it',
    billable: false,
    source: 'list',
  }
  return [header, ...found]
}

/** CMS-1500 box 21: up to 12 diagnoses, A first (primary); lines point at them by letter. */
export function DiagnosisList(props: Props) {
  const { diagnoses, known, problems, readOnly } = props
  const list = useRef<HTMLOListElement>(null)
  const [current, setCurrent] = useState(0)
  const full = diagnoses.length >= MAX_DIAGNOSES
  const focusable = Math.min(current, diagnoses.length - 1)

  // A header picked in the add box: its billable codes, to choose one before anything is added.
  const [under, setUnder] = useState<{ header: CodeChoice; codes: Suggestion[] } | null>(null)
  const chooser = useRef<HTMLDivElement>(null)

  const afterRender = useFocusAfterRender()
  const rowAt = (index: number) =>
    list.current?.querySelector<HTMLElement>(`[data-dx-row="${index}"]`)
  /** To a row now; `later` once React has moved or removed rows. */
  const focusRow = (index: number, later = false) => {
    setCurrent(index)
    if (later) afterRender(() => rowAt(index))
    else rowAt(index)?.focus()
  }

  /**
   * A category header (E11.62) never silently becomes one of its codes, nor goes on the visit as
   * is when codes lie under it: the billable codes under it open to choose from.
   */
  async function addPicked(choice: CodeChoice) {
    if (choice.billable) {
      setUnder(null)
      props.onAdd(choice)
      return
    }
    const date = props.date ?? localIsoDate(new Date())
    // Main judges the visit's codes anyway: if the codes cannot be listed, the header goes on
    // and the visit's check says what to do.
    const children = await call('codes.children', { code: choice.code, date }).catch(() => [])
    if (children.length === 0) {
      props.onAdd(choice)
      return
    }
    setUnder({
      header: choice,
      codes: children.map((c) => ({ code: c.display, description: c.description })),
    })
    afterRender(() => chooser.current?.querySelector<HTMLElement>('[role="listbox"]'))
  }

  function addChild(s: Suggestion) {
    setUnder(null)
    props.onAdd({
      code: s.code,
      display: s.code,
      description: s.description,
      billable: true,
      source: 'list',
    })
    afterRender(addInput)
  }

  const addInput = () => document.getElementById('add-diagnosis') as HTMLInputElement | null

  function onRowKey(e: KeyboardEvent<HTMLLIElement>, index: number) {
    if (e.target !== e.currentTarget) return
    const last = diagnoses.length - 1
    const code = diagnoses[index]!
    let action: (() => void) | null = null
    if (e.altKey && e.key === 'ArrowUp' && index > 0 && !readOnly) {
      action = () => {
        props.onMove(index, index - 1)
        focusRow(index - 1, true)
      }
    } else if (e.altKey && e.key === 'ArrowDown' && index < last && !readOnly) {
      action = () => {
        props.onMove(index, index + 1)
        focusRow(index + 1, true)
      }
    } else if (!e.altKey && e.key === 'ArrowUp') action = () => focusRow(Math.max(0, index - 1))
    else if (!e.altKey && e.key === 'ArrowDown') action = () => focusRow(Math.min(last, index + 1))
    else if ((e.key === 'Delete' || e.key === 'Backspace') && !readOnly) {
      action = () => {
        props.onRemove(index)
        if (last > 0) focusRow(Math.min(index, last - 1), true)
      }
    } else if (e.altKey && e.code === 'KeyF' && !readOnly) {
      action = () => props.onToggleFavorite(code)
    }
    if (!action) return
    e.preventDefault()
    e.stopPropagation()
    action()
  }

  return (
    <section aria-labelledby="dx-title" className="coding-section">
      <Group justify="space-between" align="baseline" mb={4}>
        <Title order={4} id="dx-title">
          Diagnoses{' '}
          <Text span size="sm" c="dimmed">
            {diagnoses.length} of {MAX_DIAGNOSES}
          </Text>
        </Title>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Alt+↑</Kbd> <Kbd size="xs">Alt+↓</Kbd> reorder · <Kbd size="xs">Del</Kbd>{' '}
          removes · <Kbd size="xs">Alt+F</Kbd> favorite
        </Text>
      </Group>
      {diagnoses.length > 0 && (
        <ol ref={list} className="dx-list" aria-label="Diagnoses, primary first">
          {diagnoses.map((code, index) => {
            const entry = known.get(code)
            const problem = problems.get(code)
            const message = props.errorAt(index) ?? problem?.message
            const starred = props.favorites.has(code)
            return (
              <li
                key={code}
                data-dx-row={index}
                data-field={`diagnoses.${index}`}
                className="dx-row"
                tabIndex={index === focusable ? 0 : -1}
                aria-invalid={message ? true : undefined}
                aria-describedby={message ? `dx-msg-${index}` : undefined}
                aria-label={`${letterOf(index)} ${displayIcd10cm(code)} ${entry?.description ?? ''}`}
                onFocus={(e) => e.target === e.currentTarget && setCurrent(index)}
                onKeyDown={(e) => onRowKey(e, index)}
              >
                <div className="dx-main">
                  <span className="dx-letter" aria-hidden>
                    {letterOf(index)}
                  </span>
                  <span className="mono dx-code">{displayIcd10cm(code)}</span>
                  <span className="dx-text" title={entry?.description}>
                    {entry?.description ?? ''}
                  </span>
                  {index === 0 && (
                    <Badge size="xs" variant="light">
                      Primary
                    </Badge>
                  )}
                  {entry && !entry.billable && (
                    <Badge size="xs" color="orange" variant="light">
                      Header — not billable
                    </Badge>
                  )}
                  {!readOnly && (
                    <>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color={starred ? 'yellow' : 'gray'}
                        tabIndex={-1}
                        aria-label={starred ? `Unfavorite ${code}` : `Favorite ${code}`}
                        title={
                          starred ? 'In favorites (Alt+F removes)' : 'Add to favorites (Alt+F)'
                        }
                        onClick={() => props.onToggleFavorite(code)}
                      >
                        {starred ? '★' : '☆'}
                      </ActionIcon>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        color="gray"
                        tabIndex={-1}
                        aria-label={`Remove diagnosis ${letterOf(index)}`}
                        title="Remove (Delete)"
                        onClick={() => props.onRemove(index)}
                      >
                        ✕
                      </ActionIcon>
                    </>
                  )}
                </div>
                {message && (
                  <Text size="xs" c="red" id={`dx-msg-${index}`} className="dx-message">
                    {message}
                  </Text>
                )}
                {problem && problem.suggestions.length > 0 && !readOnly && (
                  <SuggestionPicker
                    under={displayIcd10cm(code)}
                    suggestions={problem.suggestions}
                    onPick={(s) => {
                      props.onReplace(index, s)
                      focusRow(index, true)
                    }}
                    onLeave={() => focusRow(index)}
                  />
                )}
              </li>
            )
          })}
        </ol>
      )}
      {!readOnly && (
        <CodeTypeahead
          id="add-diagnosis"
          field="diagnoses"
          label="Add diagnosis"
          description={
            full
              ? `A claim holds at most ${MAX_DIAGNOSES} diagnoses.`
              : 'A code (e116) or words ("diab foot ulc"); Alt+D comes back here'
          }
          placeholder={full ? '' : `Diagnosis ${letterOf(diagnoses.length)}`}
          shown=""
          keepTyped
          sets={ICD10CM}
          date={props.date}
          onPick={(choice) => void addPicked(choice)}
          arrange={headerFirst}
          error={props.overall}
          inputRef={props.addRef}
          disabled={full}
          style={{ maxWidth: 520 }}
        />
      )}
      {!readOnly && under && (
        <div ref={chooser}>
          <SuggestionPicker
            under={under.header.display}
            title={`${under.header.display} is a category: pick the billable code (↑ ↓, Enter) to add, Esc for none.`}
            suggestions={under.codes}
            onPick={addChild}
            onLeave={() => {
              setUnder(null)
              addInput()?.focus()
            }}
          />
        </div>
      )}
    </section>
  )
}
