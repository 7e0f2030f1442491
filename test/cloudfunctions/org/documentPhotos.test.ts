// Private document photos: a 群众推荐 signature sheet and a 党组织's reply are uploaded as
// 材料照片, kept where the host serves nothing, read back only through org.viewDocumentPhoto by
// the chairs (every read audited), and refused to a member, a resident and another org. Photos
// stored publicly before this stay valid on the records that hold them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { imageRef, type AuditDoc, type NominationDoc } from '../../../types'
import type { Ports } from '../../../cloudfunctions/common/ports'
import { startHost, type RunningHost } from '../../../server/host'
import { createCaller } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { consoleServices, IDS, type CallerName } from './fixtures/consoleTree'

function pngOf(width: number, height: number): Buffer {
  const png = new PNG({ width, height })
  for (let i = 0; i < png.data.length; i += 4) png.data.set([(i / 4) % 256, 90, 160, 255], i)
  return PNG.sync.write(png, { filterType: 0 })
}

let services: TestServices
beforeEach(async () => {
  services = await consoleServices()
})

const chair = () => createCaller('org', services, 'chair')
const uploadDocument = (who: CallerName = 'chair', orgId: string = IDS.comm) =>
  createCaller('org', services, who).reply('uploadImage', { orgId, purpose: 'document', source: { kind: 'inline', dataBase64: pngOf(40, 30).toString('base64') } })
async function storedDocument(): Promise<string> {
  const reply = await uploadDocument()
  if (!reply.ok) throw new Error(`upload refused: ${reply.error.message}`)
  return reply.data.url
}
const view = (ref: string, who: CallerName = 'chair', orgId: string = IDS.comm) => createCaller('org', services, who).reply('viewDocumentPhoto', { orgId, ref })
const reads = () => services.store.find<AuditDoc>('audit', { action: 'viewDocumentPhoto', outcome: 'read' })

test('a 材料照片 is stored in DATA_DIR/private under its org, nowhere under files, and no public image field takes its reference', async () => {
  const ref = await storedDocument()
  expect(ref).toMatch(/^\/private\/comm\/[0-9a-f]{32}\.jpg$/)
  expect(fs.existsSync(path.join(services.dataDir, ref))).toBe(true)
  expect(fs.existsSync(path.join(services.dataDir, 'files'))).toBe(false)
  expect(imageRef.safeParse(ref).success).toBe(false)
  const activity = await createCaller('org', services, 'chair').reply('saveActivity', {
    orgId: IDS.comm,
    fields: { title: '读书会', status: 'planned', date: '2026-12-20', place: '', summary: '', resultText: '', photos: [ref] },
  })
  expect(activity).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.photos.0', message: expect.stringContaining('图片地址无效，请重新上传') }] },
  })
})

