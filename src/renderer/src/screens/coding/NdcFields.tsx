import { NativeSelect, Text } from '@mantine/core'
import { Controller, useFormContext } from 'react-hook-form'
import { NDC_UNIT_LABELS, NDC_UNITS, type Ndc } from '../../../../shared/schemas/visit'
import { DraftInput } from './DraftInput'
import type { LineMessage } from './ServiceLineRow'
import type { VisitValues } from './visitForm'

type NdcValue = Partial<Ndc> | undefined

interface Props {
  name: `lines.${number}.ndc`
  line: number
  messages: readonly LineMessage[]
  disabled: boolean
}

const UNIT_OPTIONS = [
  { value: '', label: 'Unit' },
  ...NDC_UNITS.map((u) => ({ value: u, label: `${u} — ${NDC_UNIT_LABELS[u]}` })),
]

const quantity = (v: number | undefined) =>
  typeof v === 'number' && !Number.isNaN(v) ? String(v) : ''
const toQuantity = (text: string) =>
  /^\d+(\.\d*)?$|^\.\d+$/.test(text.trim()) ? Number(text) : Number.NaN

/** Leaves the NDC out entirely when every box is empty; otherwise the schema checks all three. */
function merged(before: NdcValue, change: Partial<Ndc>): NdcValue {
  const next = { ...before, ...change }
  const blank =
    (next.code ?? '') === '' &&
    (next.quantity === undefined || Number.isNaN(next.quantity)) &&
    (next.unit ?? '') === ''
  return blank ? undefined : next
}

/** The drug's NDC for a J-code line (837P 2410 LIN03, CTP04 quantity, CTP05-1 unit). */
export function NdcFields({ name, line, messages, disabled }: Props) {
  const { control } = useFormContext<VisitValues>()
  const at = (part: string) =>
    messages.find((m) => m.part === `ndc.${part}` || m.part === 'ndc')?.message
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const value = field.value as NdcValue
        const change = (part: Partial<Ndc>) => field.onChange(merged(value, part))
        return (
          <div className="line-ndc">
            <Text size="xs" c="dimmed" className="line-ndc-label">
              NDC
            </Text>
            <DraftInput<string>
              label={`Line ${line} NDC`}
              part="ndc"
              field={`${name}.code`}
              w={150}
              mono
              placeholder="11 digits"
              maxLength={13}
              value={value?.code ?? ''}
              format={(v) => v}
              parse={(t) => t}
              onChange={(code) => change({ code })}
              error={at('code')}
              disabled={disabled}
            />
            <DraftInput<number | undefined>
              label={`Line ${line} NDC quantity`}
              part="ndc-quantity"
              field={`${name}.quantity`}
              w={90}
              align="right"
              inputMode="decimal"
              placeholder="Qty"
              value={value?.quantity}
              format={quantity}
              parse={toQuantity}
              onChange={(q) => change({ quantity: q })}
              error={at('quantity')}
              disabled={disabled}
            />
            <NativeSelect
              aria-label={`Line ${line} NDC unit`}
              data-field={`${name}.unit`}
              w={190}
              data={UNIT_OPTIONS}
              value={value?.unit ?? ''}
              error={at('unit')}
              classNames={{ error: 'visually-hidden' }}
              disabled={disabled}
              onChange={(e) => {
                const unit = e.currentTarget.value
                change({ unit: unit === '' ? undefined : (unit as Ndc['unit']) })
              }}
            />
          </div>
        )
      }}
    />
  )
}
