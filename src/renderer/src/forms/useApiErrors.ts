import { useCallback, useState } from 'react'
import type { FieldValues, Path, UseFormGetValues, UseFormSetError } from 'react-hook-form'
import { ApiCallError } from '../api'

interface FormHandle<T extends FieldValues> {
  setError: UseFormSetError<T>
  getValues: UseFormGetValues<T>
}

export interface ApiErrors {
  /** A refusal that names no field of this form: shown in an Alert above the buttons. */
  alert: string | null
  clear: () => void
  /** Puts main's refusal beside the field it names, or in the alert. */
  report: (error: unknown) => void
}

/** Main checks every input again; its answer lands where the person will look for it. */
export function useApiErrors<T extends FieldValues>(
  form: FormHandle<T>,
  /** Where this form's values sit inside the operation's input, e.g. `backup.`. */
  prefix = '',
): ApiErrors {
  const [alert, setAlert] = useState<string | null>(null)
  const { setError, getValues } = form
  const clear = useCallback(() => setAlert(null), [])
  const report = useCallback(
    (error: unknown) => {
      if (error instanceof ApiCallError && error.field?.startsWith(prefix)) {
        const field = error.field.slice(prefix.length) as Path<T>
        if (field !== '' && getValues(field) !== undefined) {
          setError(field, { type: 'server', message: error.message }, { shouldFocus: true })
          return
        }
      }
      setAlert(messageOf(error))
    },
    [getValues, setError, prefix],
  )
  return { alert, clear, report }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The confirmation box is a form-only check: main never sees it. */
export const CONFIRM_MESSAGE = 'The two passwords are not the same. Type the new password again.'
