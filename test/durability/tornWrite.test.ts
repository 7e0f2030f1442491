// A host killed in the middle of an append leaves the collection file ending in half a
// record. The embedded store must open again with every whole record, instead of
// refusing to start (nedb rejects a small file in which one line in ten is unreadable).
// (The append-only collections' own files: test/server/logStore.test.ts.)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dropTornTail, NedbStore } from '../../server/nedb'

let dataDir: string

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'torn-write-'))
})
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

async function storeWithMessages(count: number): Promise<string> {
  const store = await NedbStore.open({ dataDir })
  for (let i = 0; i < count; i++) await store.insert('config', { _id: `m${i}`, text: `第 ${i} 条消息` })
  return path.join(dataDir, 'config.db')
}

test('a small collection whose last append was cut short opens with every whole record', async () => {
  const file = await storeWithMessages(5)
  fs.appendFileSync(file, '{"_id":"m5","text":"第 5 条')
  const reopened = await NedbStore.open({ dataDir })
  expect((await reopened.find('config', {}, { sort: { _id: 1 } })).map((doc) => doc._id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4'])
  await reopened.insert('config', { _id: 'm5', text: '重新发送' })
  const again = await NedbStore.open({ dataDir })
  expect(await again.getById('config', 'm5')).toMatchObject({ text: '重新发送' })
})

test('a file that ends with a whole record is left as it is', async () => {
  const file = await storeWithMessages(3)
  const before = fs.readFileSync(file)
  dropTornTail(file)
  expect(fs.readFileSync(file).equals(before)).toBe(true)
})

test('a torn record longer than one read of the tail is cut at the last whole record', async () => {
  const file = await storeWithMessages(2)
  const whole = fs.statSync(file).size
  fs.appendFileSync(file, `{"_id":"big","text":"${'长'.repeat(100_000)}`)
  dropTornTail(file)
  expect(fs.statSync(file).size).toBe(whole)
  expect(await (await NedbStore.open({ dataDir })).count('config', {})).toBe(2)
})

test('a file holding only half a record becomes empty', () => {
  const file = path.join(dataDir, 'config.db')
  fs.writeFileSync(file, '{"_id":"m0","te')
  dropTornTail(file)
  expect(fs.statSync(file).size).toBe(0)
})
