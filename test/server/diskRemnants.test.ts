// Deleting or anonymising a help request leaves nothing of her readable on disk: the
// embedded store appends every write to its files, so until they are rewritten the
// old lines still hold her sealed details, and the key opens them. Scanning every file
// under DATA_DIR, byte for byte, with the key in hand, finds neither her words nor any
// sealed value that opens to them — while the other woman's case still opens.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { RequestDoc } from '../../types'
import { createVault, type VaultPort } from '../../cloudfunctions/common/vault'
import { anonymiseExpired } from '../../cloudfunctions/requests/lib/retention'
import { NedbStore } from '../../server/nedb'
import { createCaller } from '../fixtures/caller'
import type { TestServices } from '../fixtures/services'
import { caseIn, NOW, OTHER_RESIDENT, requestServices, SECRETS, step, submitCase } from '../cloudfunctions/requests/fixtures/requestsTree'

/** What she and the staff wrote on her case besides the filing. */
const LATER = { addInfo: '他昨晚又换了门锁', note: '邻居反映常听到争吵', rating: '谢谢你们一直陪着我' }
const HERS = [...Object.values(SECRETS), ...Object.values(LATER)]
/** The other woman, whose case must stay whole: not one of her words is one of the first woman's. */
const OTHER = { name: '王秀兰', description: '婆家不让我回娘家', needs: '想找人调解', phone: '13800001111', address: '和平里3号', safeTimes: '周末下午' }

/** A sealed value as the vault writes it: v1.<12-byte iv>.<16-byte tag>.<ciphertext>, base64url. */
const SEALED = /v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*/g

let dataDir: string
let services: TestServices
let vault: VaultPort

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'disk-remnants-'))
  services = await requestServices(NOW, await NedbStore.open({ dataDir }))
  vault = createVault(randomBytes(32))
  services.ports.vault = vault
})
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

/** Every place on disk her words can still be read: in clear, or sealed under the key. */
function remnants(words: readonly string[]): string[] {
  const found: string[] = []
  for (const file of filesUnder(dataDir)) {
    const text = fs.readFileSync(file).toString('utf8')
    const name = path.relative(dataDir, file)
    for (const word of words) if (text.includes(word)) found.push(`${name}: 「${word}」 in clear`)
    for (const sealed of text.match(SEALED) ?? []) {
      let opened: string
      try {
        opened = vault.open(sealed)
      } catch {
        continue
      }
      for (const word of words) if (opened.includes(word)) found.push(`${name}: 「${word}」 sealed`)
    }
  }
  return found
}

async function herCaseWithEverything(): Promise<{ id: string; version: number }> {
  const { id, version: accepted } = await caseIn(services, 'inProgress')
  let version = accepted
  version = (await step(services, 'resident', id, version, { kind: 'addInfo', text: LATER.addInfo })).case.version
  version = (await step(services, 'member', id, version, { kind: 'note', text: LATER.note })).case.version
  return { id, version }
}

async function otherWomansCase(): Promise<string> {
  const { safeTimes, ...fields } = OTHER
  return (await submitCase(services, OTHER_RESIDENT, { ...fields, contact: { channel: 'phone', safeTimes, doNotCall: false } }))._id
}

async function expectOtherCaseWhole(otherId: string): Promise<void> {
  const doc = (await services.store.getById<RequestDoc>('requests', otherId)) as RequestDoc
  expect(JSON.parse(vault.open(doc.personal))).toMatchObject(OTHER)
}

test('the scan finds her details while the case is live (it can fail)', async () => {
  await herCaseWithEverything()
  const found = remnants(HERS)
  for (const word of [SECRETS.name, SECRETS.description, SECRETS.phone, LATER.addInfo, LATER.note]) expect(found.join('\n')).toContain(word)
})

test('after she deletes her request, no file under DATA_DIR holds any of it, in clear or sealed', async () => {
  const { id } = await herCaseWithEverything()
  const otherId = await otherWomansCase()
  expect(await createCaller('requests', services, 'resident').reply('deleteMine', { caseId: id })).toEqual({ ok: true, data: { deleted: true } })

  expect(remnants(HERS)).toEqual([])
  // the timeline is a log collection: a folder of files (server/logStore.ts)
  const caseFiles = [path.join(dataDir, 'requests.db'), ...filesUnder(path.join(dataDir, 'request_events'))]
  expect(caseFiles.length).toBeGreaterThan(1)
  for (const file of caseFiles) expect(fs.readFileSync(file, 'utf8')).not.toContain('"oid-resident"')
  await expectOtherCaseWhole(otherId)
  // what is left counts on in the statistics
  expect(await services.store.getById<RequestDoc>('requests', id)).toMatchObject({ state: 'closed', personal: '', requesterOpenid: null, category: 'domesticViolence' })
})

test('after retention anonymises a closed case, no file under DATA_DIR holds any of it, in clear or sealed', async () => {
  const { id, version } = await herCaseWithEverything()
  const closed = await step(services, 'member', id, version, { kind: 'close', reason: 'resolved', note: '已协助申请保护令' })
  await step(services, 'resident', id, closed.case.version, { kind: 'rate', score: 5, comment: LATER.rating })
  const otherId = await otherWomansCase()
  expect(remnants(HERS).length).toBeGreaterThan(0)

  services.clock.set('2027-12-31T02:00:00.000Z')
  expect(await anonymiseExpired(services, services.clock.now(), 365)).toBe(1)

  expect(remnants([...HERS, '已协助申请保护令'])).toEqual([])
  await expectOtherCaseWhole(otherId)
})
