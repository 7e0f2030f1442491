// The demo data a newcomer sees first: stable codes and openids, full boards with
// photos, phones, areas, a 轮值 month for every month, and activities in time.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import type { BoardDoc, MeetingDoc, MemberDoc, OrgDoc, TopicDoc } from '../../../types'
import { activityDoc, areaDoc, boardDoc, meetingDoc, memberDoc, orgDoc, PHONE_PATTERN, POSTS, topicDoc } from '../../../types'
import { NedbStore } from '../../../server/nedb'
import { createVault } from '../../../cloudfunctions/common/vault'
import { fixedClock, quarterOf } from '../../../cloudfunctions/common/time'
import { DEMO_CODES, DEMO_OPENIDS, loadDemo, MAIN_DEMO_CODES } from '../../../server/demo/loadDemo'

// 2025-04-01 01:00 in Beijing, still 31 March in UTC: the quarter must be Beijing's.
const clock = fixedClock('2025-03-31T17:00:00Z')
const vault = createVault(randomBytes(32))
let store: NedbStore
let filesDir: string

const board = async (code: string) => {
  const found = await store.getById<BoardDoc>('boards', code)
  if (!found) throw new Error(`no board for ${code}`)
  return found
}
const fileOf = (url: string) => path.join(filesDir, url.replace(/^\/files\//, ''))

beforeAll(async () => {
  store = await NedbStore.open()
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-files-'))
  await loadDemo(store, filesDir, clock.now(), vault)
})

afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }))

test('every demo code, main and small, has a board', async () => {
  for (const code of Object.values(DEMO_CODES)) expect((await board(code)).code).toBe(code)
})

test('every stored document has the shape the contract gives it', async () => {
  const schemas = { orgs: orgDoc, members: memberDoc, areas: areaDoc, activities: activityDoc, topics: topicDoc, meetings: meetingDoc, boards: boardDoc } as const
  for (const [collection, schema] of Object.entries(schemas)) {
    const docs = await store.find(collection as keyof typeof schemas, {})
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(schema.safeParse(doc).error).toBeUndefined()
  }
  for (const org of await store.find<OrgDoc>('orgs', {})) expect(org.version).toBe(1)
})

test('the village and the community are both children of the street, not of each other', async () => {
  const street = await board(DEMO_CODES.street)
  expect(street.children.map((c) => c.code)).toEqual([DEMO_CODES.community, DEMO_CODES.village, DEMO_CODES.resettlement])
  expect((await board(DEMO_CODES.village)).parent?.code).toBe(DEMO_CODES.street)
  expect((await board(DEMO_CODES.community)).children.map((c) => c.code)).toEqual([DEMO_CODES.communityGroup, DEMO_CODES.communityHome])
})

test.each(MAIN_DEMO_CODES)('%s shows at least ten members, each with a real PNG photo, a phone and a post', async (code) => {
  const { members, logoUrl } = await board(code)
  expect(members.length).toBeGreaterThanOrEqual(10)
  for (const member of members) {
    expect(member.photoUrl).toMatch(/^\/files\/demo\/.+\.png$/)
    const png = PNG.sync.read(fs.readFileSync(fileOf(member.photoUrl!)))
    expect([png.width, png.height]).toEqual([240, 240])
    expect(member.phone).toMatch(PHONE_PATTERN)
    expect(POSTS).toContain(member.post)
  }
  expect(members.filter((m) => m.post === 'chair')).toHaveLength(1)
  expect(fs.existsSync(fileOf(logoUrl!))).toBe(true)
})

test.each(MAIN_DEMO_CODES)('%s has an on-duty member for each of the twelve months', async (code) => {
  const months = (await board(code)).members.map((m) => m.onDutyMonth)
  for (let month = 1; month <= 12; month++) expect(months).toContain(month)
})

