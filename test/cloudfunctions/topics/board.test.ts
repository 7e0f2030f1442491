// The board's 议事成果 section (亮成效): accepted topics and what became of them appear on
// the public board as soon as the chair acts, the latest changed first; pending, declined
// and merged ones never do, and an anonymous submitter is never named there.
import { BOARD_TOPICS, boardTopics, rebuildBoard } from '../../../cloudfunctions/shared/boardDocument'
import type { ChairTopicView } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { IDS, SUBMISSION, topicIn, topicServices } from './fixtures/topicsTree'
import { createCaller, dataOf, type Who } from '../../fixtures/caller'

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await topicServices()
})

async function boardTopicsOf(code = 'hp-comm') {
  return (await createCaller('board', services).get({ code })).board.topics
}

async function submitted(over: Partial<ActionInput<'topics', 'submit'>> = {}): Promise<ChairTopicView> {
  return (await topicsAs('resident').submit({ ...SUBMISSION, ...over })).topic
}

const review = (topic: ChairTopicView, decision: ActionInput<'topics', 'review'>['decision']) =>
  topicsAs('chair').reply('review', { topicId: topic._id, version: topic.version, decision })

test('a submitted topic is not on the board; once accepted it is, without the anonymous submitter’s name', async () => {
  const topic = await submitted({ anonymous: true, name: '匿名林' })
  expect(await boardTopicsOf()).toEqual([])
  await dataOf(review(topic, { kind: 'accept' }))
  const [shown] = await boardTopicsOf()
  expect(shown).toEqual({ id: topic._id, title: SUBMISSION.title, state: 'accepted', secondCount: 0, decision: '', resultText: '', photos: [], updatedAt: expect.any(String) })
  expect(JSON.stringify(await boardTopicsOf())).not.toContain('匿名林')
})

test('a declined topic never appears, and merging an accepted topic takes it off the board', async () => {
  const declined = await submitted()
  await dataOf(review(declined, { kind: 'decline', reason: '不属于妇联职责' }))
  const kept = await submitted({ title: '增设母婴室的第二个议题' })
  const acceptedKept = (await dataOf(review(kept, { kind: 'accept' }))).topic
  const extra = (await dataOf(review(await submitted({ title: '重复提出的母婴室议题' }), { kind: 'accept' }))).topic
  expect((await boardTopicsOf()).map((t) => t.id).sort()).toEqual([acceptedKept._id, extra._id].sort())
  await dataOf(review(extra, { kind: 'merge', intoTopicId: acceptedKept._id }))
  expect((await boardTopicsOf()).map((t) => t.id)).toEqual([acceptedKept._id])
})

test('the meeting’s decision and then the result with photos show on the board', async () => {
  await services.store.insert('topics', topicIn('t1', 'accepted'))
  const { meeting } = await topicsAs('chair').scheduleMeeting({
    orgId: 'comm',
    form: 'plenary',
    startsAt: '2026-11-22T02:00:00.000Z',
    place: '妇女之家',
    host: '李主席',
    invitedMemberIds: [IDS.memberA],
    representatives: [],
    guests: [],
    topicIds: ['t1'],
  })
  expect((await boardTopicsOf())[0].state).toBe('scheduled')
  await topicsAs('chair').recordMeeting({
    meetingId: meeting._id,
    version: 1,
    attendance: [{ memberId: IDS.memberA, status: 'present' }],
    records: [{ topicId: 't1', discussion: '大家同意设母婴室', decision: '借用二楼空房', owner: '张执委', dueDate: null }],
  })
  expect(await boardTopicsOf()).toMatchObject([{ state: 'decided', decision: '借用二楼空房' }])
  await topicsAs('chair').advance({ topicId: 't1', version: 3, step: { kind: 'start' } })
  await topicsAs('chair').advance({ topicId: 't1', version: 4, step: { kind: 'complete', result: '母婴室已建成开放', photos: ['/files/topics/room.jpg'] } })
  expect(await boardTopicsOf()).toMatchObject([{ state: 'done', decision: '借用二楼空房', resultText: '母婴室已建成开放', photos: ['/files/topics/room.jpg'] }])
})

test('a second updates the count on the board at its next rebuild, not at once', async () => {
  await services.store.insert('topics', topicIn('t1', 'decided'))
  await topicsAs('resident').second({ topicId: 't1' })
  expect((await boardTopicsOf())[0]?.secondCount ?? 0).toBe(0)
  await topicsAs('chair').advance({ topicId: 't1', version: 1, step: { kind: 'publishFeedback', feedback: '已协调会议室，下周起开放' } })
  expect(await boardTopicsOf()).toMatchObject([{ secondCount: 1, state: 'feedbackPublished', resultText: '已协调会议室，下周起开放' }])
})

test('the board holds the most recently changed topics, at most BOARD_TOPICS', () => {
  const topics = Array.from({ length: BOARD_TOPICS + 5 }, (_, i) =>
    topicIn(`t${String(i).padStart(2, '0')}`, 'done', {
      updatedAt: `2026-10-${String(1 + i).padStart(2, '0')}T02:00:00.000Z`,
      outcome: { feedback: '', escalatedTo: [], escalationNote: '', result: `结果${i}`, photos: ['/files/x.jpg'], notCarriedReason: '' },
    }),
  )
  const shown = boardTopics([
    ...topics,
    topicIn('pending', 'submitted'),
    topicIn('no', 'notCarriedOut', { updatedAt: '2026-09-01T02:00:00.000Z', outcome: { ...topics[0].outcome, notCarriedReason: '场地被征用' } }),
  ])
  expect(shown).toHaveLength(BOARD_TOPICS)
  expect(shown[0]).toMatchObject({ id: 't24', resultText: '结果24', photos: ['/files/x.jpg'] })
  expect(shown.map((t) => t.id)).not.toContain('pending')
  expect(boardTopics([topics[0], topicIn('no', 'notCarriedOut', { outcome: { ...topics[0].outcome, notCarriedReason: '场地被征用' } })])[0].resultText).toBe('场地被征用')
})

test('an outcome brings an older topic back to the top of 议事成果, ahead of newer accepted ones', async () => {
  await services.store.insert('topics', topicIn('old', 'decided', { publishedAt: '2026-09-01T02:00:00.000Z', updatedAt: '2026-09-20T02:00:00.000Z' }))
  await services.store.insert('topics', topicIn('new', 'accepted', { publishedAt: '2026-11-10T02:00:00.000Z', updatedAt: '2026-11-10T02:00:00.000Z' }))
  await rebuildBoard(services.store, 'comm', services.clock.now())
  expect((await boardTopicsOf()).map((t) => t.id)).toEqual(['new', 'old'])
  await topicsAs('chair').advance({ topicId: 'old', version: 1, step: { kind: 'publishFeedback', feedback: '社区已同意出资修缮' } })
  expect((await boardTopicsOf()).map((t) => t.id)).toEqual(['old', 'new'])
})
