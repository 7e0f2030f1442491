// `npm run seed -- --orgs 3000 [--members 14] [--topics-per-org 17] [--requests-per-org 34]
// [--data-dir DIR] [--with-demo] [--force]`: writes a large synthetic data set (a 区县 tree
// of federations with members, areas, activities, 议事 topics, 求助 cases with their
// timelines, and boards) into the embedded store, for the benchmarks.
import Datastore from '@seald-io/nedb'
import fs from 'node:fs'
import path from 'node:path'
import { secureDataDir } from '../server/dataDir'
import { NedbStore } from '../server/nedb'
import { appendBulk, LOG_COLLECTIONS } from '../server/logStore'
import { MAX_LIMIT, type CollectionName } from '../cloudfunctions/common/store/port'
import { systemClock } from '../cloudfunctions/common/time'
import { loadDemo } from '../server/demo/loadDemo'
import { activityPng, avatarPng, emblemPng } from '../server/demo/photos'
import { generateSynthetic, type SyntheticSet } from '../server/demo/synthetic'
import { SEED_AVATARS } from '../server/demo/syntheticParts'
import { seededRandom } from '../server/demo/random'
import { staffOpenid, syntheticRequests } from '../server/demo/syntheticRequests'
import { localVault } from '../server/vault'
import type { VaultPort } from '../cloudfunctions/common/vault'
import type { MemberDoc } from '../types'

export interface SeedOptions {
  orgs: number
  membersPerOrg: number
  /** 议事 topics per org; 17 × 3,000 orgs gives the topics benchmark its 51,000 */
  topicsPerOrg?: number
  /** 求助 cases per org (default 0); 34 × 3,000 orgs gives the requests benchmark its 102,000 */
  requestsPerOrg?: number
  dataDir: string
  /** also load the demo federations (demo-street …) */
  withDemo: boolean
  /** wipe a non-empty data dir instead of refusing */
  force: boolean
  now: Date
}

export type SeedCounts = Record<'orgs' | 'members' | 'areas' | 'activities' | 'topics' | 'meetings' | 'requests' | 'request_events' | 'boards', number>

/** Written last: a data dir holding it was seeded completely with these options. */
export const SEED_MANIFEST = 'seed-manifest.json'

export interface SeedManifest {
  orgs: number
  membersPerOrg: number
  topicsPerOrg: number
  requestsPerOrg: number
  withDemo: boolean
  counts: SeedCounts
  seededAt: string
}

const COUNTED: (keyof SeedCounts)[] = ['orgs', 'members', 'areas', 'activities', 'topics', 'meetings', 'requests', 'request_events', 'boards']