test('every area of every board is covered by a member on that board, with a different backup', async () => {
  for (const code of Object.values(DEMO_CODES)) {
    const { areas, members } = await board(code)
    const onBoard = new Set(members.map((m) => m.id))
    for (const area of areas) {
      expect(onBoard.has(area.memberId!)).toBe(true)
      expect(onBoard.has(area.backupMemberId!)).toBe(true)
      expect(area.backupMemberId).not.toBe(area.memberId)
    }
  }
  expect((await board(DEMO_CODES.community)).areas.map((a) => a.name)).toEqual(expect.arrayContaining(['1栋', '12栋', '第一网格']))
  expect((await board(DEMO_CODES.village)).areas.map((a) => a.name)).toEqual(['一组', '二组', '三组', '四组', '五组', '六组', '七组', '八组'])
})

test.each(MAIN_DEMO_CODES)('%s plans this (Beijing) quarter and shows earlier results with photos', async (code) => {
  const quarter = quarterOf(clock.now())
  expect(quarter.first).toBe('2025-04-01')
  const { activities } = await board(code)
  const plans = activities.filter((a) => a.status === 'planned')
  const results = activities.filter((a) => a.status === 'done')
  expect(plans.length).toBeGreaterThanOrEqual(3)
  for (const plan of plans) expect(plan.date >= quarter.first && plan.date <= quarter.last).toBe(true)
  expect(results.length).toBeGreaterThanOrEqual(3)
  for (const result of results) {
    expect(result.date < quarter.first).toBe(true)
    expect(result.resultText).not.toBe('')
    for (const photo of result.photos) expect(fs.existsSync(fileOf(photo))).toBe(true)
  }
})

test('the demo openids are bound where the design says', async () => {
  const boundTo = async (openid: string) => {
    const members = await store.find<MemberDoc>('members', { openid })
    const orgs = await Promise.all(members.map((m) => store.getById<OrgDoc>('orgs', m.orgId)))
    return members.map((m, i) => ({ post: m.post, code: orgs[i]?.code }))
  }
  expect(await boundTo(DEMO_OPENIDS.chair)).toEqual([{ post: 'chair', code: DEMO_CODES.community }])
  expect(await boundTo(DEMO_OPENIDS.member)).toEqual([{ post: 'member', code: DEMO_CODES.community }])
  expect(await boundTo(DEMO_OPENIDS.streetChair)).toEqual([{ post: 'chair', code: DEMO_CODES.street }])
  expect(await boundTo(DEMO_OPENIDS.resident)).toEqual([])
})

test('loading again gives the same documents and the same pictures', async () => {
  const otherStore = await NedbStore.open()
  const otherFiles = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-files-'))
  try {
    await loadDemo(otherStore, otherFiles, clock.now(), vault)
    expect(await otherStore.getById('boards', DEMO_CODES.village)).toEqual(await board(DEMO_CODES.village))
    const names = fs.readdirSync(path.join(filesDir, 'demo'))
    expect(fs.readdirSync(path.join(otherFiles, 'demo'))).toEqual(names)
    for (const name of names) expect(fs.readFileSync(path.join(otherFiles, 'demo', name)).equals(fs.readFileSync(path.join(filesDir, 'demo', name)))).toBe(true)
  } finally {
    fs.rmSync(otherFiles, { recursive: true, force: true })
  }
})

test('the community board shows 议事成果 in several stages; pending topics and anonymous names never', async () => {
  const { topics } = await board(DEMO_CODES.community)
  expect(new Set(topics.map((t) => t.state))).toEqual(new Set(['done', 'inProgress', 'feedbackPublished', 'escalated', 'accepted']))
  const done = topics.find((t) => t.state === 'done')!
  expect(done.resultText).not.toBe('')
  for (const photo of done.photos) expect(fs.existsSync(fileOf(photo))).toBe(true)
  const stored = await store.find<TopicDoc>('topics', { orgId: 'org-demo-community' })
  expect(stored.some((t) => t.state === 'submitted')).toBe(true)
  const anonymous = stored.filter((t) => t.anonymous).map((t) => t.submitterName)
  expect(anonymous.length).toBeGreaterThan(0)
  for (const name of anonymous) expect(JSON.stringify(topics)).not.toContain(name)
  expect((await store.find<MeetingDoc>('meetings', {})).every((m) => meetingDoc.safeParse(m).success && m.status === 'recorded')).toBe(true)
})
