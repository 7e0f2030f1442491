// One 议事 from collection to published outcome, through the runtime: a resident submits,
// the chair accepts, a member seconds, a meeting is scheduled and recorded, feedback is
// published and the topic carried out. The public sees each outcome; the submitter has
// a notification for every step; the audit log has every change.
import type { OutboxDoc } from '../../../types'
import { IDS, SUBMISSION, topicServices } from './fixtures/topicsTree'
import { createCaller, type Who } from '../../fixtures/caller'

test('a topic goes from submitted to done, on record and in public', async () => {
  const services = await topicServices()
  /** each step a minute after the one before, so the outbox has an order */
  const nextMinuteAs = (who: Who) => {
    services.clock.set(new Date(services.clock.now().getTime() + 60_000).toISOString())
    return createCaller('topics', services, who)
  }
  const { topic } = await nextMinuteAs('resident').submit(SUBMISSION)
  await nextMinuteAs('chair').review({ topicId: topic._id, version: 1, decision: { kind: 'accept' } })
  await nextMinuteAs('member').second({ topicId: topic._id })
  const { meeting } = await nextMinuteAs('chair').scheduleMeeting({
    orgId: 'comm',
    form: 'onSite',
    startsAt: '2026-11-23T06:00:00.000Z',
    place: '服务中心二楼',
    host: '李主席',
    invitedMemberIds: [IDS.chair, IDS.memberA],
    representatives: ['王阿姨'],
    guests: ['赵书记'],
    topicIds: [topic._id],
  })
  services.clock.set('2026-11-23T08:00:00.000Z')
  await nextMinuteAs('chair').recordMeeting({
    meetingId: meeting._id,
    version: 1,
    attendance: [
      { memberId: IDS.chair, status: 'present' },
      { memberId: IDS.memberA, status: 'present' },
    ],
    records: [{ topicId: topic._id, discussion: '现场查看了二楼空房间', decision: '改建为母婴室', owner: '张执委', dueDate: '2026-12-31' }],
  })
  await nextMinuteAs('chair').advance({ topicId: topic._id, version: 4, step: { kind: 'publishFeedback', feedback: '社区同意改建二楼空房间为母婴室' } })
  await nextMinuteAs('chair').advance({ topicId: topic._id, version: 5, step: { kind: 'start' } })
  await nextMinuteAs('chair').advance({ topicId: topic._id, version: 6, step: { kind: 'complete', result: '母婴室已开放', photos: [] } })

  const seen = await nextMinuteAs('anonymous').listPublic({ orgId: 'comm' })
  expect(seen.topics).toEqual([
    expect.objectContaining({
      state: 'done',
      secondCount: 1,
      record: expect.objectContaining({ decision: '改建为母婴室' }),
      outcome: expect.objectContaining({ feedback: '社区同意改建二楼空房间为母婴室', result: '母婴室已开放' }),
    }),
  ])
  const outbox = await services.store.find<OutboxDoc>('outbox', { openid: 'oid-resident' }, { sort: { createdAt: 1 } })
  expect(outbox.map((o) => o.data.phrase)).toEqual(['待审核', '已立项', '已列入议程', '已议定', '已反馈', '落实中', '已落实'])
  expect(await services.store.count('audit', { fn: 'topics', outcome: 'changed' })).toBe(8)
})
