// The demo's 履职 year, loaded at moments that catch period edges (the first minutes of a
// quarter and of a year in Beijing, the last day of a half-year, a mid-quarter day): 和美社区's
// chair always sees exactly one member behind (黄美玲) and one flagged "超过一年没有履职" (胡素珍,
// 手册 六（八）), the 村 none, and the counts documents add up to the entries, as log would keep them.
import { SILENT_YEAR_CITATION, type DutyCountsDoc, type DutyEntryDoc } from '../../../types'
import { countsOf, spanOf, yearBefore } from '../../../cloudfunctions/shared/duty/cadence'
import { localDate } from '../../../cloudfunctions/common/time'
import { buildDemoDocs, orgIdOf } from '../../../server/demo/build'
import { buildDemoDutyEntries, demoDutyCounts } from '../../../server/demo/duty'
import { DEMO_CODES, DEMO_OPENIDS } from '../../../server/demo/spec'
import { createCaller } from '../../fixtures/caller'
import { testServices, type TestServices } from '../../fixtures/services'

async function demoAt(nowIso: string): Promise<{ services: TestServices; entries: DutyEntryDoc[] }> {
  const services = await testServices(nowIso)
  const now = services.clock.now()
  const docs = buildDemoDocs(now)
  const entries = buildDemoDutyEntries(now, docs.members, docs.areas)
  for (const org of docs.orgs) await services.store.insert('orgs', org)
  for (const member of docs.members) await services.store.insert('members', member)
  for (const area of docs.areas) await services.store.insert('areas', area)
  for (const entry of entries) await services.store.insert('duty_entries', entry)
  for (const counts of demoDutyCounts(entries, docs.orgs)) await services.store.insert('duty_counts', counts)
  return { services, entries }
}

const MOMENTS = [
  // 00:30 on 1 October in Beijing (still 30 September in UTC)
  '2026-09-30T16:30:00.000Z',
  // 00:30 on 1 January in Beijing
  '2026-12-31T16:30:00.000Z',
  // 23:59 on 30 June in Beijing, the last minute of a half-year
  '2027-06-30T15:59:00.000Z',
  // a Monday in the middle of a quarter
  '2026-11-30T02:00:00.000Z',
]

test.each(MOMENTS)('at %s the demo chair sees one member behind and one flagged, whatever the day', async (nowIso) => {
  const { services, entries } = await demoAt(nowIso)
  const chair = createCaller('org', services, { openid: DEMO_OPENIDS.chair })
  const { members, silentCount } = await chair.dutyOverview({ orgId: orgIdOf(DEMO_CODES.community) })
  expect(members).toHaveLength(12)
  const flagged = members.filter((row) => row.summary.silentYear)
  expect(flagged.map((row) => row.name)).toEqual(['胡素珍'])
  expect(flagged[0].summary.silentYear?.citation).toEqual(SILENT_YEAR_CITATION)
  // whatever she logged is more than a year old
  expect(entries.filter((entry) => entry.memberId === flagged[0].memberId && entry.date > yearBefore(localDate(services.clock.now())))).toEqual([])
  expect(silentCount).toBe(1)
  expect(members.filter((row) => row.summary.behind && !row.summary.silentYear).map((row) => row.name)).toEqual(['黄美玲'])
  // the others: some have done this period's work, the rest still have time
  const statuses = new Set(members.slice(2).flatMap((row) => row.summary.duties.map((duty) => duty.status)))
  expect([...statuses].sort()).toEqual(['done', 'due'])
  // the demo member (her own journey logs entries) still has this quarter's work to do
  expect(members.find((row) => row.name === '杨红英')?.summary.duties.find((duty) => duty.key === 'contact')?.status).toBe('due')
  // no entry is dated after today
  const today = localDate(services.clock.now())
  expect(entries.every((entry) => entry.date <= today && entry.createdAt <= services.clock.now().toISOString())).toBe(true)

  const street = await createCaller('org', services, { openid: DEMO_OPENIDS.streetChair }).dutyCounts({ orgId: orgIdOf(DEMO_CODES.street) })
  expect(street.children.map((child) => [child.name, child.members.behind, child.members.silent])).toEqual([
    ['和美社区妇联', 1, 1],
    [expect.any(String), 0, 0],
    [expect.any(String), 1, 0],
  ])
})

test('the counts documents are what logging the same entries one by one keeps: own per federation, tree up to the 街道', async () => {
  const { services, entries } = await demoAt('2026-11-30T02:00:00.000Z')
  const year = spanOf('2026-11-30', 'year')
  const inYear = entries.filter((entry) => entry.date >= year.first && entry.date <= year.last)
  const street = await services.store.getById<DutyCountsDoc>('duty_counts', `${orgIdOf(DEMO_CODES.street)}_2026`)
  expect(street?.tree).toEqual(countsOf(inYear))
  expect(street?.tree.entries).toBeGreaterThan(300)
  const community = await services.store.getById<DutyCountsDoc>('duty_counts', `${orgIdOf(DEMO_CODES.community)}_2026Q4`)
  const ownQ4 = entries.filter((entry) => entry.orgId === orgIdOf(DEMO_CODES.community) && entry.date >= '2026-10-01' && entry.date <= '2026-12-31')
  expect(community?.own).toEqual(countsOf(ownQ4))
  // a chair logging one more adds to the same document
  await createCaller('org', services, { openid: DEMO_OPENIDS.chair }).logDutyEntry({
    orgId: orgIdOf(DEMO_CODES.community),
    memberId: `${DEMO_CODES.community}-m07`,
    fields: { kind: 'contact', date: '2026-11-30', way: 'phone', areaId: null, womenCount: 2, note: '', photos: [], womenNames: '', activityId: null },
  })
  expect((await services.store.getById<DutyCountsDoc>('duty_counts', `${orgIdOf(DEMO_CODES.community)}_2026Q4`))?.own.entries).toBe(ownQ4.length + 1)
})
