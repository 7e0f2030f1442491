// No validator wording ever reaches a person. For every action's input schema of the
// contract, failing inputs are drawn for every field — missing, the wrong type, empty,
// blank, too long, a bad pattern, a bad choice, a list too long, an unknown key — and
// each message the back end would send must be Chinese, name the field in Chinese, and
// carry none of zod's own phrasings (its English and zhCN locales) nor any English word.
import * as z from 'zod/mini'
import { en, zhCN } from 'zod/locales'
import { AppError } from '../../cloudfunctions/common/errors'
import { parseInput } from '../../cloudfunctions/common/validation'
import { SEVEN_DUTIES, callEnvelope, contracts, type FieldIssue } from '../../types'
import { FIELD_NAMES, NAMES_WITHIN, fieldNamesAt } from '../../types/fieldNames'
import { issueText } from '../../types/issueText'

type Def = { type: string; [key: string]: unknown }
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

const LONG = '字'.repeat(6000)
/** Wrong values for a field, by the kind of schema it is. */
function badValues(def: Def): unknown[] {
  switch (def.type) {
    case 'string':
      return [12345, '', '   ', '\u200b', '!!!', 'not-a-date', LONG, 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']
    case 'number':
      return ['x', -1, 0, 0.5, 1e9]
    case 'boolean':
      return ['yes', 1]
    case 'enum':
    case 'literal':
      return ['zzz', 5, false]
    case 'array':
      return ['x', [], Array.from({ length: 400 }, () => 'x')]
    case 'object':
      return ['x', { unknownKey: 1 }]
    case 'union':
      return ['x', 5, { kind: 'zzz' }]
    default:
      return ['x']
  }
}

type Sample = { label: string; value: unknown }

/** Failing values for `schema` and everything inside it, each a whole value of the schema's shape. */
function failing(schema: unknown, depth = 0): Sample[] {
  const def = defOf(schema)
  if (depth > 6) return []
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return failing(def.innerType, depth + 1)
    case 'pipe':
      return failing(def.in, depth + 1)
    case 'object': {
      const shape = def.shape as Record<string, unknown>
      const samples: Sample[] = [
        { label: 'missing every field', value: {} },
        { label: 'an unknown key', value: { unknownKey: 1 } },
      ]
      for (const [key, field] of Object.entries(shape)) {
        for (const inner of [
          ...badValues(defOf(unwrap(field))).map((value) => ({ label: JSON.stringify(value)?.slice(0, 20) ?? 'undefined', value })),
          ...failing(field, depth + 1),
        ]) {
          samples.push({ label: `${key} = ${inner.label}`, value: { [key]: inner.value } })
        }
      }
      return samples
    }
    case 'array':
      return failing(def.element, depth + 1).map((inner) => ({ label: `[${inner.label}]`, value: [inner.value] }))
    case 'union':
      return (def.options as unknown[]).flatMap((option) => {
        const kind = discriminant(option)
        return failing(option, depth + 1).map((inner) => ({
          label: `${kind ?? '?'}: ${inner.label}`,
          value: kind && inner.value !== null && typeof inner.value === 'object' && !Array.isArray(inner.value) ? { kind, ...inner.value } : inner.value,
        }))
      })
    default:
      return []
  }
}

function unwrap(schema: unknown): unknown {
  const def = defOf(schema)
  return ['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type) ? unwrap(def.innerType) : def.type === 'pipe' ? unwrap(def.in) : schema
}

function discriminant(option: unknown): string | undefined {
  const def = defOf(option)
  if (def.type !== 'object') return undefined
  const kind = (def.shape as Record<string, unknown>).kind
  if (!kind) return undefined
  const values = defOf(kind).values as unknown[] | undefined
  return typeof values?.[0] === 'string' ? values[0] : undefined
}

function refusedIssues(schema: z.ZodMiniType, value: unknown): FieldIssue[] {
  try {
    parseInput(schema, value)
    return []
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('INVALID_INPUT')
    return (error as AppError).issues ?? []
  }
}

const ZH_LOCALE = zhCN()
const EN_LOCALE = en()
/** zod's own wording for every issue the schema raises on `value`, in both locales. */
function localePhrasings(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value, { reportInput: true })
  if (result.success) return []
  return result.error.issues.flatMap((issue) =>
    [ZH_LOCALE, EN_LOCALE].map((locale) => {
      const made = locale.localeError(issue as unknown as z.core.$ZodRawIssue)
      return typeof made === 'string' ? made : (made?.message ?? '')
    }),
  )
}

