// The audit log: every console change says who, what, when and before/after; the chair
// reads it through org.history; nothing ever updates or removes an audit entry.
import type { AuditDoc } from '../../../types'
import type { CollectionName, Filter, Store, Update } from '../../../cloudfunctions/common/store/port'
import { NedbStore } from '../../../server/nedb'
import { testServices, type TestServices } from '../../fixtures/services'
import { consoleServices, SAMPLE_MEMBER, seedConsoleTree } from './fixtures/consoleTree'
import { createCaller, type ActionCall, type CallerName } from '../../fixtures/caller'

const member = { ...SAMPLE_MEMBER, termStart: null, termEnd: null }

test('a change records who, what, when and the before/after of the changed fields only', async () => {
  const services = await consoleServices()
  services.clock.set('2026-11-23T06:30:00.000Z')
  await createCaller('org', services, 'viceChair').saveMember({
    orgId: 'comm',
    memberId: 'm-b',
    version: 1,
    fields: { ...member, name: '陈执委', phone: '13611112222', onDutyMonth: 5 },
  })
  const [entry] = await services.store.find<AuditDoc>('audit', {})
  expect(entry).toMatchObject({
    at: '2026-11-23T06:30:00.000Z',
    actor: 'oid-vice',
    actorName: '王副主席',
    fn: 'org',
    action: 'saveMember',
    orgId: 'comm',
    target: { collection: 'members', id: 'm-b' },
    outcome: 'changed',
    summary: '修改了成员 陈执委 的电话、轮值月份',
  })
  expect(entry.changes).toEqual([
    { field: 'phone', before: null, after: '13611112222' },
    { field: 'onDutyMonth', before: null, after: 5 },
  ])
})

test('the chair reads the same entry through org.history', async () => {
  const services = await consoleServices()
  await createCaller('org', services, 'chair').saveArea({ orgId: 'comm', fields: { name: '5栋', kind: 'building', memberId: 'm-a', backupMemberId: null } })
  const { entries } = await createCaller('org', services, 'chair').history({ orgId: 'comm' })
  expect(entries).toEqual([
    {
      id: expect.any(String),
      at: '2026-11-23T02:00:00.000Z',
      actorName: '李主席',
      action: 'saveArea',
      summary: '添加了楼栋 5栋',
      outcome: 'changed',
      changes: [
        { field: 'name', before: null, after: '5栋' },
        { field: 'kind', before: null, after: 'building' },
        { field: 'memberId', before: null, after: '张执委' },
      ],
    },
  ])
  expect(JSON.stringify(entries)).not.toContain('oid-')
})

/** A store that remembers every write it is asked to make, by collection. */
class WriteLog implements Store {
  readonly writes: { op: string; collection: CollectionName }[] = []
  constructor(private readonly inner: Store) {}
  find: Store['find'] = (c, f, o) => this.inner.find(c, f, o)
  getById: Store['getById'] = (c, id) => this.inner.getById(c, id)
  count: Store['count'] = (c, f) => this.inner.count(c, f)
  insert: Store['insert'] = (c, d) => (this.writes.push({ op: 'insert', collection: c }), this.inner.insert(c, d))
  put: Store['put'] = (c, d) => (this.writes.push({ op: 'put', collection: c }), this.inner.put(c, d))
  update = (c: CollectionName, f: Filter, u: Update) => (this.writes.push({ op: 'update', collection: c }), this.inner.update(c, f, u))
  updateVersioned = (c: CollectionName, id: string, v: number, u: Update) => (this.writes.push({ op: 'updateVersioned', collection: c }), this.inner.updateVersioned(c, id, v, u))
  remove = (c: CollectionName, f: Filter) => (this.writes.push({ op: 'remove', collection: c }), this.inner.remove(c, f))
  purge: Store['purge'] = (c) => this.inner.purge(c)
}

test('audit entries are only ever inserted: changes, refusals and conflicts never rewrite one', async () => {
  const inner = await NedbStore.open()
  const base = await testServices('2026-11-23T02:00:00.000Z', inner)
  await seedConsoleTree(inner, base.clock.now())
  const store = new WriteLog(inner)
  const services: TestServices = { ...base, store }
  const calls: [CallerName, ...ActionCall<'org'>][] = [
    ['chair', 'updateOrg', { orgId: 'comm', version: 1, changes: { intro: '一' } }],
    ['chair', 'updateOrg', { orgId: 'comm', version: 1, changes: { intro: '二' } }],
    ['member', 'updateOrg', { orgId: 'comm', version: 2, changes: { intro: '三' } }],
    ['chair', 'saveMember', { orgId: 'comm', fields: member, coverAreaIds: ['a3'] }],
    ['chair', 'recordDeparture', { memberId: 'm-a', version: 1, reason: 'resigned', leftOn: '2026-11-01', note: '' }],
    ['chair', 'removeArea', { areaId: 'a2', version: 1 }],
    ['chair', 'saveActivity', { orgId: 'comm', fields: { title: '读书会', status: 'planned', date: '2026-12-20', place: '', summary: '', resultText: '', photos: [] } }],
    ['chair', 'addChild', { orgId: 'comm', name: '幸福社区书香妇女微家', level: 'microHome' }],
    ['unrelatedChair', 'saveArea', { orgId: 'comm', fields: { name: '9栋', kind: 'building', memberId: null, backupMemberId: null } }],
  ]
  for (const [who, action, payload] of calls) await createCaller('org', services, who).reply(action, payload)
  const onAudit = store.writes.filter((w) => w.collection === 'audit')
  expect(onAudit.map((w) => w.op)).toEqual(Array(8).fill('insert'))
  expect(await inner.count('audit', { outcome: 'refused' })).toBe(2)
})
