// Bad input to the board function: INVALID_INPUT naming the field by its path, the message
// naming it in Chinese (an unknown key: the request it came in), and the store left
// exactly as it was.
import { boardDomain } from '../../../cloudfunctions/board/domain'
import { dispatch } from '../../../cloudfunctions/common/runtime'
import { createCaller } from '../../fixtures/caller'
import { seedSmallTree } from '../../fixtures/smallTree'
import { testServices, type TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'

let services: TestServices
let before: Record<string, unknown[]>

beforeAll(async () => {
  services = await testServices()
  await seedSmallTree(services.store, services.clock.now())
  before = await snapshotStore(services.store)
})

afterEach(async () => {
  expect(await snapshotStore(services.store)).toEqual(before)
})

const anyone = () => createCaller('board', services)

test.each([
  ['a number', { code: 123 }, 'code', '代码'],
  ['null', { code: null }, 'code', '代码'],
  ['an array', { code: ['comm'] }, 'code', '代码'],
  ['an empty string', { code: '' }, 'code', '代码'],
  ['33 characters', { code: 'a'.repeat(33) }, 'code', '代码'],
  ['a space', { code: 'de mo' }, 'code', '代码'],
  ['Chinese characters', { code: '幸福社区' }, 'code', '代码'],
  ['a percent sign', { code: 'demo%20x' }, 'code', '代码'],
  ['a missing code', {}, 'code', '代码'],
  ['an extra field openid', { code: 'comm', openid: 'someone-else' }, 'openid', '提交的内容'],
])('board.get with %s is INVALID_INPUT naming %s', async (_label, payload, field, name) => {
  const reply = await anyone().raw('get', payload)
  expect(reply.ok).toBe(false)
  if (reply.ok) return
  expect(reply.error.code).toBe('INVALID_INPUT')
  expect(reply.error.issues?.map((i) => i.field)).toContain(field)
  expect(reply.error.message).toMatch(/^输入有误：/)
  expect(reply.error.message).toContain(name)
  expect(reply.error.message).not.toContain(field)
  expect(reply.error.message).toMatch(/[\u4e00-\u9fa5]/)
})

test('a payload that is not an object is INVALID_INPUT', async () => {
  const reply = await anyone().raw('get', 'comm')
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
})

test('an envelope without an action is INVALID_INPUT naming action', async () => {
  const reply = await dispatch(boardDomain, { payload: { code: 'comm' } }, { openid: null }, services)
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'action' }] } })
})

test.each(['delete', 'constructor', 'toString', '__proto__'])('action %s is UNKNOWN_ACTION', async (action) => {
  const reply = await anyone().raw(action, { code: 'comm' })
  expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION', message: expect.stringContaining('没有这项操作') } })
})

test('a code with every QR scene character is valid input (and simply not found)', async () => {
  const reply = await anyone().reply('get', { code: "aZ9!#$&'()*+,/:;=?@-._~" })
  expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})
