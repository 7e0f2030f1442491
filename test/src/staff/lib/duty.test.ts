// The member's 履职 on the phone: what 记一笔 sends is what the contract accepts (an empty count
// is 0, an activity only for 宣讲 / 公益), a 建议 becomes a valid topics.submit payload with channel
// 执委走访 naming its entry, and a duty's badge reads in plain words.
import { logDutyEntryInput, type DutyEntryView, type DutyProgress } from '../../../../types/duty'
import { submitTopicInput } from '../../../../types/topics'
import { blankDutyValues, dutiesByPeriod, dutyFieldsOf, raisedNote, statusText, topicFromEntry } from '../../../../src/staff/lib/duty'

const ENTRY: DutyEntryView = {
  _id: 'e1',
  version: 1,
  orgId: 'org-1',
  memberId: 'm1',
  kind: 'proposal',
  date: '2026-11-20',
  way: 'visit',
  areaId: null,
  womenCount: 4,
  note: '5栋和6栋的妈妈们都希望社区服务中心设一间母婴室。方便带孩子办事',
  photos: [],
  womenNames: '',
  links: { topicId: null, requestId: null, activityId: null },
  enteredBy: 'self',
  updatedAt: '2026-11-20T02:00:00.000Z',
}

test('记一笔 as typed is a valid logDutyEntry payload; an empty count is 0; an activity only for 宣讲 and 公益', () => {
  const fields = dutyFieldsOf({ ...blankDutyValues(), date: '2026-11-20', womenCount: '', activityId: 'act-1' })
  expect(fields).toMatchObject({ kind: 'contact', womenCount: 0, activityId: null })
  expect(logDutyEntryInput.safeParse({ orgId: 'org-1', fields }).success).toBe(true)
  expect(dutyFieldsOf({ ...blankDutyValues(), kind: 'talk', womenCount: ' 12 ', activityId: 'act-1' })).toMatchObject({ womenCount: 12, activityId: 'act-1' })
})

test('a 建议 becomes a topic on the women’s behalf: channel 执委走访, its note the problem, its first sentence the title', () => {
  const payload = topicFromEntry('org-1', ENTRY)
  expect(payload).toMatchObject({ channel: 'visit', problem: ENTRY.note, dutyEntryId: 'e1', title: '5栋和6栋的妈妈们都希望社区服务中心设…' })
  expect(submitTopicInput.safeParse(payload).success).toBe(true)
  expect(topicFromEntry('org-1', { ...ENTRY, note: '楼道没有灯，晚上回家不安全' }).title).toBe('楼道没有灯，晚上回家不安全')
  // a first sentence too short for a title: the note's start instead
  expect(topicFromEntry('org-1', { ...ENTRY, note: '装灯。3栋楼道晚上太黑，老人摔过跤' }).title).toBe('装灯。3栋楼道晚上太黑，老人摔过跤')
})

test('a duty reads 已完成, 截至 12月31日 or 落后了, grouped 季度, 半年, 年', () => {
  const duty = (key: DutyProgress['key'], period: DutyProgress['span']['period'], status: DutyProgress['status']): DutyProgress => ({
    key,
    title: key,
    span: { period, key: 'k', first: '2026-10-01', last: '2026-12-31', label: period },
    done: 0,
    minimum: 1,
    dueDate: '2026-12-31',
    status,
    missedLast: false,
    citation: { seed: '002', article: '', quote: '' },
  })
  const duties = [duty('record', 'year', 'done'), duty('survey', 'halfYear', 'behind'), duty('contact', 'quarter', 'due')]
  expect(duties.map(statusText)).toEqual(['已完成', '落后了', '截至 12月31日'])
  expect(dutiesByPeriod(duties).map((group) => [group.label, group.duties.map((one) => one.key)])).toEqual([
    ['每季度', ['contact']],
    ['每半年', ['survey']],
    ['每年', ['record']],
  ])
})

test('a count her federation raised above the seed’s is said under the seed’s words; the seed’s own count says nothing more', () => {
  expect(raisedNote({ key: 'talk', minimum: 2 })).toBe('本会要求每季度2次（附件2 为1次）')
  expect(raisedNote({ key: 'help', minimum: 3 })).toBe('本会要求每年3次（附件2 为1次）')
  expect(raisedNote({ key: 'talk', minimum: 1 })).toBeNull()
})
