// The term settings form: the term's last day in words, the 评议 shares in words, the seed it quotes.
import { FAIL_SHARES, TERM_QUOTE, TERM_YEAR_CHOICES, shareLabel, startingRules, termEndWords } from '../../../../../src/staff/pages/committee-rules/rules'
import { DEFAULT_COMMITTEE_RULES } from '../../../../../types/committeeRules'

test('the term’s end: five years from 1 March 2024 is 28 February 2029; no start says what it is for', () => {
  expect(termEndWords('2024-03-01', 5)).toBe('本届任期到 2029年2月28日。')
  expect(termEndWords('2024-03-01', 3)).toBe('本届任期到 2027年2月28日。')
  expect(termEndWords(null, 5)).toContain('还没有填写本届开始日期')
})

test('three to five years (000 三(一) "每届任期三至五年"), and the three shares a chair picks from, one third first', () => {
  expect(TERM_YEAR_CHOICES).toEqual([3, 4, 5])
  expect(TERM_QUOTE).toContain('每届任期三至五年')
  expect(TERM_QUOTE).toContain('每五年举行一次')
  expect(FAIL_SHARES.map(shareLabel)).toEqual(['三分之一', '二分之一', '四分之一'])
  expect(FAIL_SHARES[0]).toEqual(DEFAULT_COMMITTEE_RULES.failShare)
})

test('a federation that never set its rules starts from the seeds’ defaults', () => {
  expect(startingRules(undefined)).toEqual({ termStart: null, termYears: 5, announceDays: 30, failShare: { numerator: 1, denominator: 3 } })
})
