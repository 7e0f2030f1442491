// Attendance recorded at meetings reaches the console: three meetings in a row marked
// absent flag the member there (000 六(八)), citing the rule.
import type { TestServices } from '../../fixtures/services'
import { IDS, topicIn, topicServices } from './fixtures/topicsTree'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await topicServices()
})

async function holdMeeting(n: number, status: 'present' | 'absent' | 'excused', form: 'plenary' | 'homeVisit' = 'plenary'): Promise<void> {
  const topicId = `t${n}`
  await services.store.insert('topics', topicIn(topicId, 'accepted'))
  const { meeting } = await topicsAs('chair').scheduleMeeting(
    {
      orgId: 'comm',
      form,
      startsAt: `2026-11-${String(10 + n).padStart(2, '0')}T02:00:00.000Z`,
      place: '妇女之家',
      host: '李主席',
      invitedMemberIds: [IDS.memberA],
      representatives: [],
      guests: [],
      topicIds: [topicId],
    },
    `meeting-${n}`,
  )
  await topicsAs('chair').recordMeeting({
    meetingId: meeting._id,
    version: 1,
    attendance: [{ memberId: IDS.memberA, status }],
    records: [{ topicId, discussion: '讨论了议题', decision: '同意办理', owner: '李主席', dueDate: null }],
  })
}

const missed = async () => (await orgAs('chair').get({ orgId: 'comm' })).warnings.find((w) => w.kind === 'missedMeetings')

test('three recorded meetings missed without excuse flag the member on the console', async () => {
  await holdMeeting(1, 'absent')
  await holdMeeting(2, 'absent')
  expect(await missed()).toBeUndefined()
  await holdMeeting(3, 'absent')
  expect(await missed()).toMatchObject({ subjectIds: [IDS.memberA], rule: expect.stringContaining('六（八）') })
})

test('an excused absence in between keeps her off the list', async () => {
  await holdMeeting(1, 'absent')
  await holdMeeting(2, 'excused')
  await holdMeeting(3, 'absent')
  await holdMeeting(4, 'absent')
  expect(await missed()).toBeUndefined()
})

test('three 上门议事 missed in a row never flag her: they are not meetings the federation called her to (000 六(八) "同级妇联召集的活动")', async () => {
  await holdMeeting(1, 'absent', 'homeVisit')
  await holdMeeting(2, 'absent', 'homeVisit')
  await holdMeeting(3, 'absent', 'homeVisit')
  expect(await missed()).toBeUndefined()
  await holdMeeting(4, 'absent')
  await holdMeeting(5, 'absent')
  await holdMeeting(6, 'absent')
  expect((await missed())?.message).toMatch(/（11月14日集中议事、11月15日集中议事、11月16日集中议事）/)
})