function prepareDataDir(dataDir: string, force: boolean): void {
  const entries = fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []
  if (entries.length > 0 && !force) {
    throw new Error(`数据目录 ${dataDir} 不是空的。要清空后重新生成，请加 --force。`)
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
}

/** Documents per append: one append of a whole collection could pass V8's longest string. */
const BULK_CHUNK = 20_000

/**
 * Bulk-writes each collection straight into its nedb file. The Store port inserts one
 * document at a time and nedb appends to the file on each: measured here, 42,000
 * members took 27 s through the port; the whole set takes about 2.5 s this way. The
 * append-only collections go to their log files (server/logStore.ts) the same way.
 */
async function bulkWrite(dataDir: string, docs: Record<keyof SeedCounts, object[]>): Promise<void> {
  for (const name of COUNTED) {
    if (LOG_COLLECTIONS[name]) {
      await appendBulk(dataDir, name, docs[name])
      continue
    }
    const datastore = new Datastore({ filename: path.join(dataDir, `${name}.db`) })
    await datastore.loadDatabaseAsync()
    for (let start = 0; start < docs[name].length; start += BULK_CHUNK) await datastore.insertAsync(docs[name].slice(start, start + BULK_CHUNK))
  }
}

/**
 * Appends documents to a collection's file as the store writes them (one JSON line each;
 * a log collection's files for the append-only ones), without holding the collection in
 * memory: for data sets far larger than the seed's.
 */
export async function appendDocs(dataDir: string, name: CollectionName, docs: readonly object[]): Promise<void> {
  if (LOG_COLLECTIONS[name]) return appendBulk(dataDir, name, docs)
  const lines = docs.map((doc) => JSON.stringify(doc) + '\n').join('')
  await fs.promises.appendFile(path.join(dataDir, `${name}.db`), lines)
}

/** The demo federations, loaded through the Store port into memory, then written in bulk too. */
async function demoDocs(filesDir: string, now: Date, vault: VaultPort): Promise<Record<keyof SeedCounts, object[]>> {
  const memory = await NedbStore.open()
  await loadDemo(memory, filesDir, now, vault)
  const docs = {} as Record<keyof SeedCounts, object[]>
  for (const name of COUNTED) docs[name] = await memory.find(name, {}, { limit: MAX_LIMIT })
  return docs
}

/** The pictures synthetic documents point at, under files/seed/. */
function writeSeedPictures(filesDir: string): void {
  const folder = path.join(filesDir, 'seed')
  fs.mkdirSync(folder, { recursive: true })
  fs.writeFileSync(path.join(folder, 'emblem.png'), emblemPng())
  fs.writeFileSync(path.join(folder, 'activity-meeting.png'), activityPng('meeting'))
  for (let i = 0; i < SEED_AVATARS; i++) fs.writeFileSync(path.join(folder, `avatar-${i}.png`), avatarPng(1000 + i))
}

/**
 * The 求助 cases of every org, sealed with the vault the host will use. Each org's members
 * are bound to an openid (staffOpenid) so that a benchmark can sign in as its chair.
 */
function addRequests(set: SyntheticSet, perOrg: number, now: Date, vault: VaultPort): Pick<Record<keyof SeedCounts, object[]>, 'members' | 'requests' | 'request_events'> {
  const members: MemberDoc[] = set.members.map((member) => ({ ...member, openid: staffOpenid(member._id) }))
  const byOrg = new Map<string, MemberDoc[]>()
  for (const member of members) byOrg.set(member.orgId, [...(byOrg.get(member.orgId) ?? []), member])
  const random = seededRandom(20251125)
  const codes = new Set<string>()
  const out = { members, requests: [] as object[], request_events: [] as object[] }
  set.orgs.forEach((org, index) => {
    const made = syntheticRequests({ org, index, members: byOrg.get(org._id) ?? [], random, now, vault, codes }, perOrg)
    out.requests.push(...made.requests)
    out.request_events.push(...made.events)
  })
  return out
}

export async function seed(options: SeedOptions): Promise<SeedCounts> {
  prepareDataDir(options.dataDir, options.force)
  const filesDir = path.join(options.dataDir, 'files')
  writeSeedPictures(filesDir)
  const vault = localVault(options.dataDir)
  const requestsPerOrg = options.requestsPerOrg ?? 0
  const set: SyntheticSet = generateSynthetic({ orgs: options.orgs, membersPerOrg: options.membersPerOrg, topicsPerOrg: options.topicsPerOrg ?? 0, now: options.now })
  const docs: Record<keyof SeedCounts, object[]> = {
    orgs: set.orgs,
    members: set.members,
    areas: set.areas,
    activities: set.activities,
    topics: set.topics,
    meetings: set.meetings,
    requests: [],
    request_events: [],
    boards: set.boards,
  }
  if (requestsPerOrg > 0) Object.assign(docs, addRequests(set, requestsPerOrg, options.now, vault))
  if (options.withDemo) {
    const demo = await demoDocs(filesDir, options.now, vault)
    for (const name of COUNTED) docs[name] = [...docs[name], ...demo[name]]
  }
  await bulkWrite(options.dataDir, docs)
  const counts = {} as SeedCounts
  for (const name of COUNTED) counts[name] = docs[name].length
  const manifest: SeedManifest = {
    orgs: options.orgs,
    membersPerOrg: options.membersPerOrg,
    topicsPerOrg: options.topicsPerOrg ?? 0,
    requestsPerOrg,
    withDemo: options.withDemo,
    counts,
    seededAt: options.now.toISOString(),
  }
  fs.writeFileSync(path.join(options.dataDir, SEED_MANIFEST), JSON.stringify(manifest, null, 2))
  // the host's own rule for its data folder: files 0600, folders 0700
  secureDataDir(options.dataDir)
  return counts
}

function positiveInt(flag: string, value: string | undefined, max: number, min = 1): number {
  const n = Number(value)
  if (value === undefined || value === '' || !Number.isInteger(n) || n < min || n > max) throw new Error(`${flag} 应为 ${min}–${max} 的整数，现在是「${value ?? ''}」`)
  return n
}

export function parseSeedArgs(argv: string[], env: NodeJS.ProcessEnv, now: Date): SeedOptions {
  const options: SeedOptions = { orgs: 3000, membersPerOrg: 14, topicsPerOrg: 0, requestsPerOrg: 0, dataDir: env.DATA_DIR || '.data-bench', withDemo: false, force: false, now }
  const args = argv.flatMap((arg) => (arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg]))
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]
    if (flag === '--orgs') options.orgs = positiveInt(flag, args[++i], 999_999)
    else if (flag === '--members') options.membersPerOrg = positiveInt(flag, args[++i], 99)
    else if (flag === '--topics-per-org') options.topicsPerOrg = positiveInt(flag, args[++i], 999)
    else if (flag === '--requests-per-org') options.requestsPerOrg = positiveInt(flag, args[++i], 999, 0)
    else if (flag === '--data-dir') options.dataDir = args[++i] ?? ''
    else if (flag === '--with-demo') options.withDemo = true
    else if (flag === '--force') options.force = true
    else
      throw new Error(
        `不认识的参数「${flag}」。用法：npm run seed -- --orgs 3000 [--members 14] [--topics-per-org 17] [--requests-per-org 34] [--data-dir 目录] [--with-demo] [--force]`,
      )
  }
  if (options.dataDir === '') throw new Error('--data-dir 后面要跟一个目录')
  options.dataDir = path.resolve(options.dataDir)
  return options
}

async function main(): Promise<void> {
  const options = parseSeedArgs(process.argv.slice(2), process.env, systemClock.now())
  const started = process.hrtime.bigint()
  console.log(
    `正在生成 ${options.orgs} 个妇联组织、每个 ${options.membersPerOrg} 名执委、${options.topicsPerOrg ?? 0} 个议题和 ${options.requestsPerOrg ?? 0} 件求助到 ${options.dataDir} …`,
  )
  const counts = await seed(options)
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  console.log(`完成，用时 ${seconds.toFixed(1)} 秒：`)
  for (const name of COUNTED) console.log(`  ${name.padEnd(10)} ${counts[name]}`)
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('生成数据失败：', error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
