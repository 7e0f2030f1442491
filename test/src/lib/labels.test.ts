import { planStatusLabel } from '../../../src/lib/labels'

describe('planStatusLabel', () => {
  const today = '2026-11-30'
  test('a plan whose day has not come reads 计划中, on its day too', () => {
    expect(planStatusLabel({ status: 'planned', date: '2026-12-05' }, today)).toBe('计划中')
    expect(planStatusLabel({ status: 'planned', date: today }, today)).toBe('计划中')
  })
  test('a plan whose day has gone by with no result reads 成效待公布', () => {
    expect(planStatusLabel({ status: 'planned', date: '2026-11-29' }, today)).toBe('成效待公布')
  })
  test('a held activity reads 已开展 whatever its date', () => {
    expect(planStatusLabel({ status: 'done', date: '2026-11-01' }, today)).toBe('已开展')
    expect(planStatusLabel({ status: 'done', date: '2026-12-01' }, today)).toBe('已开展')
  })
})
