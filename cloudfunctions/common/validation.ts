// Turns a failed zod parse into INVALID_INPUT with a Chinese message naming each field.
import * as z from 'zod/mini'
import { zhCN } from 'zod/locales'
import type { FieldIssue } from '../../types'
import { AppError } from './errors'

z.config(zhCN())

function fieldOf(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => (path ? `${path}.${key}` : key)).join(',')
  return path || '(整个请求)'
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `不允许的字段：${issue.keys.join('、')}`
  if (issue.code === 'invalid_type' && issue.input === undefined) return '必填'
  return issue.message
}

export function toFieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: fieldOf(issue), message: messageOf(issue) }))
}

/** Parses `value` or throws INVALID_INPUT, e.g. "输入有误：code 最长 32 个字符". */
export function parseInput<T extends z.ZodMiniType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issues = toFieldIssues(result.error)
  const summary = issues.map((issue) => `${issue.field} ${issue.message}`).join('；')
  throw new AppError('INVALID_INPUT', `输入有误：${summary}`, issues)
}
