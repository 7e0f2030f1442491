// The console's warnings for the demo federations, through the real org.get: each cites
// a sentence that is really in its seed, the 安置点 and the 妇女小组 are sized as their seeds
// ask (so they show no count warning), and the list is printed for the record.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { RuleWarning } from '../../../types'
import { NedbStore } from '../../../server/nedb'
import { createVault } from '../../../cloudfunctions/common/vault'
import { orgIdOf } from '../../../server/demo/build'
import { DEMO_CODES, DEMO_OPENIDS, loadDemo } from '../../../server/demo/loadDemo'
import { createCaller } from '../../fixtures/caller'
import { testServices, type TestServices } from '../../fixtures/services'

// a Monday in the last month of a quarter, well past its second week
const NOW = '2026-11-30T02:00:00.000Z'
let services: TestServices
let filesDir: string
const SEEDS = path.join(__dirname, '../../../docs/seeds')
const seedText = (seed: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((n) => n.startsWith(`${seed}_`)) as string), 'utf8')

beforeAll(async () => {
  const store = await NedbStore.open()
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-warnings-'))
  await loadDemo(store, filesDir, new Date(NOW), createVault(randomBytes(32)))
  services = await testServices(NOW, store)
})
afterAll(() => fs.rmSync(filesDir, { recursive: true, force: true }))

const warningsOf = async (code: string): Promise<RuleWarning[]> =>
  (await createCaller('org', services, { openid: DEMO_OPENIDS.streetChair }).get({ orgId: orgIdOf(code) })).warnings
const SHOWN = [
  DEMO_CODES.street,
  DEMO_CODES.community,
  DEMO_CODES.village,
  DEMO_CODES.resettlement,
  DEMO_CODES.communityGroup,
  DEMO_CODES.resettlementGroup,
  DEMO_CODES.villageHome,
]

test.each(SHOWN)('%s: every warning cites a real sentence of its seed', async (code) => {
  const warnings = await warningsOf(code)
  console.log(`${code}:\n${warnings.map((w) => `  - ${w.message}\n    依据：${w.rule}`).join('\n') || '  （没有问题）'}`)
  for (const w of warnings) {
    expect(w.citations.length).toBeGreaterThan(0)
    // white space aside: the PDF line and page breaks split some sentences
    for (const c of w.citations) expect(seedText(c.seed).replace(/\s+/g, '')).toContain(c.quote.replace(/\s+/g, ''))
  }
})

test('the 安置点 meets 柳州 通知 一(七) and the 妇女小组 meet 小组长1名、组员3-5名: no count or leader warning', async () => {
  const COUNT_KINDS = [
    'tooFewMembers',
    'tooManyMembers',
    'memberCountOutsideNorm',
    'tooFewViceChairs',
    'vacantChair',
    'groupTooSmall',
    'groupLeaderCount',
    'groupMembersOutsideRange',
  ]
  for (const code of [DEMO_CODES.resettlement, DEMO_CODES.communityGroup, DEMO_CODES.villageGroup, DEMO_CODES.resettlementGroup]) {
    expect((await warningsOf(code)).map((w) => w.kind).filter((k) => COUNT_KINDS.includes(k))).toEqual([])
  }
})

test('a 妇女小组 gets no rotation or coverage warning, and the federations above them have each 执委 linked to one', async () => {
  const groupKinds = (await warningsOf(DEMO_CODES.communityGroup)).map((w) => w.kind)
  expect(groupKinds.filter((k) => ['memberWithoutDuty', 'rotationClash', 'areaUncovered', 'memberCoversNothing', 'memberLinksNoSmallBody'].includes(k))).toEqual([])
  for (const code of [DEMO_CODES.community, DEMO_CODES.village, DEMO_CODES.resettlement])
    expect((await warningsOf(code)).map((w) => w.kind)).not.toContain('memberLinksNoSmallBody')
})

test('the demo village keeps 08:30—18:00 every day and is told it differs from 附件1 二', async () => {
  expect(await warningsOf(DEMO_CODES.village)).toContainEqual(
    expect.objectContaining({ kind: 'hoursDiffer', rule: expect.stringContaining('除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放') }),
  )
  expect((await warningsOf(DEMO_CODES.community)).map((w) => w.kind)).not.toContain('hoursDiffer')
})
