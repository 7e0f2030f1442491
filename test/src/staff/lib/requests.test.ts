// How the console words help requests: suppressed statistics, durations, the overdue
// flags, the time left before a deadline, and a queue row that carries nothing personal.
import type { QueueItem } from '../../../../types/requests'
import { countText, dueLine, durationText, monthText, overdueLabel, queueLines, timeLeftText } from '../../../../src/staff/lib/requests'

const item: QueueItem = {
  _id: 'case-1',
  code: 'QZ-7K3M9P2D',
  orgId: 'org-1',
  orgName: '和美社区妇联',
  category: 'domesticViolence',
  urgency: 'urgent',
  ageBand: '18to59',
  state: 'submitted',
  createdAt: '2026-03-05T06:20:00.000Z',
  queuedAt: '2026-03-05T06:20:00.000Z',
  escalated: true,
  assigned: false,
  acceptBy: '2026-03-05T08:20:00.000Z',
  due: { kind: 'accept', by: '2026-03-05T08:20:00.000Z' },
  overdue: { accept: true, contact: false },
}

describe('help requests in the console', () => {
  test('a suppressed count reads 少于5, a withheld one —, a roll-up range from–to; a real zero stays zero', () => {
    expect(countText('few')).toBe('少于5')
    expect(countText('hidden')).toBe('—')
    expect(countText({ min: 23, max: 31 })).toBe('23–31')
    expect(countText({ min: 40, max: null })).toBe('至少 40')
    expect(countText({ min: 0, max: 4 })).toBe('少于5')
    expect(countText(0)).toBe('0')
    expect(countText(12)).toBe('12')
  })

  test('durations read in hours, or in days past two days; no data says so', () => {
    expect(durationText(5.25)).toBe('5.3 小时')
    expect(durationText(60)).toBe('约 2.5 天')
    expect(durationText(null)).toBe('数据不足')
    expect(monthText('2026-03')).toBe('2026年3月')
  })

  test('the overdue flag names the missed deadline', () => {
    expect(overdueLabel({ accept: true, contact: false })).toBe('逾期未受理')
    expect(overdueLabel({ accept: false, contact: true })).toBe('逾期未联系')
    expect(overdueLabel({ accept: false, contact: false })).toBe('')
  })

  test('a queue row says category, urgency, age, Beijing time and standing', () => {
    expect(queueLines(item)).toEqual(['家庭暴力 · 紧急 · 18至59周岁', '和美社区妇联 · 收到 2026-03-05 14:20 · 下级上报 · 未分派'])
  })

  test('the time left reads in minutes, hours, then days from two days on; a missed deadline says how late', () => {
    const by = '2026-03-05T08:20:00.000Z'
    const at = (hours: number) => Date.parse(by) - hours * 3600 * 1000
    expect(timeLeftText(by, at(0.5))).toBe('剩 30 分钟')
    expect(timeLeftText(by, at(2))).toBe('剩 2 小时')
    expect(timeLeftText(by, at(47.9))).toBe('剩 47 小时')
    expect(timeLeftText(by, at(50))).toBe('剩 2 天')
    expect(timeLeftText(by, at(-3))).toBe('已超期 3 小时')
    expect(timeLeftText(by, at(-80))).toBe('已超期 3 天')
    expect(timeLeftText(by, at(0))).toBe('剩 1 分钟')
  })

  test('a row names the deadline it waits on in Beijing time; none when it waits on none', () => {
    expect(dueLine(item)).toBe('受理期限 2026-03-05 16:20')
    expect(dueLine({ ...item, due: { kind: 'contact', by: '2026-03-08T08:20:00.000Z' } })).toBe('联系期限 2026-03-08 16:20')
    expect(dueLine({ ...item, due: null })).toBe('')
  })
})
