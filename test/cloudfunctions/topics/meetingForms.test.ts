// The forms of a 议事 are the seeds' own. 附件4 妇联执委议事制度 三: "采取集中议事、现场议事、上门议事、接待议事等灵活多样的形式。"
// 执委工作手册 六(四): "比如议事微信群、集中议事、现场议事、走访议事、上门议事、群众评事等。" Each can be
// chosen; any other is refused by naming the allowed forms in Chinese, never by their codes.
import type { MeetingDoc } from '../../../types'
import { MEETING_FORMS, MEETING_FORM_LABEL } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { agendaServices, IDS, meetingInput } from './fixtures/topicsTree'
import { createCaller, dataOf } from '../../fixtures/caller'

let services: TestServices
beforeEach(async () => {
  services = await agendaServices()
})
const schedule = (form: unknown) => createCaller('topics', services, 'chair').reply('scheduleMeeting', { ...meetingInput([IDS.chair], []), form } as never)

test('every form the two seeds name is offered, in their words', () => {
  expect(MEETING_FORMS.map((form) => MEETING_FORM_LABEL[form]).sort()).toEqual(['上门议事', '集中议事', '现场议事', '接待议事', '议事微信群', '走访议事', '群众评事'].sort())
})

test.each([
  ['walkabout', '走访议事'],
  ['residentReview', '群众评事'],
  ['online', '议事微信群'],
])('a meeting held as %s (%s) is scheduled', async (form) => {
  const { meeting } = await dataOf(schedule(form))
  expect((await services.store.getById<MeetingDoc>('meetings', meeting._id))?.form).toBe(form)
})

test('a form outside the seeds is refused with the allowed forms in Chinese, and nothing is written', async () => {
  const before = await snapshotStore(services.store)
  const reply = await schedule('zoom')
  expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  if (reply.ok) throw new Error('accepted')
  const message = reply.error.issues?.find((issue) => issue.field === 'form')?.message ?? ''
  expect(message).toBe('议事形式只能是集中议事、现场议事、上门议事、接待议事、议事微信群、走访议事、群众评事之一')
  expect(reply.error.message).toContain('走访议事')
  expect(reply.error.message).not.toMatch(/plenary|onSite|homeVisit|reception|walkabout|residentReview|zoom/)
  expect(await snapshotStore(services.store)).toEqual(before)
})

test('a meeting sent without a form is asked to choose one', async () => {
  const reply = await schedule(undefined)
  if (reply.ok) throw new Error('accepted')
  expect(reply.error.issues?.find((issue) => issue.field === 'form')?.message).toBe('请选择议事形式')
})

test('a resident reading a decided topic sees the form of the 议事 that took it up, in words', async () => {
  const { meeting } = await dataOf(schedule('walkabout'))
  services.clock.set('2026-11-25T09:00:00.000Z') // after the meeting
  const records = ['t1', 't2'].map((topicId) => ({ topicId, discussion: '走访了十户', decision: '办理', owner: '张执委', dueDate: null }))
  await dataOf(createCaller('topics', services, 'chair').reply('recordMeeting', { meetingId: meeting._id, version: meeting.version, attendance: [], records }))
  const { topic } = await createCaller('topics', services, 'anonymous').get({ topicId: 't1' })
  expect(topic).toMatchObject({ state: 'decided', meetingForm: 'walkabout' })
  expect(MEETING_FORM_LABEL[topic.meetingForm!]).toBe('走访议事')
})
