import type { z } from 'zod'

export interface FieldIssue {
  path: string
  message: string
}

/** The issues a parse raises, as a form would show them: dotted field path and message. */
export function issuesOf(schema: z.ZodType, input: unknown): FieldIssue[] {
  const result = schema.safeParse(input)
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

/** The message at one field path, or undefined when that field is fine. */
export function messageAt(schema: z.ZodType, input: unknown, path: string): string | undefined {
  return issuesOf(schema, input).find((issue) => issue.path === path)?.message
}
