// Two staff editing the same record: the second save, made on what she saw before the
// first, gets CONFLICT with a Chinese message; nothing of hers is written, nothing of
// the first is lost.
import type { AreaDoc, AuditDoc, BoardDoc, MemberDoc, OrgDoc } from '../../../types'
import type { ActionInput, ActionName } from '../../../types/contracts'
import type { Store } from '../../../cloudfunctions/common/store/port'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller, type CallerName, type Who } from '../../fixtures/caller'

const MESSAGE = '这条记录刚被别人修改过，请刷新后再改'
const fields: ActionInput<'org', 'saveMember'>['fields'] = {
  name: '张执委',
  post: 'member',
  phone: '13800000000',
  photoUrl: null,
  specialty: '',
  onDutyMonth: 11,
  termStart: null,
  termEnd: null,
}

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

test('the vice-chair saving a member the chair just saved gets CONFLICT; the chair’s phone stays', async () => {
  await orgAs('chair').saveMember({ orgId: 'comm', memberId: 'm-a', version: 1, fields: { ...fields, phone: '13911110000' } })
  const afterFirst = await snapshotStore(services.store)
  const second = await orgAs('viceChair').reply('saveMember', { orgId: 'comm', memberId: 'm-a', version: 1, fields: { ...fields, specialty: '调解' } })
  expect(second).toEqual({ ok: false, error: { code: 'CONFLICT', message: MESSAGE } })
  expect(await snapshotStore(services.store)).toEqual(afterFirst)
  expect(await services.store.getById<MemberDoc>('members', 'm-a')).toMatchObject({ phone: '13911110000', specialty: '', version: 2 })
  expect((await services.store.getById<BoardDoc>('boards', 'hp-comm'))?.members.find((m) => m.id === 'm-a')?.phone).toBe('13911110000')
})

/** The same action saved twice on version 1, by two people. */
type TwoSaves = {
  [A in ActionName<'org'>]: [action: A, first: CallerName, firstPayload: ActionInput<'org', A>, second: CallerName, secondPayload: ActionInput<'org', A>]
}[ActionName<'org'>]
const TWO_SAVES: TwoSaves[] = [
  ['updateOrg', 'chair', { orgId: 'comm', version: 1, changes: { intro: '一' } }, 'ancestorChair', { orgId: 'comm', version: 1, changes: { intro: '二' } }],
  [
    'saveArea',
    'chair',
    { orgId: 'comm', areaId: 'a3', version: 1, fields: { name: '第一网格', kind: 'grid', memberId: 'm-a', backupMemberId: null } },
    'viceChair',
    { orgId: 'comm', areaId: 'a3', version: 1, fields: { name: '一网格', kind: 'grid', memberId: null, backupMemberId: null } },
  ],
  [
    'saveActivity',
    'chair',
    {
      orgId: 'comm',
      activityId: 'act-1',
      version: 1,
      fields: { title: '家庭教育讲座', status: 'planned', date: '2026-12-06', place: '', summary: '', resultText: '', photos: [] },
    },
    'viceChair',
    { orgId: 'comm', activityId: 'act-1', version: 1, fields: { title: '家教讲座', status: 'planned', date: '2026-12-05', place: '', summary: '', resultText: '', photos: [] } },
  ],
  [
    'updateMyProfile',
    'member',
    { memberId: 'm-a', version: 1, fields: { phone: '13700000001', photoUrl: null, specialty: '' } },
    'chair',
    { memberId: 'm-a', version: 1, fields: { phone: '13700000002', photoUrl: null, specialty: '' } },
  ],
]

test.each(TWO_SAVES)('%s: a second save on the old version is CONFLICT and writes nothing', async (action, first, firstPayload, second, secondPayload) => {
  await orgAs(first).call(action, firstPayload)
  const afterFirst = await snapshotStore(services.store)
  expect(await orgAs(second).reply(action, secondPayload)).toEqual({ ok: false, error: { code: 'CONFLICT', message: MESSAGE } })
  expect(await snapshotStore(services.store)).toEqual(afterFirst)
})

test('an area form opened before a member took the area over is stale: its save is CONFLICT', async () => {
  await orgAs('chair').saveMember({ orgId: 'comm', memberId: 'm-a', version: 1, fields, coverAreaIds: ['a1', 'a3'] })
  const stale = await orgAs('viceChair').reply('saveArea', {
    orgId: 'comm',
    areaId: 'a3',
    version: 1,
    fields: { name: '第一网格', kind: 'grid', memberId: 'm-b', backupMemberId: null },
  })
  expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  expect((await services.store.getById<AreaDoc>('areas', 'a3'))?.memberId).toBe('m-a')
})

test('when someone writes between the read and the write, the save is CONFLICT with nothing written', async () => {
  const racing: Store = Object.create(services.store, { updateVersioned: { value: async () => false } })
  const before = await snapshotStore(services.store)
  const reply = await createCaller('org', { ...services, store: racing }, 'chair').reply('updateOrg', { orgId: 'comm', version: 1, changes: { intro: '新的介绍' } })
  expect(reply).toEqual({ ok: false, error: { code: 'CONFLICT', message: MESSAGE } })
  expect(await snapshotStore(services.store)).toEqual(before)
  expect(await services.store.find<AuditDoc>('audit', {})).toEqual([])
  expect((await services.store.getById<OrgDoc>('orgs', 'comm'))?.intro).toBe('')
})
