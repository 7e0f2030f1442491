// Bad input is named for what is wrong with it: a missing field is 必填, a wrong type
// says which type was wanted, and no library wording reaches the person.
import * as z from 'zod/mini'
import { AppError } from '../../../cloudfunctions/common/errors'
import { parseInput } from '../../../cloudfunctions/common/validation'
import { callEnvelope } from '../../../types'

const schema = z.strictObject({
  name: z.string(),
  version: z.int(),
  count: z.number(),
  urgent: z.boolean(),
  tags: z.array(z.string()),
  place: z.object({ building: z.string() }),
  kind: z.enum(['visit', 'call']),
  note: z.optional(z.string()),
})

function issuesOf(value: unknown): Record<string, string> {
  try {
    parseInput(schema, value)
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return Object.fromEntries((error as AppError).issues!.map((issue) => [issue.field, issue.message]))
  }
  throw new Error('expected INVALID_INPUT')
}

test('a wrong type says what was wanted, not that the field is missing', () => {
  expect(issuesOf({ name: 5, version: 5.5, count: '3', urgent: 'yes', tags: 'a', place: 'x', kind: 'walk', note: 4 })).toEqual({
    name: '应为文字',
    version: '应为整数',
    count: '应为数字',
    urgent: '应为是或否（true / false）',
    tags: '应为列表',
    place: '应为对象',
    kind: '应为以下之一：visit、call',
    note: '应为文字',
  })
})

test('a missing field is 必填, whatever its type', () => {
  expect(issuesOf({})).toEqual({ name: '必填', version: '必填', count: '必填', urgent: '必填', tags: '必填', place: '必填', kind: '必填' })
})

test('the envelope too: a numeric action is named as the wrong type', () => {
  expect(() => parseInput(callEnvelope, { action: 5 })).toThrow('输入有误：action 应为文字')
})

test('no message carries the validator library’s own wording or echoes the input', () => {
  const messages = Object.values(issuesOf({ name: 'secret-value', version: 'secret-value', kind: 'secret-value', extra: 1 }))
  for (const message of messages) {
    expect(message).not.toMatch(/无效输入|期望|expected|Invalid/)
    expect(message).not.toContain('secret-value')
  }
})

test('a schema’s own words win over the generic ones', () => {
  const consent = z.strictObject({ consent: z.literal(true, { error: '请先阅读并同意《个人信息使用说明》' }), age: z.int() })
  expect(() => parseInput(consent, { consent: false, age: 3 })).toThrow('consent 请先阅读并同意《个人信息使用说明》')
  expect(() => parseInput(consent, { consent: true, age: 'x' })).toThrow('age 应为数字')
})
