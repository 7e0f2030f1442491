// What a 履职 entry produces, through the real functions: a 建议 submitted as a 议事 topic on the
// women's behalf (002 附件2 四 一次建议: “根据收到的妇女需求，每半年向本级妇联提出1次切实可行的建议意见。”),
// counted as 已立项 while the federation keeps it accepted; a 帮扶 or 报告 filed as a help request
// (000 五 “报”: “…以及凭借自己力量无法解决的求助时，应当及时向党委政府及相关部门和上级妇联报告。”); and what an
// edit or a delete of an entry that produced something may no longer do.
import type { AuditDoc, DutyEntryDoc, TopicDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import { createCaller, type Who } from '../../fixtures/caller'
import { cutOffOnce } from '../../fixtures/cutOff'
import type { TestServices } from '../../fixtures/services'
import { ON_BEHALF, requestServices } from '../requests/fixtures/requestsTree'
import { IDS } from './fixtures/consoleTree'

const FIELDS: ActionInput<'org', 'logDutyEntry'>['fields'] = {
  kind: 'proposal',
  date: '2026-11-20',
  way: 'visit',
  areaId: 'a1',
  womenCount: 3,
  note: '1栋的妈妈们希望服务中心设一间母婴室',
  photos: [],
  womenNames: '',
  activityId: null,
}

const TOPIC: ActionInput<'topics', 'submit'> = {
  orgId: IDS.comm,
  title: '服务中心设母婴室',
  problem: '1栋的妈妈们希望服务中心设一间母婴室',
  proposal: '',
  category: 'publicService',
  channel: 'visit',
  name: '1栋妇女群众',
  anonymous: false,
  onBehalfOf: '执委走访时收集的建议',
}

let services: TestServices
const org = (who: Who) => createCaller('org', services, who)
const topics = (who: Who) => createCaller('topics', services, who)
const requests = (who: Who) => createCaller('requests', services, who)
const entryOf = (id: string) => services.store.getById<DutyEntryDoc>('duty_entries', id)
const logAs = async (who: Who, fields: Partial<typeof FIELDS> = {}, memberId?: string) =>
  (await org(who).logDutyEntry({ orgId: IDS.comm, ...(memberId ? { memberId } : {}), fields: { ...FIELDS, ...fields } })).entry

beforeEach(async () => {
  services = await requestServices()
})

describe('建议 → 议题', () => {
  test('her 建议 becomes a topic in one call: channel 执委走访, the entry records it, its version and audit move', async () => {
    const entry = await logAs('member')
    const { topic } = await topics('member').submit({ ...TOPIC, dutyEntryId: entry._id })
    expect(topic).toMatchObject({ channel: 'visit', state: 'submitted', onBehalfOf: '执委走访时收集的建议' })
    expect(await services.store.getById<TopicDoc>('topics', topic._id)).toMatchObject({ dutyEntryId: entry._id })
    expect(await entryOf(entry._id)).toMatchObject({ version: 2, links: { topicId: topic._id, requestId: null } })
    const linked = await services.store.find<AuditDoc>('audit', { fn: 'topics', 'target.collection': 'duty_entries' })
    expect(linked).toEqual([
      expect.objectContaining({ target: { collection: 'duty_entries', id: entry._id }, changes: [{ field: 'links.topicId', before: null, after: topic._id }] }),
    ])
  })

  test('someone else’s entry, an entry already linked, another kind and another channel are refused, and no topic is made', async () => {
    const hers = await logAs('member')
    const forB = await logAs('chair', {}, IDS.memberB)
    const contact = await logAs('member', { kind: 'contact' })
    const refusal = async (payload: ActionInput<'topics', 'submit'>, who: Who = 'member') => {
      const reply = await topics(who).reply('submit', payload)
      return reply.ok ? 'accepted' : `${reply.error.code} ${reply.error.issues?.[0]?.field} ${reply.error.message}`
    }
    // a chair cannot file a member's 建议 as her own either: the entry is the member's
    expect(await refusal({ ...TOPIC, dutyEntryId: forB._id })).toBe('INVALID_INPUT dutyEntryId 输入有误：只能用自己的履职记录')
    expect(await refusal({ ...TOPIC, dutyEntryId: hers._id }, 'chair')).toBe('INVALID_INPUT dutyEntryId 输入有误：只能用自己的履职记录')
    expect(await refusal({ ...TOPIC, dutyEntryId: contact._id })).toBe('INVALID_INPUT dutyEntryId 输入有误：这笔履职记录是联系/走访谈心，只有建议记录能转为议题')
    expect(await refusal({ ...TOPIC, dutyEntryId: hers._id, channel: 'online' })).toMatch(/^INVALID_INPUT channel .*从履职记录提交的议题，来源是执委走访/)
    expect(await services.store.count('topics', {})).toBe(0)
    await topics('member').submit({ ...TOPIC, dutyEntryId: hers._id })
    expect(await refusal({ ...TOPIC, title: '再提一次母婴室', dutyEntryId: hers._id })).toBe('INVALID_INPUT dutyEntryId 输入有误：这笔履职记录已经转为议题了')
    expect(await services.store.count('topics', {})).toBe(1)
  })

  test('a retried submit (same requestId) makes one topic, and writes the link if the first delivery did not', async () => {
    const entry = await logAs('member')
    const first = await topics('member').submit({ ...TOPIC, dutyEntryId: entry._id }, 'retry-submit-0001')
    // as if the first delivery stopped after making the topic, before its link on the entry
    await services.store.update('duty_entries', { _id: entry._id }, { $set: { links: { topicId: null, requestId: null, activityId: null } } })
    const again = await topics('member').submit({ ...TOPIC, dutyEntryId: entry._id }, 'retry-submit-0001')
    expect(again.topic._id).toBe(first.topic._id)
    expect(await services.store.count('topics', {})).toBe(1)
    expect((await entryOf(entry._id))?.links.topicId).toBe(first.topic._id)
    // a third delivery changes nothing more
    const version = (await entryOf(entry._id))?.version
    await topics('member').submit({ ...TOPIC, dutyEntryId: entry._id }, 'retry-submit-0001')
    expect((await entryOf(entry._id))?.version).toBe(version)
  })

  test('已立项: accepting the topic counts it for the federation and the 街道; merging it away takes it back', async () => {
    const entry = await logAs('member')
    const { topic } = await topics('member').submit({ ...TOPIC, dutyEntryId: entry._id })
    const plain = (await topics('resident').submit({ ...TOPIC, title: '楼道装灯', channel: 'online' })).topic
    await topics('chair').review({ topicId: plain._id, version: 1, decision: { kind: 'accept' } })
    expect((await org('chair').dutyCounts({ orgId: IDS.comm })).own.quarter.accepted ?? 0).toBe(0)

    await topics('chair').review({ topicId: topic._id, version: 1, decision: { kind: 'accept' } })
    const comm = await org('chair').dutyCounts({ orgId: IDS.comm })
    expect([comm.own.quarter.accepted, comm.own.year.accepted, comm.own.quarter.byKind.proposal]).toEqual([1, 1, 1])
    expect((await org('ancestorChair').dutyCounts({ orgId: IDS.street })).tree.year.accepted).toBe(1)

    await topics('chair').review({ topicId: topic._id, version: 2, decision: { kind: 'merge', intoTopicId: plain._id } })
    expect((await org('chair').dutyCounts({ orgId: IDS.comm })).own.year.accepted).toBe(0)
    expect((await org('ancestorChair').dutyCounts({ orgId: IDS.street })).tree.quarter.accepted).toBe(0)
  })

  test('a declined topic is never counted', async () => {
    const entry = await logAs('member')
    const { topic } = await topics('member').submit({ ...TOPIC, dutyEntryId: entry._id })
    await topics('chair').review({ topicId: topic._id, version: 1, decision: { kind: 'decline', reason: '已在办理' } })
    expect((await org('chair').dutyCounts({ orgId: IDS.comm })).own.year.accepted ?? 0).toBe(0)
  })
})

describe('an entry that produced something keeps what made it', () => {
  test('its kind and (for a topic) its date cannot change, the rest can; it cannot be deleted', async () => {
    const entry = await logAs('member')
    await topics('member').submit({ ...TOPIC, dutyEntryId: entry._id })
    const update = (fields: Partial<typeof FIELDS>, version = 2) => org('member').reply('updateDutyEntry', { entryId: entry._id, version, fields: { ...FIELDS, ...fields } })
    expect(await update({ kind: 'contact' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.kind', message: '这笔记录已转为议题，不能改成别的类型' }] },
    })
    expect(await update({ date: '2026-11-19' })).toMatchObject({ ok: false, error: { issues: [{ field: 'fields.date', message: '这笔记录已转为议题，日期不能改' }] } })
    const { entry: saved } = await org('member').updateDutyEntry({ entryId: entry._id, version: 2, fields: { ...FIELDS, womenCount: 5, note: '1栋和2栋的妈妈们希望设母婴室' } })
    expect(saved).toMatchObject({ version: 3, womenCount: 5, links: { topicId: expect.any(String) } })
    expect(await org('member').reply('deleteDutyEntry', { entryId: entry._id, version: 3 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '这笔记录已转为议题，不能删除' },
    })
    expect(await entryOf(entry._id)).not.toBeNull()
  })

  test('a 帮扶 entry that produced a help request keeps its kind but may move its date', async () => {
    const entry = await logAs('member', { kind: 'help' })
    await requests('member').fileOnBehalf({ ...ON_BEHALF, dutyEntryId: entry._id })
    const update = (fields: Partial<typeof FIELDS>) => org('member').reply('updateDutyEntry', { entryId: entry._id, version: 2, fields: { ...FIELDS, kind: 'help', ...fields } })
    expect(await update({ kind: 'report' })).toMatchObject({ ok: false, error: { issues: [{ field: 'fields.kind', message: '这笔记录已转为求助，不能改成别的类型' }] } })
    expect(await update({ date: '2026-11-19' })).toMatchObject({ ok: true, data: { entry: { date: '2026-11-19', version: 3 } } })
  })
})

describe('帮扶 / 报告 → 代为登记求助', () => {
  test('a 报告 entry files the request on her behalf: verbal consent as before, the entry records the case', async () => {
    const entry = await logAs('member', { kind: 'report' })
    const { request } = await requests('member').fileOnBehalf({ ...ON_BEHALF, dutyEntryId: entry._id })
    expect(await services.store.getById('requests', request._id)).toMatchObject({ filedByMemberId: IDS.memberA, consent: { kind: 'verbal', verbalDate: '2026-11-22' } })
    expect(await entryOf(entry._id)).toMatchObject({ version: 2, links: { requestId: request._id, topicId: null } })
    expect(await services.store.find<AuditDoc>('audit', { fn: 'requests', 'target.id': entry._id })).toHaveLength(1)
  })

  test('a filing cut off before the link on the entry is completed by its retry: one case, the entry records it', async () => {
    const entry = await logAs('member', { kind: 'report' })
    cutOffOnce(services.store, 'updateVersioned', 'duty_entries')
    expect(await requests('member').reply('fileOnBehalf', { ...ON_BEHALF, dutyEntryId: entry._id }, 'req-entry-cut1')).toMatchObject({ ok: false })
    expect(await entryOf(entry._id)).toMatchObject({ links: { requestId: null } })
    const { request } = await requests('member').fileOnBehalf({ ...ON_BEHALF, dutyEntryId: entry._id }, 'req-entry-cut1')
    expect(await requests('member').fileOnBehalf({ ...ON_BEHALF, dutyEntryId: entry._id }, 'req-entry-cut1')).toEqual({ request })
    expect(await services.store.count('requests', {})).toBe(1)
    expect(await entryOf(entry._id)).toMatchObject({ version: 2, links: { requestId: request._id } })
  })

  test('someone else’s entry, an entry already linked and a 建议 are refused before any case is filed', async () => {
    const hers = await logAs('member', { kind: 'help' })
    const forB = await logAs('chair', { kind: 'help' }, IDS.memberB)
    const proposal = await logAs('member')
    const message = async (dutyEntryId: string, who: Who = 'member') => {
      const reply = await requests(who).reply('fileOnBehalf', { ...ON_BEHALF, dutyEntryId })
      return reply.ok ? 'filed' : `${reply.error.issues?.[0]?.field} ${reply.error.issues?.[0]?.message}`
    }
    expect(await message(forB._id)).toBe('dutyEntryId 只能用自己的履职记录')
    expect(await message(hers._id, 'chair')).toBe('dutyEntryId 只能用自己的履职记录')
    expect(await message(proposal._id)).toBe('dutyEntryId 这笔履职记录是建议，只有帮扶、报告记录能转为求助')
    expect(await message('no-such-entry')).toBe('dutyEntryId 没有找到这笔履职记录')
    expect(await services.store.count('requests', {})).toBe(0)
    expect(await message(hers._id)).toBe('filed')
    expect(await message(hers._id)).toBe('dutyEntryId 这笔履职记录已经转为求助了')
    expect(await services.store.count('requests', {})).toBe(1)
  })
})
