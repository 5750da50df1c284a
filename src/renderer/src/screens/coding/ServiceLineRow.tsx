import { ActionIcon, Text } from '@mantine/core'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import type { CodeSetName } from '../../../../shared/ops/codes'
import { cents, formatCents, parseDollars } from '../../../../shared/money'
import { CodeTypeahead, type CodeChoice } from './CodeTypeahead'
import { DraftInput } from './DraftInput'
import { NdcFields } from './NdcFields'
import { typedProcedure } from './procedureChoices'
import {
  isDrugCode,
  modifierLetters,
  modifiersText,
  parseModifiers,
  parsePointers,
  pointerLetters,
  pointersText,
  type LineValues,
  type VisitValues,
} from './visitForm'

/** A message at one part of the line: `code`, `modifiers.1`, `pointers`, `ndc.quantity`… */
export interface LineMessage {
  part: string
  message: string
}

interface Props {
  index: number
  count: number
  readOnly: boolean
  date: string | undefined
  fees: ReadonlyMap<string, number>
  description: string
  messages: readonly LineMessage[]
  /** Puts the cursor in this box (`code`, `modifiers`…) once the line is drawn. */
  focusPart: string | undefined
  onFocused: () => void
  starred: boolean
  arrange: (text: string, found: CodeChoice[]) => CodeChoice[]
  onCode: (index: number, choice: CodeChoice) => void
  onEdited: (index: number, part: string) => void
  /** `part`: the box the cursor is in, to keep it there as the line moves. */
  onMove: (from: number, to: number, part: string) => void
  onRemove: (index: number) => void
  onToggleFavorite: (code: string) => void
}

const PROCEDURE_SETS: readonly CodeSetName[] = ['cpt', 'hcpcs']

const dollars = (v: number | undefined) =>
  typeof v === 'number' && Number.isInteger(v) ? formatCents(cents(v)).replace('$', '') : ''
const toCents = (text: string) =>
  text.trim() === '' ? Number.NaN : (parseDollars(text) ?? Number.NaN)
const units = (v: number | undefined) =>
  typeof v === 'number' && !Number.isNaN(v) ? String(v) : ''
const toUnits = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN)

