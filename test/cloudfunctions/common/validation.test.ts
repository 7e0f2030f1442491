// Bad input is named for what is wrong with it, with the field's Chinese name: a missing
// field is asked for, a wrong type says which type was wanted, and no library wording
// reaches the person.
import * as z from 'zod/mini'
import { AppError } from '../../../cloudfunctions/common/errors'
import { parseInput } from '../../../cloudfunctions/common/validation'
import { callEnvelope } from '../../../types'

const schema = z.strictObject({
  name: z.string(),
  version: z.int(),
  score: z.number(),
  anonymous: z.boolean(),
  photos: z.array(z.string()),
  hours: z.object({ openOnWeekends: z.boolean() }),
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
  expect(issuesOf({ name: 5, version: 5.5, score: '3', anonymous: 'yes', photos: 'a', hours: 'x', kind: 'walk', note: 4 })).toEqual({
    name: '名称应为文字',
    version: '版本应为整数',
    score: '评分应为数字',
    anonymous: '是否公开姓名应为“是”或“否”',
    photos: '照片应为一组内容',
    hours: '开放时间格式不对',
    kind: '类型不是可以选的一项，请重新选择',
    note: '说明应为文字',
  })
})

test('a missing field is asked for by its name: typed ones filled in, the others chosen', () => {
  expect(issuesOf({})).toEqual({
    name: '请填写名称',
    version: '请填写版本',
    score: '请填写评分',
    anonymous: '请选择是否公开姓名',
    photos: '请选择照片',
    hours: '请填写开放时间',
    kind: '请选择类型',
  })
})

test('the envelope too: a numeric action is named as the wrong type', () => {
  expect(() => parseInput(callEnvelope, { action: 5 })).toThrow('输入有误：操作应为文字')
})

test('no message carries the validator library’s own wording or echoes the input', () => {
  const messages = Object.values(issuesOf({ name: 'secret-value', version: 'secret-value', kind: 'secret-value', extra: 1 }))
  for (const message of messages) {
    expect(message).not.toMatch(/无效输入|期望|expected|Invalid|[A-Za-z]{2,}/)
    expect(message).not.toContain('secret-value')
  }
})

test('a schema’s own words win over the generic ones; where they do not name the field, its name goes first', () => {
  const consent = z.strictObject({
    consent: z.literal(true, { error: '请先阅读并同意《个人信息使用说明》' }),
    score: z.int(),
    place: z.string().check(z.maxLength(3, { error: '太长了' })),
  })
  expect(() => parseInput(consent, { consent: false, score: 3, place: '' })).toThrow('输入有误：请先阅读并同意《个人信息使用说明》')
  expect(() => parseInput(consent, { consent: true, score: 'x', place: '' })).toThrow('输入有误：评分应为数字')
  expect(() => parseInput(consent, { consent: true, score: 3, place: '四个字的' })).toThrow('输入有误：地点：太长了')
})
