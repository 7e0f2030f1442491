// Encryption at rest: after she submits and adds information and the staff note and
// message, the raw files of the embedded store hold none of her words — not her name,
// phone, address, what happened, nor a note — while the people allowed to read the
// case still read them. A sealed value that was tampered with fails loudly.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { NedbStore } from '../../../server/nedb'
import { createVault, freshIv } from '../../../cloudfunctions/common/vault'
import type { RequestDoc, RequestEventDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { ACCEPT, requestServices, SECRETS, staffView, step, submitCase } from './fixtures/requestsTree'
import { createCaller, type Who } from '../../fixtures/caller'

const NOTE = '她说孩子也被打过，需要联系学校'
const ADDED = '他把我的身份证藏起来了'
const MESSAGE = '明天下午三点社区民警会一起上门'
const CLOSING = '保护令已经批下来了'

let dataDir: string
let services: TestServices
const requestsAs = (who: Who) => createCaller('requests', services, who)
beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-vault-'))
  services = await requestServices(undefined, await NedbStore.open({ dataDir }))
})
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

/** Every file under a folder, its sub-folders' too (the log collections are folders of files). */
function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

/** Everything the store wrote to disk, as text. */
function rawFiles(): string {
  return filesUnder(dataDir)
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n')
}

async function workedCase() {
  const ref = await submitCase(services)
  let version = (await step(services, 'chair', ref._id, 1, ACCEPT)).case.version
  version = (await step(services, 'member', ref._id, version, { kind: 'note', text: NOTE })).case.version
  version = (await step(services, 'resident', ref._id, version, { kind: 'addInfo', text: ADDED })).case.version
  version = (await step(services, 'member', ref._id, version, { kind: 'message', text: MESSAGE })).case.version
  await step(services, 'member', ref._id, version, { kind: 'close', reason: 'resolved', note: CLOSING })
  return ref
}

test('the raw store files hold no plaintext of her details, the notes or the messages', async () => {
  const ref = await workedCase()
  const raw = rawFiles()
  expect(raw).toContain(ref.code)
  for (const secret of [...Object.values(SECRETS), NOTE, ADDED, MESSAGE, CLOSING]) expect(raw).not.toContain(secret)
  // nor in the JSON-escaped form nedb might write non-ASCII text in
  for (const secret of [SECRETS.description, NOTE]) expect(raw).not.toContain(JSON.stringify(secret).slice(1, -1))
  const doc = (await services.store.getById<RequestDoc>('requests', ref._id)) as RequestDoc
  expect(doc.personal).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
})

test('the chair still reads everything, decrypted', async () => {
  const ref = await workedCase()
  const view = staffView(await requestsAs('chair').get({ caseId: ref._id }))
  expect(view.personal).toEqual({ ...SECRETS })
  expect(view.timeline.map((e) => e.text)).toEqual(expect.arrayContaining([NOTE, ADDED, MESSAGE, CLOSING]))
  expect(view.closure).toEqual({ reason: 'resolved', note: CLOSING })
})

function tamper(sealed: string): string {
  const parts = sealed.split('.')
  const body = Buffer.from(parts[3], 'base64url')
  body[0] ^= 0x01
  parts[3] = body.toString('base64url')
  return parts.join('.')
}

test('a tampered sealed value fails loudly: INTERNAL to the caller, with nothing of the text, and an error logged', async () => {
  const ref = await workedCase()
  const doc = (await services.store.getById<RequestDoc>('requests', ref._id)) as RequestDoc
  await services.store.update('requests', { _id: ref._id }, { $set: { personal: tamper(doc.personal) } })
  const reply = await requestsAs('chair').reply('get', { caseId: ref._id })
  expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } })
  expect(JSON.stringify(reply)).not.toMatch(/auth|decipher|v1\./i)
  expect(services.errors.some((line) => line.includes('handler failed'))).toBe(true)
})

test('a tampered note on the timeline fails the same way', async () => {
  const ref = await workedCase()
  const [note] = await services.store.find<RequestEventDoc>('request_events', { caseId: ref._id, step: 'note' })
  await services.store.update('request_events', { _id: note._id }, { $set: { text: tamper(note.text) } })
  expect(await requestsAs('member').reply('get', { caseId: ref._id })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
})

test('every sealed value has an IV of its own, across refills of the random pool', () => {
  const vault = createVault(Buffer.alloc(32, 7))
  // 12 bytes an IV, 256 a fill: 2,000 seals draw on eight fills
  const sealed = Array.from({ length: 2000 }, () => vault.seal('同一句话'))
  const ivs = sealed.map((value) => value.split('.')[1])
  expect(new Set(ivs).size).toBe(sealed.length)
  expect(new Set(sealed).size).toBe(sealed.length)
  for (const value of sealed) expect(vault.open(value)).toBe('同一句话')
  // a handed-out IV is a copy: the next fill does not change it
  const first = freshIv()
  const kept = Buffer.from(first)
  for (let i = 0; i < 300; i++) freshIv()
  expect(first.equals(kept)).toBe(true)
})
