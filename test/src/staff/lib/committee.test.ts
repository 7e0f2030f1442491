// The 执委会 pages' words: the seed sentences they quote are word for word in 002, and the
// minimums they tell the chair are the ones the server's rules apply (002 增替补及退出制度第十五、十六条).
import fs from 'node:fs'
import path from 'node:path'
import { countVote } from '../../../../cloudfunctions/org/lib/vote'
import { thirdOf } from '../../../../cloudfunctions/org/lib/nomination'
import { MASS_ROUTE_QUOTE, VOTE_RULE_QUOTE, agendaText, attendanceText, massRouteWords, voteRuleWords } from '../../../../src/staff/lib/committee'
import type { CommitteeMeetingDoc } from '../../../../types'

const SEEDS = path.join(__dirname, '../../../../docs/seeds')
const seed002 = fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((name) => name.startsWith('002_')) as string), 'utf8')

test('the quoted 第十五条 and 第十六条 sentences are in seed 002 word for word', () => {
  expect(seed002).toContain(VOTE_RULE_QUOTE)
  expect(seed002).toContain(MASS_ROUTE_QUOTE)
})

test.each([1, 2, 3, 4, 5, 9, 12, 14, 15, 16, 25, 29])('应到 %i: the vote’s minimums in the chair’s words are the server’s', (expected) => {
  const result = countVote({
    expected,
    presentMemberIds: ['a'],
    scrutineerIds: ['a'],
    tellers: ['计票员'],
    candidates: [{ candidateId: 'c', name: '候选人', yes: 1, abstain: 0, no: 0 }],
  })
  expect(voteRuleWords(expected)).toContain(`至少 ${result.minimumPresent} 人`)
  expect(voteRuleWords(expected)).toContain(`至少 ${result.minimumYes} 票`)
})

test('应到 15: at least 11 present and 8 赞成, as 第十六条 reads', () => {
  expect(voteRuleWords(15)).toContain('至少 11 人')
  expect(voteRuleWords(15)).toContain('至少 8 票')
})

test.each([3, 10, 12, 14, 15])('%i 执委 in office: 群众推荐 asks the server’s third of them', (roster) => {
  expect(massRouteWords(roster)).toContain(`至少 ${thirdOf(roster)} 位执委推荐`)
})

test('a meeting in words: its agenda by kind and line, and 出席 x/应到 y once recorded', () => {
  const meeting = {
    agenda: [
      { kind: 'election', title: '增补执委 周丽娟' },
      { kind: 'work', title: '' },
    ],
    invitedMemberIds: ['a', 'b', 'c'],
    attendance: [
      { memberId: 'a', status: 'present', reason: '' },
      { memberId: 'b', status: 'excused', reason: '出差' },
      { memberId: 'c', status: 'present', reason: '' },
    ],
    status: 'recorded',
  } as unknown as CommitteeMeetingDoc
  expect(agendaText(meeting.agenda)).toBe('增替补表决（增补执委 周丽娟）、工作部署')
  expect(attendanceText(meeting)).toBe('出席 2/应到 3')
  expect(attendanceText({ ...meeting, status: 'scheduled', attendance: [] })).toBe('应到 3 人')
})
