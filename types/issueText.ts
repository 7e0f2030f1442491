// One issue of a refused input, in Chinese that names the field: how every validation
// message reaches a person. The validator library's own wording (English, or its zhCN
// locale's "数值过小：期望 string >=1 字符") never does — each kind of issue is said here
// in plain words with the field's Chinese name, and a schema's own words are kept only
// when they name the field (else the name is put before them).
import type * as z from 'zod/mini'
import { fieldNamesAt } from './fieldNames'

type Issue = z.core.$ZodIssue

/** A field that was not sent at all (the issue carries no input). */
const isMissing = (issue: Issue) => !('input' in issue) || issue.input === undefined || issue.input === null

/** What a value of each expected type is called, so a wrong type is named, not called missing. */
const EXPECTED: Record<string, string> = {
  string: '应为文字',
  int: '应为整数',
  number: '应为数字',
  boolean: '应为“是”或“否”',
  array: '应为一组内容',
}

/** Fields she picks rather than types: missing, she is asked to choose. */
const CHOSEN = new Set(['boolean', 'array'])

function missingText(issue: Issue, name: string): string {
  const chosen = issue.code === 'invalid_value' || issue.code === 'invalid_union' || (issue.code === 'invalid_type' && CHOSEN.has(issue.expected))
  return chosen ? `请选择${name}` : `请填写${name}`
}

function sizeText(issue: Issue & { code: 'too_small' | 'too_big' }, name: string): string {
  const small = issue.code === 'too_small'
  const bound = Number(small ? issue.minimum : issue.maximum)
  if (issue.origin === 'string') return small ? (bound <= 1 ? `请填写${name}` : `${name}至少 ${bound} 个字`) : `${name}最多 ${bound} 个字`
  if (issue.origin === 'array' || issue.origin === 'set') return small ? `${name}至少要有 ${bound} 项` : `${name}最多 ${bound} 项`
  if (issue.origin === 'number' || issue.origin === 'int') {
    const strict = issue.inclusive === false
    return small ? `${name}${strict ? '应大于' : '不能小于'} ${bound}` : `${name}${strict ? '应小于' : '不能大于'} ${bound}`
  }
  return small ? `${name}太小` : `${name}太大`
}

function libraryText(issue: Issue, name: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return `${name}${EXPECTED[issue.expected] ?? '格式不对'}`
    case 'too_small':
    case 'too_big':
      return sizeText(issue, name)
    case 'invalid_format':
      return `${name}格式不对`
    case 'not_multiple_of':
      return `${name}应为 ${issue.divisor} 的倍数`
    case 'invalid_value':
      return `${name}不是可以选的一项，请重新选择`
    case 'invalid_union':
      return issue.discriminator === undefined ? `${name}格式不对` : `${name}不是可以选的一项，请重新选择`
    case 'unrecognized_keys':
      return `${name}里有多余的内容（${issue.keys.length} 项），请刷新页面后再试`
    default:
      return `${name}不符合要求`
  }
}

/** A field's own words (a schema's, or a handler's check), with its name put before them unless they already name it. */
export function namedWords(path: readonly PropertyKey[], words: string): string {
  const names = fieldNamesAt(path)
  return names.some((known) => words.includes(known)) ? words : `${names[0]}：${words}`
}

/**
 * The Chinese message for `issue`. `ownWords`: the schema's own message for it, or null
 * when the message is the library's. A missing field is asked for; an unknown key is named
 * by the object that carries it.
 */
export function issueText(issue: Issue, ownWords: string | null): string {
  const [name] = fieldNamesAt(issue.path)
  if (issue.code === 'unrecognized_keys') return libraryText(issue, name)
  if (ownWords !== null) return namedWords(issue.path, ownWords)
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union') && isMissing(issue)) return missingText(issue, name)
  return libraryText(issue, name)
}
