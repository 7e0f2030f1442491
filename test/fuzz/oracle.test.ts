// The fuzz oracle's own teeth: a reply it must flag is flagged, so a clean fuzz run means
// something. Each case is a reply a broken handler or runtime could give.
import { judge, type Observation, type Problem } from './oracle'

const call = { action: 'get', payload: { code: 'x' } }
const seen = (reply: unknown, over: Partial<Observation> = {}): Observation => ({ reply, logged: [], changed: [], polluted: [], ...over })
const problemsOf = (observation: Observation) => judge('board', call, observation).problems.map((p) => p.problem)

test('a Chinese refusal that wrote nothing is clean', () => {
  const reply = { ok: false, error: { code: 'NOT_FOUND', message: '没有找到这个妇联' } }
  expect(judge('board', call, seen(reply))).toEqual({ outcome: 'NOT_FOUND', problems: [] })
})

const FLAGGED: [name: string, reply: unknown, over: Partial<Observation>, problems: Problem[]][] = [
  ['INTERNAL', { ok: false, error: { code: 'INTERNAL', message: '服务暂时出了点问题，请稍后再试' } }, {}, ['internal']],
  ['an English message', { ok: false, error: { code: 'INVALID_INPUT', message: 'Invalid input: expected string' } }, {}, ['badMessage']],
  ['a stack in Chinese words', { ok: false, error: { code: 'NOT_FOUND', message: '出错了 Error: boom at get (get.ts:3:9)' } }, {}, ['badMessage']],
  ['a library word in a field message', { ok: false, error: { code: 'INVALID_INPUT', message: '输入有误', issues: [{ field: 'code', message: 'Too big' }] } }, {}, ['badMessage']],
  ['a write on a refusal', { ok: false, error: { code: 'FORBIDDEN', message: '无权操作' } }, { changed: ['orgs'] }, ['unexpectedWrite']],
  ['an error in the log', { ok: false, error: { code: 'NOT_FOUND', message: '没有找到' } }, { logged: ['handler failed'] }, ['loggedError']],
  ['a malformed envelope', { ok: false, error: 'boom' }, {}, ['crash']],
  ['a reply with no data', { ok: true }, {}, ['crash']],
  ['a throw out of dispatch', undefined, { thrown: new TypeError('x is undefined') }, ['crash']],
  ['data off the contract', { ok: true, data: { board: null } }, {}, ['offContract']],
]

test.each(FLAGGED)('%s is flagged', (_name, reply, over, problems) => {
  expect(problemsOf(seen(reply, over))).toEqual(problems)
})

test('what the caller sent is not held against the message', () => {
  const reply = { ok: false, error: { code: 'NOT_FOUND', message: '没有找到编码为「undefined」的妇联' } }
  expect(judge('board', { action: 'get', payload: { code: 'undefined' } }, seen(reply)).problems).toEqual([])
})

test('field names the caller sent are not held against the message', () => {
  const reply = { ok: false, error: { code: 'INVALID_INPUT', message: '输入有误：Error 不允许的字段：Error', issues: [{ field: 'Error', message: '不允许的字段：Error' }] } }
  expect(problemsOf(seen(reply))).toEqual([])
})
