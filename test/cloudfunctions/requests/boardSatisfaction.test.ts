// 群众满意度 of help given, on the public board. 002 第七条 亮成效: "工作活动开展后，及时公布成效及群众满意度。"
// A woman rates a closed case in stars; the board counts 4–5 星 as 满意, 3 as 基本满意, 1–2 as
// 不满意, shows counts only, and withholds them while fewer than 5 have rated.
import type { BoardDoc } from '../../../types'
import { publishRow } from '../../../cloudfunctions/shared/satisfaction'
import type { TestServices } from '../../fixtures/services'
import { caseIn, requestServices, step } from './fixtures/requestsTree'

let services: TestServices
beforeEach(async () => {
  services = await requestServices()
})

async function rateCases(scores: number[]): Promise<void> {
  for (const score of scores) {
    // one case an hour: she may file 5 an hour
    services.clock.set(new Date(services.clock.now().getTime() + 3_600_000).toISOString())
    const { id, version } = await caseIn(services, 'closed')
    await step(services, 'resident', id, version, { kind: 'rate', score, comment: '谢谢' })
  }
}
const board = () => services.store.getById<BoardDoc>('boards', 'hp-comm')

test('each rating reaches the board at once; under 5 ratings no level is shown', async () => {
  await rateCases([5, 2])
  expect((await board())?.satisfaction?.help).toEqual({ rated: 'few', satisfied: 'hidden', fair: 'hidden', unsatisfied: 'hidden' })
})

test('from 5 ratings the board shows how many were 满意, 基本满意 and 不满意, with its words never', async () => {
  await rateCases([5, 4, 5, 4, 5, 3, 3, 3, 3, 3])
  const shown = await board()
  expect(shown?.satisfaction?.help).toEqual({ rated: 10, satisfied: 5, fair: 5, unsatisfied: 0 })
  expect(JSON.stringify(shown)).not.toContain('谢谢')
})

test.each([
  [[0, 0, 0], null],
  [[3, 1, 0], { rated: 'few', satisfied: 'hidden', fair: 'hidden', unsatisfied: 'hidden' }],
  [[9, 6, 0], { rated: 15, satisfied: 9, fair: 6, unsatisfied: 0 }],
  [[7, 6, 1], { rated: 14, satisfied: 7, fair: 'hidden', unsatisfied: 'few' }],
] as const)('the counts %j are published as %j', (counts, row) => {
  expect(publishRow(counts)).toEqual(row)
})
