import { committeeRules, committeeRulesOf, DEFAULT_COMMITTEE_RULES, failsAppraisal, termEndFrom } from '../../types'

describe('述职评议 pass rule (002 第八条; default 不满意 above one third)', () => {
  const third = { numerator: 1, denominator: 3 }
  test.each([
    [0, 0, false, 'nobody rated her: not judged'],
    [3, 9, false, 'exactly one third is not above it'],
    [4, 9, true, 'above one third'],
    [1, 3, false, 'one of three'],
    [2, 5, true, '2/5 > 1/3'],
    [0, 12, false, 'all content'],
  ])('%i 不满意 of %i → 不合格 %s (%s)', (dissatisfied, total, fails) => {
    expect(failsAppraisal(dissatisfied, total, third)).toBe(fails)
  })

  test('a federation that set one half judges by one half', () => {
    expect(failsAppraisal(4, 9, { numerator: 1, denominator: 2 })).toBe(false)
    expect(failsAppraisal(5, 9, { numerator: 1, denominator: 2 })).toBe(true)
  })
})

describe('term end (000 三(一) 每五年)', () => {
  test.each([
    ['2024-03-15', 5, '2029-03-14'],
    ['2021-01-01', 5, '2025-12-31'],
    ['2024-02-29', 3, '2027-02-28'],
  ])('%s + %i years ends %s', (start, years, end) => {
    expect(termEndFrom(start, years)).toBe(end)
  })
})

describe('committeeRules input', () => {
  const ok = { termStart: '2024-03-15', termYears: 5, announceDays: 30, failShare: { numerator: 1, denominator: 3 } }

  test('the defaults stand where a federation set nothing', () => {
    expect(committeeRulesOf({})).toEqual(DEFAULT_COMMITTEE_RULES)
    expect(DEFAULT_COMMITTEE_RULES).toMatchObject({ termYears: 5, announceDays: 30, failShare: { numerator: 1, denominator: 3 } })
    expect(committeeRulesOf({ committeeRules: ok })).toBe(ok)
  })

  test.each([
    [{ termYears: 6 }, 'termYears', '每届任期应是 3 到 5 年'],
    [{ termYears: 2 }, 'termYears', '每届任期应是 3 到 5 年'],
    [{ announceDays: 3 }, 'announceDays', '公示天数应是 7 到 365 天'],
    [{ failShare: { numerator: 3, denominator: 3 } }, 'failShare.numerator', '不合格比例应小于 1（分子要比分母小）'],
    [{ failShare: { numerator: 1, denominator: 1 } }, 'failShare.denominator', '不合格比例的分母应是 2 到 10 的整数'],
    [{ termStart: '2024-02-30' }, 'termStart', '没有这一天，请检查日期'],
  ])('%o is refused at %s in Chinese', (change, path, message) => {
    const result = committeeRules.safeParse({ ...ok, ...change })
    expect(result.success).toBe(false)
    const issue = result.error?.issues.find((i) => i.path.join('.') === path)
    expect(issue?.message).toBe(message)
  })
})
