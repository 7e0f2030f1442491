// Turns a failed zod parse into INVALID_INPUT: each field by its path in the payload, with a
// Chinese message that names it (types/issueText.ts) — never the validator's own wording.
import * as z from 'zod/mini'
import { zhCN } from 'zod/locales'
import type { FieldIssue } from '../../types'
import { issueText } from '../../types/issueText'
import { AppError } from './errors'

const locale = zhCN()
z.config(locale)

/** The validator library's own wording for an issue: replaced by ours unless the schema set its own. */
function libraryMessage(issue: z.core.$ZodIssue): string | undefined {
  const made = locale.localeError(issue as unknown as z.core.$ZodRawIssue)
  return typeof made === 'string' ? made : made?.message
}

function fieldOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => (path ? `${path}.${key}` : key)).join(',')
  return path
}

function toFieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: fieldOf(issue), message: issueText(issue, issue.message !== libraryMessage(issue) ? issue.message : null) }))
}

/** Parses `value` or throws INVALID_INPUT, e.g. "输入有误：地点最多 60 个字". */
export function parseInput<T extends z.ZodMiniType>(schema: T, value: unknown): z.output<T> {
  // reportInput: the issue keeps what was sent, so a wrong type (5 for a text) is told
  // apart from a missing field; the input itself never reaches the reply.
  const result = schema.safeParse(value, { reportInput: true })
  if (result.success) return result.data
  const issues = toFieldIssues(result.error)
  const summary = [...new Set(issues.map((issue) => issue.message))].join('；')
  throw new AppError('INVALID_INPUT', `输入有误：${summary}`, issues)
}
