// A store line written without nedb's replacer is the very line nedb writes, and a key nedb
// refuses is refused as nedb refuses it.
import * as model from '@seald-io/nedb/lib/model'
import { docLine } from '../../server/docLine'

const docs: object[] = [
  { _id: 'a1', orgId: 'o1', at: '2026-12-01T00:00:00.000Z', count: 3, ok: true, none: null },
  { _id: 'a2', nested: { deeper: { list: [1, 'two', null, { three: 3 }] } }, empty: {}, emptyList: [] },
  { _id: 'a3', skipped: undefined, list: [undefined, 1], text: '引号 " 和 \\ 与换行\n' },
  { _id: 'a4', when: new Date('2026-12-01T08:00:00.000Z') },
  { _id: 'a5', list: [{ at: new Date(0) }] },
  { $$deleted: true, _id: 'a6' },
  { $$indexCreated: { fieldName: 'orgId', unique: false, sparse: false } },
  { _id: 'a7', buffer: Buffer.from('ab'), big: 1e21, negativeZero: -0 },
  Object.assign(Object.create({ inherited: 1 }), { _id: 'a8', own: 2 }),
]

test.each(docs.map((doc) => [JSON.stringify(doc) ?? '', doc]))('%s is written as nedb writes it', (_, doc) => {
  expect(docLine(doc)).toBe(model.serialize(doc))
})

/** The message a call throws with. */
function refusalOf(call: () => unknown): string {
  try {
    call()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('it did not refuse')
}

test.each([
  { _id: 'b1', $set: 1 },
  { _id: 'b2', 'a.b': 1 },
  { _id: 'b3', inner: [{ $where: 'x' }] },
  { _id: 'b4', inner: { 'x.y': 1 } },
])('a key nedb refuses is refused: %j', (doc) => {
  expect(refusalOf(() => docLine(doc))).toBe(refusalOf(() => model.serialize(doc)))
})