/** Phrasings the zhCN locale builds its messages from; none may survive. */
const ZH_FRAGMENTS = ['数值过小', '数值过大', '期望', '无效输入', '无效字符串', '无效数字', '未知', '字符串', '出现未知的键', '必须', '格式错误']
const CJK = /[\u4e00-\u9fff]/
const ENGLISH_WORD = /[A-Za-z]{2,}/

const SCHEMAS: [string, z.ZodMiniType][] = [
  ['the call envelope', callEnvelope],
  ...Object.entries(contracts).flatMap(([fn, actions]) => Object.entries(actions).map(([action, contract]) => [`${fn}.${action}`, contract.input] as [string, z.ZodMiniType])),
]

describe.each(SCHEMAS)('%s', (_name, schema) => {
  const samples = [{ label: 'not an object', value: 'x' }, { label: 'nothing', value: undefined }, ...failing(schema)]

  test('every failing input is refused in Chinese that names the field, with none of zod’s words', () => {
    let checked = 0
    for (const { label, value } of samples) {
      const phrasings = localePhrasings(schema, value).filter((text) => text.length > 0)
      for (const { field, message } of refusedIssues(schema, value)) {
        checked += 1
        const where = `${label} → ${field}: ${message}`
        expect([where, CJK.test(message)]).toEqual([where, true])
        expect([where, ENGLISH_WORD.exec(message)?.[0] ?? null]).toEqual([where, null])
        for (const phrase of phrasings) expect([where, message.includes(phrase)]).toEqual([where, false])
        for (const fragment of ZH_FRAGMENTS) expect([where, message.includes(fragment)]).toEqual([where, false])
        const path = field.split(',')[0].split('.')
        // an unknown key is named by the object that carries it
        const named = path[path.length - 1] === 'unknownKey' ? fieldNamesAt(path.slice(0, -1)) : fieldNamesAt(path)
        expect([where, named.some((name) => message.includes(name))]).toEqual([where, true])
      }
    }
    expect(checked).toBeGreaterThan(0)
  })
})

test('every key of every input schema has a Chinese name', () => {
  const keys = new Set<string>()
  const walk = (schema: unknown, depth: number): void => {
    const def = defOf(schema)
    if (depth > 8) return
    if (def.type === 'object') {
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
        keys.add(key)
        walk(field, depth + 1)
      }
    } else if (def.type === 'array') walk(def.element, depth + 1)
    else if (def.type === 'union') for (const option of def.options as unknown[]) walk(option, depth + 1)
    else if (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type)) walk(def.innerType, depth + 1)
    else if (def.type === 'pipe') walk(def.in, depth + 1)
  }
  for (const [, schema] of SCHEMAS) walk(schema, 0)
  expect([...keys].filter((key) => !(key in FIELD_NAMES))).toEqual([])
})

test('the staff’s report: a required text sent empty is asked for by its name, not as “数值过小：期望 string >=1 字符”', () => {
  const issues = refusedIssues(contracts.topics.scheduleMeeting.input, { orgId: '', form: 'plenary' })
  const orgId = issues.find((issue) => issue.field === 'orgId')
  expect(orgId?.message).toBe('请填写妇联')
  expect(issues.map((issue) => issue.message).join('')).not.toMatch(/数值过小|期望|string/)
})

test('a schema’s own words are kept when they name the field, else the name is put before them', () => {
  const issue = { code: 'custom', path: ['place'], message: '不能只有空白', input: ' ' } as z.core.$ZodIssue
  expect(issueText(issue, '地点不能只有空白')).toBe('地点不能只有空白')
  expect(issueText(issue, '不能只有空白')).toBe('地点：不能只有空白')
})

test('a 七个一 minimum is named as 附件2 names the duty, not as a field of the same key elsewhere', () => {
  for (const duty of SEVEN_DUTIES) expect(fieldNamesAt(['changes', 'dutyMinimums', duty.key])).toEqual([duty.title])
  expect(Object.keys(NAMES_WITHIN.dutyMinimums)).toEqual(SEVEN_DUTIES.map((duty) => duty.key))
  // elsewhere the same key keeps its own name
  expect(fieldNamesAt(['fields', 'contact'])).toEqual(FIELD_NAMES.contact)
  const refused = (dutyMinimums: Record<string, unknown>) => refusedIssues(contracts.org.updateOrg.input, { orgId: 'o1', version: 1, changes: { dutyMinimums } })
  expect(refused({ contact: 0 })).toEqual([{ field: 'changes.dutyMinimums.contact', message: '一次联系每季度至少1次，只能提高，不能降低' }])
  expect(refused({ talk: 1.5, survey: null })).toEqual([
    { field: 'changes.dutyMinimums.talk', message: '一次宣讲应为整数' },
    { field: 'changes.dutyMinimums.survey', message: '请填写一次调研' },
  ])
})
