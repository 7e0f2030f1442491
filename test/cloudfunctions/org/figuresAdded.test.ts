// A new case or topic adds itself to its federation's figures (shared/orgStats.ts: addNewCase,
// addNewTopic) rather than recounting the federation's year: what it adds must be what a recount
// makes of it, cases filed at once must each be counted, the year's first one makes the part
// whole, and a submit cut off before its add is counted by its retry.
import type { OrgDoc, OrgStatsDoc } from '../../../types'
import { addNewCase, partMark, recountPart, requestsPart, topicsPart } from '../../../cloudfunctions/shared/orgStats'
import { createCaller } from '../../fixtures/caller'
import { cutOffOnce } from '../../fixtures/cutOff'
import type { TestServices } from '../../fixtures/services'
import { OTHER_RESIDENT, ON_BEHALF, requestServices, SUBMISSION } from '../requests/fixtures/requestsTree'
import { SUBMISSION as TOPIC } from '../topics/fixtures/topicsTree'
import { IDS } from './fixtures/consoleTree'

let services: TestServices
const statsOf = async (orgId: string, year = 2026) => (await services.store.getById<OrgStatsDoc>('org_stats', `${orgId}_${year}`)) ?? undefined
const withoutAt = <T extends { at: string; recounts?: number; adds?: number }>(part: T | undefined) => {
  if (!part) throw new Error('the part is not there')
  const { at: _at, recounts: _recounts, adds: _adds, ...counts } = part
  return counts
}
/** The counts a recount of the federation's year makes, to hold the added ones against. */
const recounted = async (part: 'requests' | 'topics') => withoutAt(await (part === 'requests' ? requestsPart : topicsPart)(services.store, IDS.comm, 2026, 'now'))

beforeEach(async () => {
  services = await requestServices()
})

