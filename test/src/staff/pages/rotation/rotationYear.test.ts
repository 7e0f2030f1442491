// The 轮值 planner's year: every month with its 执委, empty months and shared ones marked
// the way the console's warning counts them; volunteers and members who left keep no month.
import type { ConsoleData } from '../../../../../src/staff/lib/consoleStore'
import { rotationYear } from '../../../../../src/staff/pages/rotation/rotationYear'
import type { ConsoleMember } from '../../../../../types/org'

const person = (id: string, onDutyMonth: number | null, over: Partial<ConsoleMember> = {}) =>
  ({ _id: id, name: id, post: 'member', status: 'active', onDutyMonth, ...over }) as ConsoleMember
const data = (members: ConsoleMember[]) => ({ members }) as ConsoleData

test('a shared month is a clash while another month is empty; the empty months and this month are marked', () => {
  const year = rotationYear(
    data([person('张三', 11), person('李四', 11), person('王五', 3), person('赵志愿', 5, { post: 'volunteer' }), person('刘离任', 7, { status: 'left' })]),
    11,
  )
  expect(year).toHaveLength(12)
  expect(year[10]).toMatchObject({ month: 11, clash: true, empty: false, current: true })
  expect(year[10].members.map((m) => m.name)).toEqual(['张三', '李四'])
  expect(year[2]).toMatchObject({ month: 3, clash: false, empty: false, current: false })
  expect(year.filter((m) => m.empty).map((m) => m.month)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10, 12])
})

test('when every month is kept, two in one month is no clash', () => {
  const members = [...Array.from({ length: 12 }, (_, i) => person(`m${i}`, i + 1)), person('extra', 4)]
  expect(rotationYear(data(members), 1).some((m) => m.clash || m.empty)).toBe(false)
})
