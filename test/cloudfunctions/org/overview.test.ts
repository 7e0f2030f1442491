// The view from above (org.overview, 下级统计): the 街道 chair's table of her communities, each
// row summed over the bodies below it, read from the figures the writes keep (org_stats) — a
// 履职 entry, a help request, a change of the 年度总结 each recount their part at once — with
// 求助 counts protected as 求助统计 publishes them.
import { REQUEST_STATES, type OrgDoc, type OrgStatsDoc, type OverviewRow } from '../../../types'
import { createCaller } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { requestServices, SUBMISSION } from '../requests/fixtures/requestsTree'
import { SUBMISSION as TOPIC } from '../topics/fixtures/topicsTree'
import { IDS } from './fixtures/consoleTree'

let services: TestServices
const org = (who: Parameters<typeof createCaller>[2]) => createCaller('org', services, who)
const rowNamed = (rows: OverviewRow[], name: string) => rows.find((row) => row.name === name)!
const statsOf = (orgId: string, year = 2026) => services.store.getById<OrgStatsDoc>('org_stats', `${orgId}_${year}`)

beforeEach(async () => {
  services = await requestServices()
})

test('the 街道 chair sees one row per community, summed over the bodies below it, and the figures are kept', async () => {
  const view = await org('ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  expect(view).toMatchObject({ year: 2026, quarter: 4, orgCount: 3, asOf: '2026-11-23' })
  expect(view.rows.map((row) => [row.name, row.orgCount])).toEqual([
    ['和平街道幸福社区妇联', 2],
    ['和平街道安康社区妇联', 1],
  ])
  const comm = rowNamed(view.rows, '和平街道幸福社区妇联')
  // 4 执委 in office (the volunteer and the one who left are not 执委 in office); 张执委's entry of 16 November
  expect(comm.duty).toEqual({ executives: 4, activeThisQuarter: 1, rate: 25, entries: 1, women: 3 })
  // the 家庭教育讲座 planned for 5 December is this year's plan; nothing done and recorded yet, no 年度总结
  expect(comm.ledger).toEqual({ planned: 1, recorded: 0, summary: 0 })
  expect(comm.completeness).toEqual(expect.any(Number))
  expect(rowNamed(view.rows, '和平街道安康社区妇联').duty).toMatchObject({ executives: 1, activeThisQuarter: 0, rate: 0 })
  expect(view.total).toMatchObject({ orgCount: 3, duty: { executives: 5, activeThisQuarter: 1, rate: 20 } })
  expect(view.charts.dutyByQuarter).toEqual([0, 0, 0, 1])
  // counted once and kept: every federation below the street has its figures of the year
  for (const orgId of [IDS.comm, IDS.group, IDS.sibling]) expect(await statsOf(orgId)).toMatchObject({ orgId, year: 2026, org: expect.any(Object), duty: expect.any(Object) })
  expect((await statsOf('other'))?.org).toBeUndefined()
})

test('a 履职 entry recounts its federation’s figures at once: the next read counts her without counting anything again', async () => {
  await org('ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  await org('chair').logDutyEntry({
    orgId: IDS.comm,
    memberId: IDS.memberB,
    fields: { kind: 'talk', date: '2026-11-20', way: 'visit', areaId: 'a1', womenCount: 5, note: '', photos: [], womenNames: '', activityId: null },
  })
  expect((await statsOf(IDS.comm))?.duty).toMatchObject({ executives: 4, active: [0, 0, 0, 2], entries: [0, 0, 0, 2] })
  const comm = rowNamed((await org('ancestorChair').overview({ orgId: IDS.street, year: 2026 })).rows, '和平街道幸福社区妇联')
  expect(comm.duty).toEqual({ executives: 4, activeThisQuarter: 2, rate: 50, entries: 2, women: 8 })
})

