// org.get: the console's view of one federation — everything the chair edits, her
// children with their completeness, and the warnings — without ever showing an openid.
import { CountingStore } from '../../fixtures/countingStore'
import { member, org } from '../../fixtures/docs'
import type { TestServices } from '../../fixtures/services'
import { consoleServices, seedConsoleTree } from './fixtures/consoleTree'
import { testServices } from '../../fixtures/services'
import { NedbStore } from '../../../server/nedb'
import { createCaller, type Who } from '../../fixtures/caller'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeAll(async () => {
  services = await consoleServices()
})

test('the chair sees her org without its search grams or ancestor list, and its parent', async () => {
  const data = await orgAs('chair').get({ orgId: 'comm' })
  expect(data.role).toBe('chair')
  expect(data.org).toMatchObject({ _id: 'comm', code: 'hp-comm', name: '和平街道幸福社区妇联', version: 1 })
  expect(data.org).not.toHaveProperty('nameGrams')
  expect(data.org).not.toHaveProperty('ancestorIds')
  expect(data.parent).toEqual({ orgId: 'street', code: 'hp-street', name: '和平街道妇联', level: 'street' })
})

test('members come chair first, those who left last, each with bound and never an openid', async () => {
  const data = await orgAs('chair').get({ orgId: 'comm' })
  expect(data.members.map((m) => m.name)).toEqual(['李主席', '王副主席', '张执委', '陈执委', '赵志愿', '刘已离任'])
  expect(data.members.map((m) => m.bound)).toEqual([true, true, true, false, false, true])
  expect(JSON.stringify(data)).not.toContain('oid-')
  expect(data.members[5]).toMatchObject({ status: 'left', departure: { reason: 'resigned', leftOn: '2026-06-30' } })
})

test('areas, recent activities and children come with the console; old activities stay out', async () => {
  const data = await orgAs('chair').get({ orgId: 'comm' })
  expect(data.areas.map((a) => a.name)).toEqual(['1栋', '2栋', '第一网格'])
  expect(data.activities.map((a) => a.title)).toEqual(['家庭教育讲座'])
  expect(data.children).toEqual([
    { orgId: 'g1', code: 'hp-comm-g1', name: '幸福社区第一妇女小组', level: 'group', completeness: { score: expect.any(Number), warningCount: expect.any(Number) } },
  ])
})

test('an area whose member left shows uncovered, as on the board', async () => {
  await services.store.update('areas', { _id: 'a3' }, { $set: { memberId: 'm-left' } })
  const data = await orgAs('chair').get({ orgId: 'comm' })
  expect(data.areas.find((a) => a._id === 'a3')?.memberId).toBeNull()
  expect(data.warnings.find((w) => w.kind === 'areaUncovered')?.subjectIds).toEqual(['a3'])
  await services.store.update('areas', { _id: 'a3' }, { $set: { memberId: null } })
})

test('warnings cite their rule and name what is wrong', async () => {
  const data = await orgAs('chair').get({ orgId: 'comm' })
  const byKind = Object.fromEntries(data.warnings.map((w) => [w.kind, w]))
  // four 执委 in a 社区: fewer than 5 (第四条) — the 10–15 norm is not repeated on top
  expect(byKind.tooFewMembers.rule).toContain('第四条')
  expect(byKind.memberCountOutsideNorm).toBeUndefined()
  expect(byKind.missingPhone.subjectIds).toEqual(['m-b'])
  expect(byKind.memberWithoutDuty.message).toContain('陈执委')
  expect(byKind.areaUncovered.subjectIds).toEqual(['a3'])
  // the team's warnings are counted; the 妇女之家's own (hours, 六个有, 宣传栏) and the meetings' are listed beside them
  const HOME_KINDS = ['hoursDiffer', 'noQuarterPlan', 'noQuarterSummary', 'boardStale', 'missedMeetings', 'noCommittee']
  expect(data.completeness.warningCount).toBe(data.warnings.filter((w) => !HOME_KINDS.includes(w.kind)).length)
  expect(data.warnings.map((w) => w.kind)).toEqual(expect.arrayContaining(['noQuarterSummary']))
  expect(data.completeness.score).toBeGreaterThan(0)
  expect(data.completeness.score).toBeLessThan(100)
})

test('the street chair sees each child with its own completeness; a fuller child scores higher', async () => {
  const data = await orgAs('ancestorChair').get({ orgId: 'street' })
  expect(data.role).toBe('chair')
  const score = Object.fromEntries(data.children.map((c) => [c.orgId, c.completeness.score]))
  expect(Object.keys(score)).toEqual(['comm', 'comm2'])
  expect(score.comm).toBeGreaterThan(score.comm2)
  const onComm = await orgAs('ancestorChair').get({ orgId: 'comm' })
  expect(onComm.role).toBe('ancestorChair')
  expect(data.children.find((c) => c.orgId === 'comm')?.completeness).toEqual(onComm.completeness)
})

test('a plain member may open the console of her own org, not another', async () => {
  expect((await orgAs('member').get({ orgId: 'comm' })).role).toBe('member')
  expect(await orgAs('member').reply('get', { orgId: 'comm2' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await orgAs('member').reply('get', { orgId: 'street' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

test('an unknown org is NOT_FOUND', async () => {
  expect(await orgAs('chair').reply('get', { orgId: 'nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})

test('reads stay the same in number however many children a street has', async () => {
  const reads = async (children: number) => {
    const inner = await NedbStore.open()
    const fresh = await testServices('2026-11-23T02:00:00.000Z', inner)
    await seedConsoleTree(inner, fresh.clock.now())
    for (let i = 0; i < children; i++) {
      await inner.insert('orgs', org(`x${i}`, { code: `x${i}`, parentId: 'street', ancestorIds: ['street'], sort: 10 + i }))
      await inner.insert('members', member(`xm${i}`, `x${i}`, { post: 'chair' }))
    }
    const counting = new CountingStore(inner)
    await createCaller('org', { ...fresh, store: counting }, 'ancestorChair').get({ orgId: 'street' })
    return counting.reads
  }
  expect(await reads(30)).toBe(await reads(2))
})
