// What a member's record may say, given her body: a second 主席 is refused (手册 三(一)
// "执行委员会全体会议选举主席一人"), a 妇女小组's people are 小组长 and 组员 (柳州 通知 一(七)
// "妇女小组设小组长1名，组员3-5名"), and the 妇女小组 and 微家 she keeps in touch with (附件6
// "每位执委至少联系1个妇女小组和微家") must be her federation's own.
import type { AuditDoc, MemberDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller } from '../../fixtures/caller'

let services: TestServices
beforeEach(async () => {
  services = await consoleServices()
})

type MemberFields = ActionInput<'org', 'saveMember'>['fields']
const fields = (over: Partial<MemberFields> = {}): MemberFields => ({
  name: '王桂芳',
  post: 'member',
  phone: '13912345678',
  photoUrl: null,
  specialty: '',
  onDutyMonth: null,
  termStart: null,
  termEnd: null,
  ...over,
})
const save = (payload: Omit<ActionInput<'org', 'saveMember'>, 'orgId'>, orgId = 'comm') => createCaller('org', services, 'chair').reply('saveMember', { orgId, ...payload })
const refusal = async (reply: ReturnType<typeof save>) => {
  const answer = await reply
  if (answer.ok) throw new Error('expected a refusal')
  return answer.error
}

test('a second 主席 is refused with a Chinese reason naming the field and the chair in office', async () => {
  const error = await refusal(save({ fields: fields({ post: 'chair' }) }))
  expect(error.code).toBe('INVALID_INPUT')
  expect(error.issues).toEqual([expect.objectContaining({ field: 'fields.post', message: '本会已有主席李主席，主席只能有一位。请先把李主席改为其他职务或登记离任，再保存' })])
  const promoted = await refusal(save({ memberId: 'm-vice', version: 1, fields: fields({ name: '王副主席', post: 'chair' }) }))
  expect(promoted.issues?.[0].field).toBe('fields.post')
  expect(await services.store.find<MemberDoc>('members', { orgId: 'comm', post: 'chair', status: 'active' })).toHaveLength(1)
})

test('the chair in office may be edited, and once she is a 副主席 another may become 主席', async () => {
  const chair = await save({ memberId: 'm-chair', version: 1, fields: fields({ name: '李主席', post: 'chair', onDutyMonth: 1 }) })
  expect(chair.ok).toBe(true)
  await save({ memberId: 'm-chair', version: 2, fields: fields({ name: '李主席', post: 'viceChair', onDutyMonth: 1 }) })
  expect((await save({ memberId: 'm-vice', version: 1, fields: fields({ name: '王副主席', post: 'chair' }) })).ok).toBe(true)
})

test('a 妇女小组 takes 小组长 and 组员, not 主席 or 执委; a 社区 takes no 小组长', async () => {
  const asStreet = (payload: Omit<ActionInput<'org', 'saveMember'>, 'orgId'>) => createCaller('org', services, 'ancestorChair').reply('saveMember', { orgId: 'g1', ...payload })
  const wrong = await refusal(asStreet({ fields: fields({ post: 'member' }) }))
  expect(wrong.issues).toEqual([expect.objectContaining({ field: 'fields.post', message: '妇女小组的成员职务只能是小组长、组员、巾帼志愿者' })])
  expect((await asStreet({ fields: fields({ post: 'groupLeader' }) })).ok).toBe(true)
  const second = await refusal(asStreet({ fields: fields({ name: '钱二', post: 'groupLeader' }) }))
  expect(second.issues?.[0].message).toContain('小组长只能有一位')
  const inCommunity = await refusal(save({ fields: fields({ post: 'groupLeader' }) }))
  expect(inCommunity.issues?.[0].message).toBe('社区妇联的成员职务只能是主席、副主席、执委、巾帼志愿者')
})

test("she keeps in touch with her federation's own 妇女小组; another body is refused; the audit names the group", async () => {
  const reply = await save({ memberId: 'm-a', version: 1, fields: fields({ name: '张执委', phone: '13800000000', onDutyMonth: 11, linkedBodyIds: ['g1'] }) })
  expect(reply.ok).toBe(true)
  expect((await services.store.getById<MemberDoc>('members', 'm-a'))?.linkedBodyIds).toEqual(['g1'])
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'saveMember' })
  expect(entry.changes).toContainEqual({ field: 'linkedBodies', before: [], after: ['幸福社区第一妇女小组'] })
  const foreign = await refusal(save({ memberId: 'm-b', version: 1, fields: fields({ name: '陈执委', phone: null, linkedBodyIds: ['comm2'] }) }))
  expect(foreign.issues).toEqual([expect.objectContaining({ field: 'fields.linkedBodyIds', message: '联系的妇女小组和微家：含有不属于本会的妇女小组或妇女微家，请刷新后重选' })])
})