test('from the mini-program: the file it uploaded to hand a document over is deleted once kept privately; a board photo’s is kept', async () => {
  const discarded: string[] = []
  const ports: Ports = {
    ...services.ports,
    files: { ...services.ports.files, get: async () => pngOf(30, 30) },
    documents: { ...services.ports.documents, discardUpload: async (fileID) => void discarded.push(fileID) },
  }
  const viaCloud = createCaller('org', { ...services, ports }, 'chair')
  const document = await viaCloud.uploadImage({ orgId: IDS.comm, purpose: 'document', source: { kind: 'cloudFile', fileID: 'cloud://env-1.b/uploads/comm/document/a.jpg' } })
  expect(document.url).toMatch(/^\/private\/comm\//)
  await viaCloud.uploadImage({ orgId: IDS.comm, purpose: 'activity', source: { kind: 'cloudFile', fileID: 'cloud://env-1.b/uploads/comm/activity/b.jpg' } })
  expect(discarded).toEqual(['cloud://env-1.b/uploads/comm/document/a.jpg'])
})

describe('the host never serves a private photo', () => {
  let host: RunningHost
  afterEach(() => host.close())

  test('GET on its reference, or around the files folder, is 404; a public photo next to it is served', async () => {
    const ref = await storedDocument()
    const publicPhoto = await chair().uploadImage({ orgId: IDS.comm, purpose: 'activity', source: { kind: 'inline', dataBase64: pngOf(40, 30).toString('base64') } })
    const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-'))
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>')
    host = await startHost({ port: 0, host: '127.0.0.1', dataDir: services.dataDir, staticDir, services, devLogin: 'loopback', logLine: () => {} })
    expect((await fetch(`${host.url}${publicPhoto.url}`)).status).toBe(200)
    const name = path.basename(ref)
    for (const url of [ref, `/files/../private/comm/${name}`, `/files/%2e%2e/private/comm/${name}`, `/files/private/comm/${name}`, `/private/comm/`]) {
      expect([url, (await fetch(`${host.url}${url}`)).status]).toEqual([url, 404])
    }
  })
})

describe('org.viewDocumentPhoto', () => {
  test('the chair gets the very image as a data URL, and the read is audited with her name', async () => {
    const ref = await storedDocument()
    const reply = await view(ref)
    if (!reply.ok) throw new Error(reply.error.message)
    expect(reply.data.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true)
    expect(Buffer.from(reply.data.dataUrl.split(',')[1], 'base64')).toEqual(fs.readFileSync(path.join(services.dataDir, ref)))
    expect(await reads()).toEqual([
      expect.objectContaining({ actor: 'oid-chair', actorName: '李主席', orgId: IDS.comm, target: { collection: 'files', id: ref }, summary: '查看了材料照片' }),
    ])
  })

  test('the 街道 chair above reads it too, audited as hers', async () => {
    const ref = await storedDocument()
    expect(await view(ref, 'ancestorChair')).toMatchObject({ ok: true })
    expect(await reads()).toEqual([expect.objectContaining({ actor: 'oid-street-chair', orgId: IDS.comm })])
  })

  test.each([
    ['member', 'FORBIDDEN'],
    ['resident', 'FORBIDDEN'],
    ['unrelatedChair', 'FORBIDDEN'],
  ] as const)('a %s is refused in Chinese, and nothing is read', async (who, code) => {
    const ref = await storedDocument()
    const reply = await view(ref, who)
    expect(reply).toMatchObject({ ok: false, error: { code } })
    if (!reply.ok) expect(reply.error.message).toMatch(/[\u4e00-\u9fff]/)
    expect(await reads()).toEqual([])
  })

  test('a member may not upload a 材料照片 either', async () => {
    expect(await uploadDocument('member')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  test("another org's photo is NOT_FOUND, asked through this org or through the sibling's own chair with the wrong org", async () => {
    const ref = await storedDocument()
    const sibling = await services.ports.documents.put({ orgId: IDS.sibling, name: 'sheet.jpg', bytes: pngOf(4, 4) })
    expect(await view(sibling)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '没有找到这张材料照片' } })
    expect(await view(ref, 'ancestorChair', IDS.sibling)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await view('/private/comm/nothing.jpg')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await reads()).toEqual([])
  })

  test('a public photo stored for this org before documents were private is read the same way; one outside its uploads is not', async () => {
    const old = await chair().uploadImage({ orgId: IDS.comm, purpose: 'activity', source: { kind: 'inline', dataBase64: pngOf(20, 20).toString('base64') } })
    expect(await view(old.url)).toMatchObject({ ok: true })
    expect(await view('/files/p/chair.jpg')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('records take a private photo of their own org, and still take the older public ones', () => {
  const sheet = (sheetPhoto: string) => ({
    orgId: IDS.comm,
    kind: 'add' as const,
    replacesMemberId: null,
    candidate: { name: '孙候选', phone: null, intro: '' },
    support: { route: 'mass' as const, memberIds: [], women: 24, sheetPhoto },
  })

  test('a signature sheet: a private photo, an older public one; not another org’s', async () => {
    const ref = await storedDocument()
    expect((await chair().nominate(sheet(ref))).nomination.support).toMatchObject({ sheetPhoto: ref })
    expect((await chair().nominate(sheet('/files/uploads/comm/activity/0a1b.jpg'))).nomination.support).toMatchObject({ sheetPhoto: '/files/uploads/comm/activity/0a1b.jpg' })
    expect((await chair().nominate(sheet('cloud://env-1.b/uploads/comm/activity/0a1b.jpg'))).nomination.support).toMatchObject({ route: 'mass' })
    expect(await chair().reply('nominate', sheet('/private/comm2/sheet.jpg'))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ field: 'support.sheetPhoto', message: '推荐签名表照片：图片地址无效，请重新上传' }] },
    })
  })

  test('a 党组织 reply on a nomination and on a 劝退: private or older public, never another org’s', async () => {
    const ref = await storedDocument()
    const approval = (photo: string) => ({ by: '幸福社区党委', on: '2026-11-20', documentNo: '', photo })
    const open = (await services.store.getById<NominationDoc>('nominations', IDS.openNomination)) as NominationDoc
    expect(await chair().reply('approveNomination', { nominationId: open._id, version: open.version, approval: approval('/private/other/x.jpg') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ field: 'approval.photo' }] },
    })
    expect((await chair().approveNomination({ nominationId: open._id, version: open.version, approval: approval(ref) })).nomination.approval).toMatchObject({ photo: ref })
    const departure = { memberId: IDS.memberB, version: 1, reason: 'persuaded' as const, leftOn: '2026-11-21', note: '两年评议不合格' }
    expect(await chair().reply('recordDeparture', { ...departure, approval: approval('/files/uploads/comm/activity/0a1b.jpg') })).toMatchObject({ ok: true })
  })
})