test('cases filed one by one and at once are each added, and the part is what a recount makes of it', async () => {
  // the 街道 reads first: every part of 幸福社区's year is on its figures, so each case adds itself
  await createCaller('org', services, 'ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  expect((await statsOf(IDS.comm))?.requests?.total).toBe(0)
  const resident = createCaller('requests', services, 'resident')
  await resident.submit({ ...SUBMISSION, category: 'employment' })
  await Promise.all([
    resident.submit({ ...SUBMISSION, category: 'legal' }),
    resident.submit({ ...SUBMISSION, category: 'legal' }),
    resident.submit(SUBMISSION),
    createCaller('requests', services, OTHER_RESIDENT).submit({ ...SUBMISSION, category: 'hardship' }),
    createCaller('requests', services, 'member').fileOnBehalf({ ...ON_BEHALF, category: 'children' }),
  ])
  const requests = (await statsOf(IDS.comm))?.requests
  expect(requests).toMatchObject({ total: 6, byCategory: [1, 0, 1, 2, 0, 1, 1, 0], byState: [6, 0, 0, 0] })
  expect(requests?.byMonth[10]).toBe(6)
  expect(withoutAt(requests)).toEqual(await recounted('requests'))
})

test('topics filed one by one and at once are each added, and the part is what a recount makes of it', async () => {
  await createCaller('org', services, 'ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  const topics = createCaller('topics', services, 'resident')
  await topics.submit(TOPIC)
  await Promise.all([topics.submit({ ...TOPIC, title: '楼道加装扶手' }), createCaller('topics', services, OTHER_RESIDENT).submit({ ...TOPIC, title: '增设儿童游乐区' })])
  const part = (await statsOf(IDS.comm))?.topics
  expect(part).toMatchObject({ total: 3, byQuarter: [0, 0, 0, 3], accepted: 0 })
  expect(withoutAt(part)).toEqual(await recounted('topics'))
})

test('the year’s first case, on figures the org function made without a 求助 part, makes the part whole', async () => {
  const { org } = await createCaller('org', services, 'chair').get({ orgId: IDS.comm })
  // a change of the org writes its own part (and the 履职 one) of the year first
  await createCaller('org', services, 'chair').updateOrg({ orgId: IDS.comm, version: org.version, changes: { yearSummaries: { '2026': '全年开展活动十二场。' } } })
  expect((await statsOf(IDS.comm))?.requests).toBeUndefined()
  await createCaller('requests', services, 'resident').submit({ ...SUBMISSION, category: 'psychological' })
  const requests = (await statsOf(IDS.comm))?.requests
  expect(requests).toMatchObject({ total: 1, byCategory: [0, 0, 0, 0, 1, 0, 0, 0], byState: [1, 0, 0, 0] })
  expect(requests?.byMonth).toHaveLength(12)
})

/** Makes the next add to `org_stats` fail, as a host stopped between the record and its figures would leave them. */
const cutOffTheNextAdd = () => cutOffOnce(services.store, 'update', 'org_stats', (args) => '$inc' in (args[2] as object))

test('a case whose submit was cut off before its add is counted by the retry of that submit', async () => {
  await createCaller('org', services, 'ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  const resident = createCaller('requests', services, 'resident')
  cutOffTheNextAdd()
  expect(await resident.reply('submit', SUBMISSION, 'a-retried-case')).toMatchObject({ ok: false })
  expect(await services.store.count('requests', { orgId: IDS.comm })).toBe(1)
  expect((await statsOf(IDS.comm))?.requests?.total).toBe(0)
  const again = await resident.submit(SUBMISSION, 'a-retried-case')
  expect(await services.store.count('requests', { orgId: IDS.comm })).toBe(1)
  expect((await statsOf(IDS.comm))?.requests).toMatchObject({ total: 1, byCategory: [1, 0, 0, 0, 0, 0, 0, 0] })
  // and a third delivery neither files nor counts it again
  expect(await resident.submit(SUBMISSION, 'a-retried-case')).toEqual(again)
  expect((await statsOf(IDS.comm))?.requests?.total).toBe(1)
})

test('a topic whose submit was cut off before its add is counted by the retry of that submit', async () => {
  await createCaller('org', services, 'ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  const topics = createCaller('topics', services, 'resident')
  cutOffTheNextAdd()
  expect(await topics.reply('submit', TOPIC, 'a-retried-topic')).toMatchObject({ ok: false })
  expect((await statsOf(IDS.comm))?.topics?.total).toBe(0)
  await topics.submit(TOPIC, 'a-retried-topic')
  await topics.submit(TOPIC, 'a-retried-topic')
  expect(await services.store.count('topics', { orgId: IDS.comm })).toBe(1)
  expect((await statsOf(IDS.comm))?.topics).toMatchObject({ total: 1, byQuarter: [0, 0, 0, 1] })
})

test('a recount that read the cases before a new one was kept is counted again, not written over that case’s add', async () => {
  await createCaller('org', services, 'ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  const org = await services.store.getById<OrgDoc>('orgs', IDS.comm)
  // while the recount reads 幸福社区's cases, a woman files one and it adds itself
  const find = services.store.find.bind(services.store) as (...args: unknown[]) => Promise<unknown[]>
  let filed = false
  const findingThenFiling = async (...args: unknown[]) => {
    const found = await find(...args)
    if (args[0] === 'requests' && !filed) {
      filed = true
      await createCaller('requests', services, 'resident').submit(SUBMISSION)
      expect((await statsOf(IDS.comm))?.requests?.total).toBe(1)
    }
    return found
  }
  Object.assign(services.store, { find: findingThenFiling })
  await recountPart(services.store, org!, 2026, 'requests', '2026-11-23T02:00:00.000Z')
  expect(filed).toBe(true)
  expect((await statsOf(IDS.comm))?.requests).toMatchObject({ total: 1, byState: [1, 0, 0, 0] })
})

test('adds that all met a recount at once share two recounts between them, not one each', async () => {
  await createCaller('org', services, 'ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  await createCaller('requests', services, 'resident').submit(SUBMISSION)
  const org = await services.store.getById<OrgDoc>('orgs', IDS.comm)
  const mark = await partMark(services.store, IDS.comm, 2026, 'requests')
  expect(mark).toMatchObject({ recounts: 1, adds: 1 })
  // five adds whose marks were read before a recount that has since been written
  const stale = { ...mark!, recounts: 0 }
  const find = services.store.find.bind(services.store) as (...args: unknown[]) => Promise<unknown[]>
  let recounted = 0
  Object.assign(services.store, { find: (...args: unknown[]) => ((recounted += args[0] === 'requests' ? 1 : 0), find(...args)) })
  const doc = { createdAt: '2026-11-23T02:00:00.000Z', category: 'legal', state: 'submitted' } as const
  await Promise.all(Array.from({ length: 5 }, () => addNewCase(services.store, org!, doc, new Date(doc.createdAt), stale)))
  expect(recounted).toBe(2)
  expect((await statsOf(IDS.comm))?.requests).toMatchObject({ total: 1, recounts: 3 })
})
