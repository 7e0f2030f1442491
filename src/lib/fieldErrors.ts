// INVALID_INPUT names each bad field by its path in the payload ("fields.phone",
// "changes.hours.sessions.0.start"); forms show each message next to its field.
import type { FieldIssue } from '../../types/common'

export type FieldErrors = Record<string, string>

/** The payload's wrapper object is not a field she sees. */
const WRAPPERS = new Set(['fields', 'changes'])

export function toFieldErrors(issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    for (const raw of issue.field.split(',')) {
      const parts = raw.split('.')
      const field = parts.length > 1 && WRAPPERS.has(parts[0]) ? parts.slice(1).join('.') : raw
      errors[field] ??= issue.message
    }
  }
  return errors
}

/** The message for `field` or anything inside it (`hours` covers `hours.sessions.0.end`). */
export function errorAt(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field]
  const inside = Object.keys(errors).find((key) => key.startsWith(`${field}.`))
  return inside ? errors[inside] : undefined
}

/** Messages no shown field claims, so none is lost: each names its field in Chinese already, never by its key. */
export function unclaimedErrors(errors: FieldErrors, shown: readonly string[]): string[] {
  const messages = Object.entries(errors)
    .filter(([key]) => !shown.some((field) => key === field || key.startsWith(`${field}.`)))
    .map(([, message]) => message)
  return [...new Set(messages)]
}
