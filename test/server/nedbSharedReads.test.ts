// The embedded store hands out a board or a federation as it is stored, frozen, instead of
// copying it on every read: the read is always the current one (a write stores a new copy, it
// never changes the one handed out), code that tried to change it throws, and every other
// collection still reads a copy of its own. An insert keeps a copy of its own too.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { StoredDoc } from '../../cloudfunctions/common/store/port'
import { NedbStore } from '../../server/nedb'

interface Board extends StoredDoc {
  _id: string
  orgId: string
  name: string
  members: { id: string; name: string }[]
}

const board = (name: string): Board => ({ _id: 's-000001', orgId: 'o1', name, members: [{ id: 'm1', name: '李红' }] })

test.each([
  ['in memory', () => NedbStore.open()],
  ['on disk', () => NedbStore.open({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-shared-')) })],
])('%s: a board read is frozen, current after each write, and unchanged by a later one', async (_, open) => {
  const store = await open()
  await store.put('boards', board('兴园社区妇联'))
  const first = await store.getById<Board>('boards', 's-000001')
  expect(first).toMatchObject({ name: '兴园社区妇联', members: [{ name: '李红' }] })
  expect(Object.isFrozen(first)).toBe(true)
  expect(Object.isFrozen(first!.members[0])).toBe(true)
  expect(() => {
    first!.members[0].name = '改掉'
  }).toThrow(TypeError)
  expect(() => first!.members.push({ id: 'm2', name: '多出来' })).toThrow(TypeError)

  await store.put('boards', board('兴园社区妇女联合会'))
  const second = await store.getById<Board>('boards', 's-000001')
  expect(second!.name).toBe('兴园社区妇女联合会')
  expect(first!.name).toBe('兴园社区妇联')
  await store.update('boards', { orgId: 'o1' }, { $set: { 'members.0.name': '王芳' } })
  expect((await store.getById<Board>('boards', 's-000001'))!.members[0].name).toBe('王芳')
  expect(second!.members[0].name).toBe('李红')
  expect(await store.getById('boards', 's-000404')).toBeNull()
})

test('a federation read is frozen too, and current after its update', async () => {
  const store = await NedbStore.open()
  await store.insert('orgs', { _id: 'o1', name: '兴园社区妇联', ancestorIds: ['s1'] })
  const first = await store.getById<{ _id: string; name: string; ancestorIds: string[] }>('orgs', 'o1')
  expect(Object.isFrozen(first)).toBe(true)
  expect(() => first!.ancestorIds.push('c1')).toThrow(TypeError)
  await store.update('orgs', { _id: 'o1' }, { $set: { name: '兴园社区妇女联合会' } })
  expect((await store.getById<{ _id: string; name: string }>('orgs', 'o1'))!.name).toBe('兴园社区妇女联合会')
  expect(first!.name).toBe('兴园社区妇联')
})

test('a read of any other collection is a copy of its own, which the reader may change', async () => {
  const store = await NedbStore.open()
  await store.insert('members', { _id: 'm1', name: '李红' })
  const read = await store.getById<{ _id: string; name: string }>('members', 'm1')
  expect(Object.isFrozen(read)).toBe(false)
  read!.name = '改掉'
  expect((await store.getById<{ _id: string; name: string }>('members', 'm1'))!.name).toBe('李红')
})

test.each([
  ['in memory', () => NedbStore.open()],
  ['on disk', () => NedbStore.open({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-inserted-')) })],
])('%s: an insert keeps a copy of its own: the caller changing her document afterwards changes nothing kept', async (_, open) => {
  const store = await open()
  const doc = { _id: 'm1', name: '李红', phones: ['13912345678'] }
  expect(await store.insert('members', doc)).toEqual({ _id: 'm1', name: '李红', phones: ['13912345678'] })
  doc.name = '改掉'
  doc.phones.push('13800000000')
  expect(await store.getById('members', 'm1')).toEqual({ _id: 'm1', name: '李红', phones: ['13912345678'] })
  await expect(store.insert('members', { _id: 'm1', name: '又一个' })).rejects.toMatchObject({ code: 'CONFLICT' })
})
