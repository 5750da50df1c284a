import type { FieldValues, FormState, UseFormGetFieldState } from 'react-hook-form'

/**
 * The message beside a field named by a dotted path ("coverages.1.memberId"), for the field
 * groups shared by several forms (address, name, coverage), which know their place only as a path.
 */
export function fieldError<T extends FieldValues>(
  getFieldState: UseFormGetFieldState<T>,
  formState: FormState<T>,
  name: string,
): string | undefined {
  return getFieldState(name as Parameters<UseFormGetFieldState<T>>[0], formState).error?.message
}
