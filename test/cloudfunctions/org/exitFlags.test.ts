// 000 六(八): "超过一年没有履职的" … "由推荐单位提出建议，经执委会通过决定终止其执委资格". The console proposes
// the exit with its evidence (her last entry's date) and says it removes nobody.
import { silentYearWarnings } from '../../../cloudfunctions/org/lib/exitFlags'
import { createCaller } from '../../fixtures/caller'
import { member } from '../../fixtures/docs'
import { consoleServices, IDS } from './fixtures/consoleTree'

// 23 November 2026 in Beijing
const now = new Date('2026-11-23T02:00:00.000Z')
const old = { termStart: '2024-01-01' }

test.each([
  ['her last entry a year and a day ago', '2025-11-22', true],
  ['her last entry 364 days ago', '2025-11-24', false],
  ['no entry at all', null, true],
])('%s → flagged: %s', (_, last, flagged) => {
  const warnings = silentYearWarnings([member('m1', 'o', { name: '胡执委', ...old })], new Map([['m1', last]]), now)
  expect(warnings.length > 0).toBe(flagged)
})

test('the words give the evidence, say it removes nobody, and cite the rule and who decides', () => {
  const members = [
    member('m1', 'o', { name: '胡执委', ...old }),
    member('m2', 'o', { name: '新执委', termStart: '2026-03-01' }),
    member('m3', 'o', { name: '赵志愿', post: 'volunteer', ...old }),
  ]
  const [warning] = silentYearWarnings(
    members,
    new Map([
      ['m1', '2025-06-30'],
      ['m2', null],
      ['m3', null],
    ]),
    now,
  )
  expect(warning).toMatchObject({ kind: 'silentYear', subjectIds: ['m1'] })
  expect(warning?.message).toBe('胡执委（最近一次履职记录 2025-06-30） 超过一年没有履职。这是提示，不会自动取消执委资格：请先谈心了解情况，确需退出的，由执委会研究决定')
  expect(warning?.rule).toContain('超过一年没有履职的')
  expect(warning?.rule).toContain('由推荐单位提出建议，经执委会通过决定终止其执委资格')
})

test('through the console: a 执委 of long standing with no entry is proposed; one with an entry last week is not', async () => {
  const services = await consoleServices()
  // both in office since 2024; 张执委 logged a visit last week, 陈执委 nothing
  for (const id of [IDS.memberA, IDS.memberB]) await services.store.update('members', { _id: id }, { $set: { termStart: '2024-01-01' } })
  const data = await createCaller('org', services, 'chair').get({ orgId: IDS.comm })
  const warning = data.warnings.find((w) => w.kind === 'silentYear')
  expect(warning?.subjectIds).toContain(IDS.memberB)
  expect(warning?.subjectIds).not.toContain(IDS.memberA)
  expect(warning?.message).toContain('陈执委（没有履职记录）')
})
