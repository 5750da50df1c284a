import { Group, Kbd, Text, Title } from '@mantine/core'
import { useMemo, type Ref } from 'react'
import type { CodeSetName } from '../../../../shared/ops/codes'
import { CodeTypeahead, type CodeChoice } from './CodeTypeahead'
import { procedureChoices } from './procedureChoices'
import { ServiceLineRow, type LineMessage } from './ServiceLineRow'

interface Props {
  /** Field-array ids, in line order. */
  ids: readonly string[]
  codes: readonly string[]
  descriptions: ReadonlyMap<string, string>
  messagesOf: (index: number) => LineMessage[]
  /** A message about the lines as a whole ("Add at least one service line"). */
  overall: string | undefined
  favorites: ReadonlySet<string>
  fees: ReadonlyMap<string, number>
  date: string | undefined
  readOnly: boolean
  /** A line's box to take the cursor once drawn. */
  focus: { index: number; part: string } | null
  onFocused: () => void
  addRef: Ref<HTMLInputElement>
  onAdd: (choice: CodeChoice) => void
  onCode: (index: number, choice: CodeChoice) => void
  onEdited: (index: number, part: string) => void
  /** `part`: the box the cursor is in, to keep it there as the line moves. */
  onMove: (from: number, to: number, part: string) => void
  onRemove: (index: number) => void
  onToggleFavorite: (code: string) => void
}

const PROCEDURE_SETS: readonly CodeSetName[] = ['cpt', 'hcpcs']

/** CMS-1500 box 24: what was done, Tab walks each line's boxes and on to the next line. */
export function ServiceLines(props: Props) {
  const { ids, codes, fees, readOnly } = props
  const arrange = useMemo(() => procedureChoices(fees), [fees])

  return (
    <section aria-labelledby="lines-title" className="coding-section">
      <Group justify="space-between" align="baseline" mb={4}>
        <Title order={4} id="lines-title">
          Service lines{' '}
          <Text span size="sm" c="dimmed">
            {ids.length}
          </Text>
        </Title>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">Alt+↑</Kbd> <Kbd size="xs">Alt+↓</Kbd> reorder ·{' '}
          <Kbd size="xs">Alt+Del</Kbd> removes · <Kbd size="xs">Alt+F</Kbd> favorite
        </Text>
      </Group>
      {ids.length > 0 && (
        <div className="line-grid line-head" aria-hidden>
          <span>#</span>
          <span>Code</span>
          <span>Description</span>
          <span>Modifiers</span>
          <span className="right">Units</span>
          <span className="right">Charge</span>
          <span>Dx ptr</span>
          <span />
        </div>
      )}
      {ids.map((id, index) => (
        <ServiceLineRow
          key={id}
          index={index}
          count={ids.length}
          readOnly={readOnly}
          date={props.date}
          fees={fees}
          description={props.descriptions.get(codes[index] ?? '') ?? ''}
          messages={props.messagesOf(index)}
          focusPart={props.focus?.index === index ? props.focus.part : undefined}
          onFocused={props.onFocused}
          starred={props.favorites.has(codes[index] ?? '')}
          arrange={arrange}
          onCode={props.onCode}
          onEdited={props.onEdited}
          onMove={props.onMove}
          onRemove={props.onRemove}
          onToggleFavorite={props.onToggleFavorite}
        />
      ))}
      {!readOnly && (
        <CodeTypeahead
          id="add-line"
          field="lines"
          label="Add service line"
          description="CPT or HCPCS code or words; a 5-digit CPT code may be typed in full. Alt+L comes back here"
          placeholder={`Line ${ids.length + 1}`}
          shown=""
          keepTyped
          sets={PROCEDURE_SETS}
          date={props.date}
          arrange={arrange}
          onPick={props.onAdd}
          error={props.overall}
          inputRef={props.addRef}
          style={{ maxWidth: 520, marginTop: 6 }}
          listWidth={560}
          nothingFound="No code matches — type the full code (99213, J3420)."
        />
      )}
    </section>
  )
}