test('a help request is counted on submit, and leaves its federation as 少于5, never as 1', async () => {
  const requests = createCaller('requests', services, 'resident')
  await requests.submit(SUBMISSION)
  expect((await statsOf(IDS.comm))?.requests).toMatchObject({ total: 1, byCategory: [1, 0, 0, 0, 0, 0, 0, 0] })
  const view = await org('ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  expect(rowNamed(view.rows, '和平街道幸福社区妇联').requests.total).not.toBe(1)
  expect(rowNamed(view.rows, '和平街道幸福社区妇联').requests.total).toEqual({ min: 1, max: 4 })
  expect(JSON.stringify(view)).not.toContain(SUBMISSION.name)
  expect(view.charts.requestsByCategory.find((row) => row.category === 'domesticViolence')?.count).not.toBe(1)
})

test('a 年度总结 written in January for last year counts in last year’s 台账', async () => {
  const { org: console } = await org('chair').get({ orgId: IDS.comm })
  await org('chair').updateOrg({ orgId: IDS.comm, version: console.version, changes: { yearSummaries: { '2025': '全年开展活动十二场。' } } })
  expect((await statsOf(IDS.comm, 2025))?.org?.summary).toBe(true)
  const view = await org('ancestorChair').overview({ orgId: IDS.street, year: 2025 })
  expect(view.quarter).toBe(4)
  expect(rowNamed(view.rows, '和平街道幸福社区妇联').ledger.summary).toBe(1)
})

test('a year still to come shows no figures and keeps none', async () => {
  const view = await org('ancestorChair').overview({ orgId: IDS.street, year: 2027 })
  expect(view.rows).toEqual([])
  expect(await services.store.count('org_stats', { year: 2027 })).toBe(0)
})

test('a community chair reads her own 妇女小组 below her, not her street', async () => {
  const view = await org('chair').overview({ orgId: IDS.comm, year: 2026 })
  expect(view.rows.map((row) => row.name)).toEqual(['幸福社区第一妇女小组'])
  expect(await org('chair').reply('overview', { orgId: IDS.street, year: 2026 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

test('a topic filed and accepted, a help request closed: each step recounts its part at once', async () => {
  const topics = createCaller('topics', services, 'resident')
  const { topic } = await topics.submit(TOPIC)
  expect((await statsOf(IDS.comm))?.topics).toMatchObject({ total: 1, accepted: 0, byQuarter: [0, 0, 0, 1] })
  await createCaller('topics', services, 'chair').review({ topicId: topic._id, version: 1, decision: { kind: 'accept' } })
  expect((await statsOf(IDS.comm))?.topics).toMatchObject({ total: 1, accepted: 1, finished: 0 })

  const filed = await createCaller('requests', services, 'resident').submit(SUBMISSION)
  const caseId = filed.request._id
  const closedAt = REQUEST_STATES.indexOf('closed')
  expect((await statsOf(IDS.comm))?.requests?.byState[closedAt]).toBe(0)
  const chairOnCase = createCaller('requests', services, 'chair')
  await chairOnCase.act({ caseId, version: 1, step: { kind: 'accept', assigneeId: IDS.memberA, backupId: IDS.memberB } })
  expect((await statsOf(IDS.comm))?.requests?.byState[REQUEST_STATES.indexOf('accepted')]).toBe(1)
  await chairOnCase.act({ caseId, version: 2, step: { kind: 'close', reason: 'resolved', note: '已帮助她申请保护令' } })
  expect((await statsOf(IDS.comm))?.requests?.byState[closedAt]).toBe(1)
})

test('federations never counted are counted a bounded number per read, each still a row, until none is left', async () => {
  for (let i = 0; i < 205; i++) {
    await services.store.insert('orgs', {
      ...(await services.store.getById<OrgDoc>('orgs', IDS.sibling)),
      _id: `extra-${i}`,
      code: `extra-${i}`,
      name: `新建社区${i}妇联`,
      sort: 100 + i,
    })
  }
  const first = await org('ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  expect(first.orgCount).toBe(208)
  expect(first.rows).toHaveLength(207)
  expect(first.uncounted).toBe(8)
  const second = await org('ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  expect(second.uncounted).toBe(0)
  expect(await services.store.count('org_stats', { ancestorIds: IDS.street, year: 2026 })).toBe(208)
})
