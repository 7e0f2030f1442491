// The 妇女之家's own rules in the console, each from 重庆 “妇女之家”规范化建设工作方案 (seed 002):
// 附件1 二 hours, 附件3 一/六 a plan each quarter and a summary of the last, 附件1 六 a 宣传栏
// renewed every half year.
import { boardFreshnessWarnings, hoursWarnings, quarterWarnings } from '../../../cloudfunctions/org/lib/homeWarnings'
import { ruleWarnings } from '../../../cloudfunctions/org/lib/ruleWarnings'
import { DEFAULT_OPENING_HOURS, SEED_HOURS_INCLUDE_WEEKENDS, type ActivityDoc } from '../../../types'

type Dated = Pick<ActivityDoc, 'status' | 'date' | 'resultText' | 'updatedAt'>
const planned = (date: string, updatedAt = `${date}T00:00:00.000Z`): Dated => ({ status: 'planned', date, resultText: '', updatedAt })
const done = (date: string, resultText = '参加 30 人', updatedAt = `${date}T00:00:00.000Z`): Dated => ({ status: 'done', date, resultText, updatedAt })
const at = (iso: string) => new Date(iso)

describe('附件1 二 "除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放"', () => {
  test('the seed hours raise nothing; the product reads the seed as open at weekends too (one setting)', () => {
    expect(SEED_HOURS_INCLUDE_WEEKENDS).toBe(true)
    expect(DEFAULT_OPENING_HOURS.openOnWeekends).toBe(SEED_HOURS_INCLUDE_WEEKENDS)
    expect(hoursWarnings(DEFAULT_OPENING_HOURS)).toEqual([])
  })

  test('08:30—18:00 every day (the demo village) differs and says how, citing the sentence', () => {
    const hours = {
      ...DEFAULT_OPENING_HOURS,
      sessions: [
        { start: '08:30', end: '12:00' },
        { start: '14:30', end: '18:00' },
      ],
    }
    const [warning] = hoursWarnings(hours)
    expect(warning).toMatchObject({ kind: 'hoursDiffer', rule: expect.stringContaining('除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放') })
    expect(warning.message).toContain('08:30—12:00、14:30—18:00')
    expect(warning.message).toContain('延长开放可以保留')
  })

  test('closing at weekends differs from the reading the product takes', () => {
    expect(hoursWarnings({ ...DEFAULT_OPENING_HOURS, openOnWeekends: false }).map((w) => w.kind)).toEqual(['hoursDiffer'])
  })
})

describe('附件3 "每季度制定一次活动计划" and "“妇女之家”活动每季度总结一次"', () => {
  const created = '2025-01-01T00:00:00.000Z'
  test('no plan dated in this quarter: quiet in its first two weeks, warned from its 15th day', () => {
    expect(quarterWarnings([done('2026-09-10')], at('2026-10-14T02:00:00Z'), created)).toEqual([])
    expect(quarterWarnings([done('2026-09-10')], at('2026-10-15T02:00:00Z'), created)).toEqual([
      expect.objectContaining({ kind: 'noQuarterPlan', message: expect.stringContaining('2026年第四季度') }),
    ])
    expect(quarterWarnings([done('2026-09-10'), planned('2026-12-20')], at('2026-10-15T02:00:00Z'), created)).toEqual([])
  })

  test('the past quarter with no result written is owed a summary; a cancelled plan is neither', () => {
    const owed = quarterWarnings([planned('2026-11-02'), planned('2026-08-02'), { ...done('2026-09-01'), status: 'cancelled' }], at('2026-11-20T02:00:00Z'), created)
    expect(owed).toEqual([
      expect.objectContaining({ kind: 'noQuarterSummary', message: '2026年第三季度的活动还没有总结，请补记活动成效', rule: expect.stringContaining('每季度总结一次') }),
    ])
    expect(quarterWarnings([planned('2026-11-02'), done('2026-08-02')], at('2026-11-20T02:00:00Z'), created)).toEqual([])
  })

  test('a body created this quarter owes no summary of the last', () => {
    expect(quarterWarnings([planned('2026-11-02')], at('2026-11-20T02:00:00Z'), '2026-10-08T00:00:00.000Z')).toEqual([])
  })
})

describe('附件1 六 "“妇女之家”妇工园地、活动剪影宣传栏要每半年更新一次"', () => {
  test('activities and results last changed more than six months ago, or never, are stale', () => {
    const now = at('2026-11-20T02:00:00Z')
    expect(boardFreshnessWarnings([done('2026-03-01', '好', '2026-05-01T00:00:00.000Z')], now)).toEqual([
      expect.objectContaining({ kind: 'boardStale', message: expect.stringContaining('2026年5月1日') }),
    ])
    expect(boardFreshnessWarnings([], now).map((w) => w.kind)).toEqual(['boardStale'])
    expect(boardFreshnessWarnings([done('2026-03-01', '好', '2026-06-01T00:00:00.000Z')], now)).toEqual([])
  })
})

test("the 妇女之家 rules are a federation's: a 妇女小组 and a 区县 get none, and none moves the score", () => {
  const home = { hours: { ...DEFAULT_OPENING_HOURS, openOnWeekends: false }, createdAt: '2025-01-01T00:00:00.000Z', activities: [], now: at('2026-11-20T02:00:00Z') }
  expect(ruleWarnings({ level: 'group' }, [], [], { home }).warnings.map((w) => w.kind)).not.toContain('hoursDiffer')
  expect(ruleWarnings({ level: 'county' }, [], [], { home }).warnings.map((w) => w.kind)).not.toContain('boardStale')
  const village = ruleWarnings({ level: 'village' }, [], [], { home })
  expect(village.warnings.map((w) => w.kind)).toEqual(expect.arrayContaining(['hoursDiffer', 'noQuarterPlan', 'noQuarterSummary', 'boardStale']))
  expect(village.completeness.score).toBe(ruleWarnings({ level: 'village' }, [], []).completeness.score)
})
