// 002 第十六条 增替补选举: "参加选举的执委人数必须超过应到执委人数的三分之二，方可进行选举。每位候选人获得
// 赞成票数超过应到会执委的半数方能当选。选举时设监票员1-2名，计票员1-2名，监票员在出席会议的执委中推选".
// Both thresholds are of 应到, not of those present; the product computes the result.
import fc from 'fast-check'
import { countVote, type VoteCount } from '../../../cloudfunctions/org/lib/vote'
import { AppError } from '../../../cloudfunctions/common/errors'

const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${i + 1}`)

function count(expected: number, present: number, yes: number, abstain = 0): VoteCount {
  return {
    expected,
    presentMemberIds: ids(present),
    scrutineerIds: present > 0 ? ['m1'] : [],
    tellers: ['妇联干事 小王'],
    candidates: [{ candidateId: 'c1', name: '刘候选', yes, abstain, no: present - yes - abstain }],
  }
}

describe('应到 15: the boundaries of 第十六条', () => {
  test.each([
    [10, 10, false, false], // 10 × 3 = 30, not more than 15 × 2: no vote
    [11, 7, true, false], // 11 may vote; 7 赞成 is not more than half of 15
    [11, 8, true, true], // 8 赞成 of 应到 15 elects, though of the 11 present 7 would have been a majority too
    [15, 7, true, false],
    [15, 8, true, true],
  ])('present %i, 赞成 %i → quorate %s, elected %s', (present, yes, quorate, elected) => {
    const result = countVote(count(15, present, yes))
    expect(result.quorate).toBe(quorate)
    expect(result.candidates[0]?.elected).toBe(elected)
    expect(result).toMatchObject({ minimumPresent: 11, minimumYes: 8 })
  })

  test('the words give the counts and the rule', () => {
    expect(countVote(count(15, 10, 10)).reason).toBe('应到 15 人，出席 10 人，未超过三分之二（至少要 11 人），不能进行选举')
    expect(countVote(count(15, 11, 8)).candidates[0]?.reason).toBe('赞成 8 票，超过应到 15 人的半数，当选')
    expect(countVote(count(15, 11, 7)).candidates[0]?.reason).toBe('赞成 7 票，未超过应到 15 人的半数，未当选')
  })
})

test.each([
  [9, 7, 5], // 6 × 3 = 18 = 9 × 2: 6 is not enough
  [12, 9, 7],
  [7, 5, 4],
  [3, 3, 2],
  [1, 1, 1],
])('应到 %i: at least %i present and %i 赞成', (expected, minPresent, minYes) => {
  expect(countVote(count(expected, expected, expected))).toMatchObject({ minimumPresent: minPresent, minimumYes: minYes })
})

describe('counts that cannot be true are refused, naming the field', () => {
  const refusal = (change: Partial<VoteCount>) => {
    try {
      countVote({ ...count(15, 11, 8), ...change })
    } catch (error) {
      return error instanceof AppError ? { code: error.code, field: error.issues?.[0]?.field, message: error.message } : error
    }
    return null
  }
  test.each([
    [{ presentMemberIds: ids(16) }, 'presentMemberIds', '不能多于应到人数'],
    [{ presentMemberIds: ['m1', 'm1'] }, 'presentMemberIds', '记了两次'],
    [{ scrutineerIds: [] }, 'scrutineerIds', '1至2名'],
    [{ scrutineerIds: ['m1', 'm2', 'm3'] }, 'scrutineerIds', '1至2名'],
    [{ scrutineerIds: ['m99'] }, 'scrutineerIds', '出席会议的执委中推选'],
    [{ tellers: [] }, 'tellers', '计票员'],
    [{ candidates: [] }, 'tallies', '候选人'],
    [{ candidates: [{ candidateId: 'c1', name: '刘候选', yes: 8, abstain: 0, no: 0 }] }, 'tallies.0.yes', '应等于出席的 11 人'],
    [{ candidates: [{ candidateId: 'c1', name: '刘候选', yes: 8.5, abstain: 2.5, no: 0 }] }, 'tallies.0.yes', '0或正整数'],
    [{ expected: 0, presentMemberIds: [] }, 'expected', '至少为1'],
  ] as [Partial<VoteCount>, string, string][])('%j → %s', (change, field, words) => {
    expect(refusal(change)).toMatchObject({ code: 'INVALID_INPUT', field, message: expect.stringContaining(words) })
  })
})

test('property: the result never disagrees with the rule read as whole numbers', () => {
  const arbitrary = fc
    .integer({ min: 1, max: 80 })
    .chain((expected) => fc.tuple(fc.constant(expected), fc.integer({ min: 1, max: expected })))
    .chain(([expected, present]) =>
      fc.tuple(
        fc.constant(expected),
        fc.constant(present),
        fc.integer({ min: 0, max: present }).chain((yes) => fc.tuple(fc.constant(yes), fc.integer({ min: 0, max: present - yes }))),
      ),
    )
  fc.assert(
    fc.property(arbitrary, ([expected, present, [yes, abstain]]) => {
      const result = countVote(count(expected, present, yes, abstain))
      // the rule in another form: more than 2/3 of 应到 is at least floor(2·应到/3)+1; more than half is at least floor(应到/2)+1
      const quorate = present >= Math.floor((2 * expected) / 3) + 1
      const elected = quorate && yes >= Math.floor(expected / 2) + 1
      expect(result.quorate).toBe(quorate)
      expect(result.candidates[0]?.elected).toBe(elected)
      // of 应到, never of those present: the same 赞成 with more present and the same 应到 gives the same result once quorate
      if (quorate && present < expected) {
        expect(countVote(count(expected, present + 1, yes, abstain)).candidates[0]?.elected).toBe(elected)
      }
    }),
    { numRuns: 2000 },
  )
})