/** One service line (CMS-1500 box 24): code, modifiers, units, charge, diagnosis pointers, NDC. */
export function ServiceLineRow(props: Props) {
  const { index, readOnly, fees, messages } = props
  const { control, setValue, getValues } = useFormContext<VisitValues>()
  const name = `lines.${index}` as const
  const line = useWatch({ control, name }) as LineValues | undefined
  const code = line?.code ?? ''
  const n = index + 1
  const errorAt = (part: string) =>
    messages.find((m) => m.part === part || m.part.startsWith(`${part}.`))?.message
  const showNdc = isDrugCode(code) || line?.ndc !== undefined
  const box = useRef<HTMLDivElement>(null)
  const { focusPart, onFocused } = props
  useEffect(() => {
    if (!focusPart) return
    box.current
      ?.querySelector<HTMLElement>(focusPart === 'code' ? 'input' : `[data-part="${focusPart}"]`)
      ?.focus()
    onFocused()
  }, [focusPart, onFocused])

  function pickCode(choice: CodeChoice) {
    const fee = fees.get(choice.code)
    setValue(`${name}.code`, choice.code, { shouldDirty: true })
    const count = getValues(`${name}.units`) ?? 1
    if (fee !== undefined) {
      setValue(`${name}.chargeCents`, fee * (Number.isInteger(count) ? count : 1))
    }
    props.onCode(index, choice)
  }

  function changeUnits(value: number | undefined) {
    const next = value ?? Number.NaN
    const fee = fees.get(code)
    const before = getValues(`${name}.units`)
    const charge = getValues(`${name}.chargeCents`)
    setValue(`${name}.units`, next)
    // The charge follows the units while it is still the fee schedule's.
    if (fee !== undefined && Number.isInteger(next) && charge === fee * (before ?? 1)) {
      setValue(`${name}.chargeCents`, fee * next)
    }
    props.onEdited(index, 'units')
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!e.altKey || readOnly) return
    const part = e.target instanceof HTMLElement ? (e.target.dataset.part ?? 'code') : 'code'
    let action: (() => void) | null = null
    if (e.key === 'ArrowUp' && index > 0) action = () => props.onMove(index, index - 1, part)
    else if (e.key === 'ArrowDown' && index < props.count - 1) {
      action = () => props.onMove(index, index + 1, part)
    } else if (e.key === 'Delete') action = () => props.onRemove(index)
    else if (e.code === 'KeyF' && code) action = () => props.onToggleFavorite(code)
    if (!action) return
    e.preventDefault()
    e.stopPropagation()
    action()
  }

  return (
    <div
      ref={box}
      className="line"
      role="group"
      aria-label={`Line ${n}`}
      data-line={index}
      onKeyDown={onKeyDown}
    >
      <div className="line-grid">
        <span className="line-number">{n}</span>
        <CodeTypeahead
          id={`line-${index}-code`}
          field={`${name}.code`}
          label={`Line ${n} code`}
          hideLabel
          shown={code}
          sets={PROCEDURE_SETS}
          date={props.date}
          arrange={props.arrange}
          onPick={pickCode}
          onLeave={(text) => typedProcedure(text, fees)}
          error={errorAt('code')}
          hideError
          disabled={readOnly}
          listWidth={560}
        />
        <Text
          size="sm"
          className="line-text"
          c={props.description ? undefined : 'dimmed'}
          title={props.description}
        >
          {props.description || (fees.has(code) ? 'On your fee schedule' : '')}
        </Text>
        <Controller
          control={control}
          name={`${name}.modifiers`}
          render={({ field }) => (
            <DraftInput<string[]>
              label={`Line ${n} modifiers`}
              part="modifiers"
              field={`${name}.modifiers`}
              w={96}
              mono
              placeholder="—"
              value={field.value ?? []}
              format={modifiersText}
              parse={parseModifiers}
              tidy={modifierLetters}
              onChange={(v) => {
                field.onChange(v)
                props.onEdited(index, 'modifiers')
              }}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errorAt('modifiers')}
              disabled={readOnly}
            />
          )}
        />
        <Controller
          control={control}
          name={`${name}.units`}
          render={({ field }) => (
            <DraftInput<number | undefined>
              label={`Line ${n} units`}
              part="units"
              field={`${name}.units`}
              w={64}
              align="right"
              inputMode="numeric"
              maxLength={4}
              value={field.value}
              format={units}
              parse={toUnits}
              onChange={changeUnits}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errorAt('units')}
              disabled={readOnly}
            />
          )}
        />
        <Controller
          control={control}
          name={`${name}.chargeCents`}
          render={({ field }) => (
            <DraftInput<number | undefined>
              label={`Line ${n} charge`}
              part="charge"
              field={`${name}.chargeCents`}
              w={104}
              align="right"
              inputMode="decimal"
              value={field.value}
              format={dollars}
              parse={toCents}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errorAt('chargeCents')}
              disabled={readOnly}
            />
          )}
        />
        <Controller
          control={control}
          name={`${name}.pointers`}
          render={({ field }) => (
            <DraftInput<number[] | undefined>
              label={`Line ${n} diagnosis pointers`}
              part="pointers"
              field={`${name}.pointers`}
              w={72}
              mono
              placeholder="A"
              value={field.value}
              format={pointersText}
              parse={parsePointers}
              tidy={pointerLetters}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={errorAt('pointers')}
              disabled={readOnly}
            />
          )}
        />
        <span className="line-actions">
          {!readOnly && (
            <>
              <ActionIcon
                size="sm"
                variant="subtle"
                color={props.starred ? 'yellow' : 'gray'}
                tabIndex={-1}
                disabled={!code}
                aria-label={props.starred ? `Unfavorite ${code}` : `Favorite ${code}`}
                title={props.starred ? 'In favorites (Alt+F removes)' : 'Add to favorites (Alt+F)'}
                onClick={() => props.onToggleFavorite(code)}
              >
                {props.starred ? '★' : '☆'}
              </ActionIcon>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="gray"
                tabIndex={-1}
                aria-label={`Remove line ${n}`}
                title="Remove line (Alt+Delete)"
                onClick={() => props.onRemove(index)}
              >
                ✕
              </ActionIcon>
            </>
          )}
        </span>
      </div>
      {showNdc && (
        <NdcFields
          name={`${name}.ndc`}
          line={n}
          messages={messages.filter((m) => m.part.startsWith('ndc'))}
          disabled={readOnly}
        />
      )}
      {messages.length > 0 && (
        <ul className="line-messages">
          {messages.map((m, i) => (
            <li key={`${i}:${m.part}`}>{m.message}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
