// 述职评议's rules, pure. 002 增替补及退出制度第十二条 "在年度述职评议中连续两年不合格"; 激励制度第三条 "评议结果作为优秀
// 基层妇联执委的评选依据"; the federation's rule (committeeRules failShare, default: 不满意 above one third).
import { appraisalCodes, shortlistOf, tallyBallots, twoYearFailures, verdictOf, type FailedYears } from '../../../cloudfunctions/org/lib/appraisalRules'
import { appraisalFailWarnings } from '../../../cloudfunctions/org/lib/exitFlags'
import { APPRAISAL_CODE_ALPHABET, DEFAULT_FAIL_SHARE, type GradeCounts } from '../../../types'

const grades = (satisfied: number, fair: number, dissatisfied: number): GradeCounts => ({ satisfied, fair, dissatisfied })
const THIRD = { ...DEFAULT_FAIL_SHARE }

describe('the yearly result: 不合格 when 不满意 is above the federation’s share', () => {
  test.each([
    ['nobody rated her', grades(0, 0, 0), 'none'],
    ['no 不满意', grades(5, 1, 0), 'pass'],
    ['exactly one third 不满意 (3 of 9)', grades(3, 3, 3), 'pass'],
    ['exactly one third 不满意 (1 of 3)', grades(1, 1, 1), 'pass'],
    ['just above one third (4 of 11)', grades(4, 3, 4), 'fail'],
    ['just above one third (1 of 2)', grades(1, 0, 1), 'fail'],
    ['every rating 不满意', grades(0, 0, 2), 'fail'],
  ])('default share, %s → %s', (_, counts, verdict) => {
    expect(verdictOf(counts, THIRD)).toBe(verdict)
  })

  test('a federation’s own share is honoured: at one half, 2 of 5 不满意 is 合格 and 3 of 5 is not', () => {
    const half = { numerator: 1, denominator: 2 }
    expect(verdictOf(grades(2, 1, 2), half)).toBe('pass')
    expect(verdictOf(grades(2, 1, 2), THIRD)).toBe('fail')
    expect(verdictOf(grades(1, 1, 3), half)).toBe('fail')
    // exactly one half is not above it
    expect(verdictOf(grades(1, 1, 2), half)).toBe('pass')
  })
})

describe('two years 不合格 in a row (第十二条)', () => {
  const FAIL = grades(1, 0, 2)
  const PASS = grades(3, 0, 0)
  const years = (entries: [number, GradeCounts | null][]) => new Map(entries.map(([year, counts]) => [year, new Map(counts ? [['m1', counts]] : [])]))

  test.each<[string, [number, GradeCounts | null][], boolean]>([
    ['one year 不合格 is not enough', [[2026, FAIL]], false],
    [
      '2025 and 2026 不合格 → flagged',
      [
        [2025, FAIL],
        [2026, FAIL],
      ],
      true,
    ],
    [
      '2024 and 2025 不合格, 2026 not rated yet → flagged (last year counts)',
      [
        [2024, FAIL],
        [2025, FAIL],
      ],
      true,
    ],
    [
      'a 合格 year between breaks it',
      [
        [2024, FAIL],
        [2025, PASS],
        [2026, FAIL],
      ],
      false,
    ],
    [
      'a 合格 year after them ends it',
      [
        [2024, FAIL],
        [2025, FAIL],
        [2026, PASS],
      ],
      false,
    ],
    [
      'a year nobody rated her between breaks it',
      [
        [2024, FAIL],
        [2025, null],
        [2026, FAIL],
      ],
      false,
    ],
    [
      'an old pair long ago is no proposal now',
      [
        [2022, FAIL],
        [2023, FAIL],
      ],
      false,
    ],
  ])('%s', (_, entries, flagged) => {
    expect(twoYearFailures(years(entries), ['m1'], THIRD, 2026).length).toBe(flagged ? 1 : 0)
  })

  test('the proposal gives the evidence, cites 第十二条, and removes nobody', () => {
    const flagged: FailedYears[] = [
      {
        memberId: 'm1',
        years: [
          { year: 2025, counts: grades(1, 1, 2) },
          { year: 2026, counts: grades(0, 2, 3) },
        ],
      },
    ]
    const [warning] = appraisalFailWarnings([{ _id: 'm1', name: '胡执委', status: 'active' }], flagged)
    expect(warning).toMatchObject({ kind: 'appraisalFailed', subjectIds: ['m1'] })
    expect(warning?.message).toContain('胡执委：2025 年不合格（满意 1、基本满意 1、不满意 2），2026 年不合格（满意 0、基本满意 2、不满意 3）')
    expect(warning?.message).toContain('不会自动取消执委资格')
    expect(warning?.rule).toContain('在年度述职评议中连续两年不合格')
    expect(warning?.citations[0]).toMatchObject({ seed: '002', article: expect.stringContaining('第十二条') })
    // a member who has left since is not proposed
    expect(appraisalFailWarnings([{ _id: 'm1', name: '胡执委', status: 'left' }], flagged)).toEqual([])
  })
})

test('the 优秀执委 shortlist: only 合格, most 满意 by share first, then fewer 不满意', () => {
  const row = (memberId: string, c: GradeCounts, verdict: 'pass' | 'fail' | 'none') => ({
    memberId,
    name: memberId,
    post: 'member',
    ...c,
    total: c.satisfied + c.fair + c.dissatisfied,
    verdict,
    comments: [],
  })
  const rows = [
    row('half', grades(2, 2, 0), 'pass'),
    row('most', grades(9, 1, 0), 'pass'),
    row('halfWithOne', grades(2, 1, 1), 'pass'),
    row('failed', grades(9, 0, 10), 'fail'),
    row('unrated', grades(0, 0, 0), 'none'),
  ]
  expect(shortlistOf(rows).map((r) => r.memberId)).toEqual(['most', 'half', 'halfWithOne'])
  expect(shortlistOf(rows)[0]).toMatchObject({ satisfiedShare: 0.9, satisfied: 9, total: 10 })
})

test('a round’s codes: as many as asked, all different, from the unambiguous alphabet, the same from the same key', () => {
  const codes = appraisalCodes('key-1', 100)
  expect(codes).toHaveLength(100)
  expect(new Set(codes).size).toBe(100)
  expect(codes.every((code) => [...code].every((c) => APPRAISAL_CODE_ALPHABET.includes(c)) && code.length === 8)).toBe(true)
  expect(appraisalCodes('key-1', 3)).toEqual(codes.slice(0, 3))
  expect(appraisalCodes('key-2', 3)).not.toEqual(codes.slice(0, 3))
})

test('a tally counts each member’s grades and ignores a rating of someone not in the round', () => {
  const tally = tallyBallots(
    ['a', 'b'],
    [
      {
        ratings: [
          { memberId: 'a', grade: 'satisfied' },
          { memberId: 'b', grade: 'dissatisfied' },
        ],
      },
      {
        ratings: [
          { memberId: 'a', grade: 'fair' },
          { memberId: 'x', grade: 'satisfied' },
        ],
      },
    ],
  )
  expect(tally).toEqual([
    { memberId: 'a', satisfied: 1, fair: 1, dissatisfied: 0 },
    { memberId: 'b', satisfied: 0, fair: 0, dissatisfied: 1 },
  ])
})
