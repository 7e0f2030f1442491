// The synthetic data set for benchmarks: the counts asked for, a board per org that
// matches its members and children, and a data dir that is never overwritten by accident.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BoardDoc, MemberDoc, OrgDoc, TopicDoc } from '../../types'
import { boardDoc, memberDoc, orgDoc, PHONE_PATTERN } from '../../types'
import { NedbStore } from '../../server/nedb'
import { fixedClock } from '../../cloudfunctions/common/time'
import { parseSeedArgs, seed, SEED_MANIFEST, type SeedOptions } from '../../scripts/seed'

const now = fixedClock('2025-05-20T02:00:00Z').now()
let root: string
const options = (dataDir: string, extra: Partial<SeedOptions> = {}): SeedOptions => ({ orgs: 50, membersPerOrg: 14, dataDir, withDemo: false, force: false, now, ...extra })

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-test-'))
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

test('a small set has the asked-for counts and every org a board matching its member docs', async () => {
  const dataDir = path.join(root, 'small')
  const counts = await seed(options(dataDir))
  expect(counts).toMatchObject({ orgs: 50, members: 700, boards: 50 })
  const store = await NedbStore.open({ dataDir })
  expect(await store.count('orgs', {})).toBe(50)
  expect(await store.count('members', {})).toBe(700)
  const orgs = await store.find<OrgDoc>('orgs', {})
  expect(new Set(orgs.map((o) => o.code)).size).toBe(50)
  expect(orgs.filter((o) => o.parentId === null).map((o) => o.level)).toEqual(['county'])
  for (const org of orgs) {
    expect(orgDoc.safeParse(org).error).toBeUndefined()
    const board = await store.getById<BoardDoc>('boards', org.code)
    expect(boardDoc.safeParse(board).error).toBeUndefined()
    const members = await store.find<MemberDoc>('members', { orgId: org._id }, { sort: { sort: 1 } })
    expect(board!.members.map((m) => m.id).sort()).toEqual(members.map((m) => m._id).sort())
    for (const member of members) expect(memberDoc.safeParse(member).error ?? member.phone).toMatch(PHONE_PATTERN)
    const children = orgs.filter((o) => o.parentId === org._id).map((o) => o.code)
    expect(board!.children.map((c) => c.code).sort()).toEqual(children.sort())
    for (const area of board!.areas) expect(board!.members.some((m) => m.id === area.memberId)).toBe(true)
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(dataDir, SEED_MANIFEST), 'utf8'))
  expect(manifest.counts).toEqual(counts)
})

test('the demo federations can be added to the large set', async () => {
  const dataDir = path.join(root, 'with-demo')
  const counts = await seed(options(dataDir, { orgs: 20, withDemo: true }))
  const store = await NedbStore.open({ dataDir })
  expect(counts.orgs).toBeGreaterThan(20)
  expect(await store.count('orgs', {})).toBe(counts.orgs)
  expect((await store.getById<BoardDoc>('boards', 'demo-community'))!.members.length).toBeGreaterThanOrEqual(10)
  expect(await store.getById('boards', 's-000019')).not.toBeNull()
  // loading the demo through the Store port (every board rebuilt, with its figures) takes seconds on a busy machine
}, 30_000)

test('a non-empty data dir is refused, and wiped only with --force', async () => {
  const dataDir = path.join(root, 'occupied')
  fs.mkdirSync(dataDir)
  fs.writeFileSync(path.join(dataDir, 'keep.txt'), 'mine')
  await expect(seed(options(dataDir, { orgs: 5 }))).rejects.toThrow(/不是空的.*--force/)
  expect(fs.readFileSync(path.join(dataDir, 'keep.txt'), 'utf8')).toBe('mine')
  await seed(options(dataDir, { orgs: 5, force: true }))
  expect(fs.existsSync(path.join(dataDir, 'keep.txt'))).toBe(false)
})

test('the command line reads its flags and refuses nonsense', () => {
  const parsed = parseSeedArgs(['--orgs', '3000', '--members=16', '--with-demo'], { DATA_DIR: '/tmp/somewhere' }, now)
  expect(parsed).toMatchObject({ orgs: 3000, membersPerOrg: 16, withDemo: true, force: false, dataDir: '/tmp/somewhere' })
  expect(parseSeedArgs([], {}, now).dataDir).toBe(path.resolve('.data-bench'))
  expect(() => parseSeedArgs(['--orgs', 'many'], {}, now)).toThrow(/--orgs/)
  expect(() => parseSeedArgs(['--frobnicate'], {}, now)).toThrow(/不认识的参数/)
})

test('--topics-per-org fills the 议事 collection; boards show only public topics, newest first', async () => {
  expect(parseSeedArgs(['--topics-per-org', '17'], {}, now).topicsPerOrg).toBe(17)
  expect(() => parseSeedArgs(['--topics-per-org', '0'], {}, now)).toThrow(/--topics-per-org/)
  const dataDir = path.join(root, 'topics')
  const counts = await seed(options(dataDir, { orgs: 20, topicsPerOrg: 12 }))
  expect(counts).toMatchObject({ orgs: 20, topics: 240 })
  const store = await NedbStore.open({ dataDir })
  const topics = await store.find<TopicDoc>('topics', { orgId: 'o000005' })
  expect(topics).toHaveLength(12)
  const board = (await store.getById<BoardDoc>('boards', 's-000005'))!
  expect(boardDoc.safeParse(board).error).toBeUndefined()
  const published = topics
    .filter((t) => t.public)
    .map((t) => t.publishedAt!)
    .sort()
    .reverse()
  expect(board.topics.length).toBe(published.length)
  expect(board.topics.map((t) => t.state)).not.toContain('submitted')
  expect(topics.find((t) => t._id === board.topics[0].id)?.publishedAt).toBe(published[0])
})
