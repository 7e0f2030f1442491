// A member chooses which number the board shows: her own, an office number instead, or
// none. The console still has her own phone; the board and the change log follow her choice.
import type { BoardDoc, ConsoleMember } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { consoleServices } from './fixtures/consoleTree'
import { createCaller } from '../../fixtures/caller'

let services: TestServices
beforeEach(async () => {
  services = await consoleServices()
})

const boardMember = async (id: string) => (await services.store.getById<BoardDoc>('boards', 'hp-comm'))?.members.find((m) => m.id === id)
const own = { phone: '13700001111', photoUrl: null, specialty: '' }

test('she publishes an office number instead of her own: the board shows it as an office number, the console keeps hers', async () => {
  const member = createCaller('org', services, 'member')
  await member.updateMyProfile({ memberId: 'm-a', version: 1, fields: { ...own, officePhone: '023-61234567', phoneShown: 'office' } })
  expect(await boardMember('m-a')).toMatchObject({ phone: '023-61234567', phoneKind: 'office' })
  const { members } = await createCaller('org', services, 'chair').get({ orgId: 'comm' })
  expect(members.find((m: ConsoleMember) => m._id === 'm-a')).toMatchObject({ phone: '13700001111', officePhone: '023-61234567', phoneShown: 'office' })
})

test('she hides her phone: the board shows no number at all', async () => {
  await createCaller('org', services, 'member').updateMyProfile({ memberId: 'm-a', version: 1, fields: { ...own, phoneShown: 'none' } })
  expect(await boardMember('m-a')).toMatchObject({ phone: null, phoneKind: null })
})

test('choosing the office number without one is refused under that field, by her and by the chair alike', async () => {
  const mine = await createCaller('org', services, 'member').reply('updateMyProfile', { memberId: 'm-a', version: 1, fields: { ...own, phoneShown: 'office' } })
  expect(mine).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.officePhone', message: '选择了只公开办公电话，请填写办公电话' }] } })
  const fields = { name: '新成员', post: 'member' as const, ...own, phoneShown: 'office' as const, onDutyMonth: null, termStart: null, termEnd: null }
  const chairs = await createCaller('org', services, 'chair').reply('saveMember', { orgId: 'comm', fields })
  expect(chairs).toMatchObject({ ok: false, error: { issues: [{ field: 'fields.officePhone' }] } })
  expect((await boardMember('m-a'))?.phone).toBe('13800000000')
})

test('a record made before the choice existed shows her own phone, as before', async () => {
  await createCaller('org', services, 'chair').saveMember({
    orgId: 'comm',
    memberId: 'm-a',
    version: 1,
    fields: { name: '张执委', post: 'member', ...own, onDutyMonth: 11, termStart: null, termEnd: null },
  })
  expect(await boardMember('m-a')).toMatchObject({ phone: '13700001111', phoneKind: 'personal' })
})
