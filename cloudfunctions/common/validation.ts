// Turns a failed zod parse into INVALID_INPUT with a Chinese message naming each field.
import * as z from 'zod/mini'
import { zhCN } from 'zod/locales'
import type { FieldIssue } from '../../types'
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
  return path || '(整个请求)'
}

/** What a value of each expected type is called, so a wrong type is named, not called missing. */
const EXPECTED: Record<string, string> = {
  string: '应为文字',
  int: '应为整数',
  number: '应为数字',
  boolean: '应为是或否（true / false）',
  array: '应为列表',
  object: '应为对象',
}

/** A field that was not sent at all (the issue carries no input: see `reportInput` below). */
const isMissing = (issue: z.core.$ZodIssue) => !('input' in issue) || issue.input === undefined

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `不允许的字段：${issue.keys.join('、')}`
  if (issue.message !== libraryMessage(issue)) return issue.message // the schema's own words
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') && isMissing(issue)) return '必填'
  if (issue.code === 'invalid_type') return EXPECTED[issue.expected] ?? '类型不对'
  if (issue.code === 'invalid_value') return `应为以下之一：${issue.values.map(String).join('、')}`
  if (issue.code === 'invalid_union') return '格式不对'
  return issue.message
}

function toFieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: fieldOf(issue), message: messageOf(issue) }))
}

/** Parses `value` or throws INVALID_INPUT, e.g. "输入有误：code 最长 32 个字符". */
export function parseInput<T extends z.ZodMiniType>(schema: T, value: unknown): z.output<T> {
  // reportInput: the issue keeps what was sent, so a wrong type (5 for a text) is told
  // apart from a missing field; the input itself never reaches the reply.
  const result = schema.safeParse(value, { reportInput: true })
  if (result.success) return result.data
  const issues = toFieldIssues(result.error)
  const summary = issues.map((issue) => `${issue.field} ${issue.message}`).join('；')
  throw new AppError('INVALID_INPUT', `输入有误：${summary}`, issues)
}
