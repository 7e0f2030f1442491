// Taking an area another member covers is never silent: org.saveMember refuses it with
// the question the form asks ("1栋 现由 张执委 联系，改由 … 联系吗？"), changes nothing,
// and once the chair confirms, moves it and says in the change log whom it came from.
import type { AreaDoc, AuditDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller } from '../../fixtures/caller'

let services: TestServices
beforeEach(async () => {
  services = await consoleServices()
})

type Payload = ActionInput<'org', 'saveMember'>
const newMember: Payload['fields'] = {
  name: '李四',
  post: 'member',
  phone: '13912345678',
  photoUrl: null,
  specialty: '',
  onDutyMonth: null,
  termStart: null,
  termEnd: null,
}
const chair = () => createCaller('org', services, 'chair')
const areaOf = async (id: string) => (await services.store.getById<AreaDoc>('areas', id))!

test('adding a member with an area someone else covers is refused with the question, and nothing is written', async () => {
  const reply = await chair().reply('saveMember', { orgId: 'comm', fields: newMember, coverAreaIds: ['a1', 'a3'] })
  expect(reply).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', issues: [{ field: 'coverAreaIds', message: '联系片区：1栋 现由 张执委 联系，改由 李四 联系吗？请确认后再保存' }] },
  })
  expect(await services.store.count('members', { name: '李四' })).toBe(0)
  expect((await areaOf('a1')).memberId).toBe('m-a')
  expect(await services.store.count('audit', { action: 'saveMember' })).toBe(0)
})

test('confirmed, the area moves and the change log names the member it was taken from', async () => {
  const { member } = await chair().saveMember({ orgId: 'comm', fields: newMember, coverAreaIds: ['a1', 'a3'], confirmMoves: true })
  expect(await areaOf('a1')).toMatchObject({ memberId: member._id, version: 2 })
  const [entry] = await services.store.find<AuditDoc>('audit', { action: 'saveMember' })
  expect(entry.changes).toContainEqual({ field: 'movedAreas', before: null, after: ['1栋（原由 张执委 联系）'] })
})

test('an edit asks too, naming every area taken; her own areas and uncovered ones need no confirmation', async () => {
  const edit = { orgId: 'comm', memberId: 'm-a', version: 1, fields: { ...newMember, name: '张执委' } }
  const ownAndFree = await chair().saveMember({ ...edit, coverAreaIds: ['a1', 'a3'] })
  expect(ownAndFree.member.version).toBe(2)
  const taking = await chair().reply('saveMember', { ...edit, version: 2, coverAreaIds: ['a1', 'a2', 'a3'] })
  expect(taking).toMatchObject({ ok: false, error: { issues: [{ field: 'coverAreaIds', message: '联系片区：2栋 现由 李主席 联系，改由 张执委 联系吗？请确认后再保存' }] } })
  expect((await areaOf('a2')).memberId).toBe('m-chair')
})

test('an area whose member has left is free to take without asking', async () => {
  await services.store.update('areas', { _id: 'a3' }, { $set: { memberId: 'm-left' } })
  const { member } = await chair().saveMember({ orgId: 'comm', fields: newMember, coverAreaIds: ['a3'] })
  expect((await areaOf('a3')).memberId).toBe(member._id)
})
