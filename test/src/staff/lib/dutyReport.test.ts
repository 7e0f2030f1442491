// The written 述职 pages' words: the year a page opens on, the report's state, its figures as lines.
import { factLines, filedWords, meetingWords, yearParam } from '../../../../src/staff/lib/dutyReport'
import type { DutyReportFacts } from '../../../../types/dutyReport'

afterEach(() => jest.useRealTimers())

test('the year in the address is taken when it is a whole year up to this one; anything else opens this year', () => {
  jest.useFakeTimers({ now: new Date('2026-12-31T17:00:00.000Z') }) // 1 Jan 2027, 01:00 in Beijing
  expect(yearParam('2026')).toBe(2026)
  expect(yearParam('2027')).toBe(2027)
  for (const odd of ['2028', '2019', '2026.5', 'abc', '']) expect(yearParam(odd)).toBe(2027)
})

test('filed and revised, in Beijing time; the 执委会 named or not', () => {
  expect(filedWords({ filedAt: '2026-12-01T02:00:00.000Z', revisedAt: null })).toBe('2026-12-01 10:00 提交')
  expect(filedWords({ filedAt: '2026-12-01T02:00:00.000Z', revisedAt: '2026-12-02T16:30:00.000Z' })).toBe('2026-12-01 10:00 提交，2026-12-03 00:30 修改')
  expect(meetingWords({ date: '2026-12-10', place: '妇女之家' })).toBe('在 2026-12-10 妇女之家 的执委会上述职')
  expect(meetingWords(null)).toBe('还没有选执委会')
})

test('the figures: the year’s total, each of the 七个一 against the year, topics and 帮扶 only when there are some', () => {
  const facts: DutyReportFacts = {
    year: 2026,
    duties: [{ key: 'contact', title: '一次联系', done: 3, minimum: 4 }],
    kinds: [],
    entries: 3,
    women: 12,
    topics: [],
    helpFiled: 0,
  }
  expect(factLines(facts)).toEqual(['全年记录履职 3 次，联系服务妇女 12 人次', '一次联系：完成 3 次 / 全年要求 4 次'])
  expect(factLines({ ...facts, topics: ['母婴室'], helpFiled: 2 })).toEqual(expect.arrayContaining(['提出建议并提交议事 1 条', '提交帮扶求助 2 件']))
})
