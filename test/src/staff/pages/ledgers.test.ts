import { ledgerChoices, yearChoices } from '../../../../src/staff/pages/ledgers/ledgers'

test('the federation’s own chairs see every ledger, the 年度台账 first; a chair above is not offered the 求助台账 case by case', () => {
  expect(ledgerChoices('chair').map((c) => c.title)).toEqual(['年度台账', '执委花名册', '活动台账', '议事台账', '履职台账', '执委会和增替补记录', '求助台账'])
  expect(ledgerChoices('ancestorChair').map((c) => c.kind)).not.toContain('requests')
  expect(ledgerChoices('chair').find((c) => c.kind === 'requests')?.note).toContain('已去除姓名')
})

test('this year and the four before it, newest first', () => {
  expect(yearChoices(2026)).toEqual([2026, 2025, 2024, 2023, 2022])
})
