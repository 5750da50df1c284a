import { useEffect, useRef } from 'react'
import type { FieldValues, FormState } from 'react-hook-form'

/**
 * After a save the schema refused, the cursor goes to the first field with a message in reading
 * order (react-hook-form would pick the first field registered, which in a form built from field
 * groups is not always the first on screen). Pair with `shouldFocusError: false`.
 */
export function useFocusFirstInvalid<T extends FieldValues>(formState: FormState<T>) {
  const form = useRef<HTMLFormElement>(null)
  const { submitCount, isSubmitSuccessful } = formState
  useEffect(() => {
    if (submitCount === 0 || isSubmitSuccessful) return
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [submitCount, isSubmitSuccessful])
  return form
}
