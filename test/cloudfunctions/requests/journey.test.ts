// One case from her first words to her rating, as each person sees it: she files, the
// chair accepts and assigns, the member contacts her, notes, refers and closes, she
// rates. Her view never carries a staff note; the staff view carries everything.
import type { OutboxDoc } from '../../../types'
import { ACCEPT, requesterView, requestServices, SECRETS, staffView, step, submitCase } from './fixtures/requestsTree'
import { createCaller } from '../../fixtures/caller'

test('she files, the chair accepts, the member works it to closure, she rates it', async () => {
  const services = await requestServices()
  const ref = await submitCase(services)
  expect(ref.code).toMatch(/^QZ-[23456789A-HJ-NP-Z]{8}$/)
  let version = (await step(services, 'chair', ref._id, 1, ACCEPT)).case.version
  version = (await step(services, 'member', ref._id, version, { kind: 'contact', how: 'sms', note: '短信约了周三面谈' })).case.version
  version = (await step(services, 'member', ref._id, version, { kind: 'note', text: '对方情绪稳定，暂不需要报警' })).case.version
  version = (await step(services, 'member', ref._id, version, { kind: 'refer', body: 'legalAid', note: '已联系司法所王律师' })).case.version
  version = (await step(services, 'member', ref._id, version, { kind: 'message', text: '周三上午十点在妇女之家等您' })).case.version
  version = (await step(services, 'member', ref._id, version, { kind: 'close', reason: 'resolved', note: '已协助申请人身安全保护令' })).case.version
  await step(services, 'resident', ref._id, version, { kind: 'rate', score: 5, comment: '谢谢你们' })

  const hers = requesterView(await createCaller('requests', services, 'resident').get({ caseId: ref._id }))
  expect(hers.personal.description).toBe(SECRETS.description)
  expect(hers.timeline.map((e) => e.words)).toEqual([
    '已提交，我们会尽快受理',
    '已受理，执委会按您方便的方式与您联系',
    '执委已与您联系',
    '转介至 司法所／法律援助',
    '执委给您留言',
    '已办结：已解决',
    '评价了这次帮助（5 星）',
  ])
  expect(JSON.stringify(hers)).not.toContain('对方情绪稳定')
  expect(JSON.stringify(hers)).not.toContain('王律师')
  expect(hers.timeline.find((e) => e.step === 'message')?.text).toBe('周三上午十点在妇女之家等您')
  expect(hers.closure).toEqual({ reason: 'resolved', note: '已协助申请人身安全保护令' })
  expect(hers).toMatchObject({ canRate: false, canAddInfo: false, canWithdraw: false, rating: { score: 5, comment: '谢谢你们' } })

  const staff = staffView(await createCaller('requests', services, 'chair').get({ caseId: ref._id }))
  expect(staff.timeline.find((e) => e.step === 'note')?.text).toBe('对方情绪稳定，暂不需要报警')
  expect(staff.referrals).toEqual([expect.objectContaining({ body: 'legalAid', note: '已联系司法所王律师', status: 'sent' })])
  expect(staff.assignee).toEqual({ id: 'm-a', name: '张执委' })

  const messages = await services.store.find<OutboxDoc>('outbox', { openid: 'oid-resident' }, { sort: { createdAt: 1 } })
  expect(messages.map((m) => m.data.phrase)).toEqual(['已受理', '处理中', '新留言', '已办结'])
  expect(messages.every((m) => m.data.thing === '您的求助有新进展' && m.page === `help/pages/case/index?caseId=${ref._id}`)).toBe(true)
})
