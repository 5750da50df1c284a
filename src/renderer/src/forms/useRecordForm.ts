import { zodResolver } from '@hookform/resolvers/zod'
import { getHotkeyHandler, type HotkeyItem } from '@mantine/hooks'
import { useState, type BaseSyntheticEvent, type KeyboardEvent, type RefObject } from 'react'
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import { confirmLeave, useUnsavedChanges } from './unsaved'
import { useApiErrors, type ApiErrors } from './useApiErrors'
import { useFocusFirstInvalid } from './useFocusFirstInvalid'

interface Options {
  /** Where this form's values sit inside the operation's input, e.g. `record.`. */
  prefix?: string
  /**
   * Which field takes the cursor after a refused save: the first on screen (forms built from
   * field groups), or the first registered (react-hook-form's own choice, for short forms).
   */
  focus?: 'first-on-screen' | 'first-registered'
  /** False while the form is shown read-only: Ctrl+S then does nothing. */
  canSave?: boolean
  /** Keys the form answers besides Ctrl+S, e.g. Esc to leave. */
  keys?: HotkeyItem[]
}

export interface RecordFormHandle<Input extends FieldValues, Output extends FieldValues> {
  form: UseFormReturn<Input, unknown, Output>
  api: ApiErrors
  /** The last save went through (cleared when the next one starts). */
  saved: boolean
  submit: (event?: BaseSyntheticEvent) => Promise<void>
  /** Spread on the `<form>`: submit, Ctrl+S and the focus after a refusal. */
  formProps: {
    ref: RefObject<HTMLFormElement | null> | undefined
    onSubmit: (event?: BaseSyntheticEvent) => Promise<void>
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
    noValidate: true
  }
}

/**
 * A form checked by its shared schema here and again by main: main's refusal lands beside the
 * field it names (or in the form's alert), Ctrl+S saves.
 */
export function useRecordForm<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  defaults: DefaultValues<Input>,
  save: (values: Output, form: UseFormReturn<Input, unknown, Output>) => Promise<unknown>,
  { prefix = '', focus = 'first-on-screen', canSave = true, keys = [] }: Options = {},
): RecordFormHandle<Input, Output> {
  const onScreen = focus === 'first-on-screen'
  const form = useForm<Input, unknown, Output>({
    shouldFocusError: !onScreen,
    resolver: zodResolver(schema),
    defaultValues: defaults,
  })
  const formRef = useFocusFirstInvalid(form.formState)
  const api = useApiErrors(form, prefix)
  const [saved, setSaved] = useState(false)

  const submit = form.handleSubmit(async (values) => {
    api.clear()
    setSaved(false)
    try {
      await save(values, form)
      // What was saved is the form's new starting point: nothing is unsaved until it changes.
      form.reset(form.getValues())
      setSaved(true)
    } catch (error) {
      api.report(error)
    }
  })

  useUnsavedChanges(form.formState.isDirty)
  const onKeyDown = getHotkeyHandler([
    [
      'mod+S',
      () => {
        if (canSave) void submit()
      },
    ],
    // Esc and the like leave the form: they ask first when it holds unsaved changes.
    ...keys.map(([hotkey, handler, options]): HotkeyItem => [
      hotkey,
      hotkey === 'Escape' ? (e) => void (confirmLeave() && handler(e)) : handler,
      options,
    ]),
  ])
  return {
    form,
    api,
    saved,
    submit,
    formProps: {
      ref: onScreen ? formRef : undefined,
      onSubmit: submit,
      onKeyDown,
      noValidate: true,
    },
  }
}
