// `npm run seed -- --orgs 3000 [--members 14] [--topics-per-org 17] [--data-dir DIR] [--with-demo] [--force]`:
// writes a large synthetic data set (a 区县 tree of federations with members, areas,
// activities, 议事 topics and boards) into the embedded store, for the benchmarks.
import Datastore from '@seald-io/nedb'
import fs from 'node:fs'
import path from 'node:path'
import { NedbStore } from '../cloudfunctions/common/store/nedb'
import { MAX_LIMIT } from '../cloudfunctions/common/store/port'
import { systemClock } from '../cloudfunctions/common/time'
import { loadDemo } from '../server/demo/loadDemo'
import { activityPng, avatarPng, emblemPng } from '../server/demo/photos'
import { generateSynthetic, type SyntheticSet } from '../server/demo/synthetic'
import { SEED_AVATARS } from '../server/demo/syntheticParts'

export interface SeedOptions {
  orgs: number
  membersPerOrg: number
  /** 议事 topics per org; 17 × 3,000 orgs gives the topics benchmark its 51,000 */
  topicsPerOrg?: number
  dataDir: string
  /** also load the demo federations (demo-street …) */
  withDemo: boolean
  /** wipe a non-empty data dir instead of refusing */
  force: boolean
  now: Date
}

export type SeedCounts = Record<'orgs' | 'members' | 'areas' | 'activities' | 'topics' | 'meetings' | 'boards', number>

/** Written last: a data dir holding it was seeded completely with these options. */
export const SEED_MANIFEST = 'seed-manifest.json'

export interface SeedManifest {
  orgs: number
  membersPerOrg: number
  topicsPerOrg: number
  withDemo: boolean
  counts: SeedCounts
  seededAt: string
}

const COUNTED: (keyof SeedCounts)[] = ['orgs', 'members', 'areas', 'activities', 'topics', 'meetings', 'boards']

function prepareDataDir(dataDir: string, force: boolean): void {
  const entries = fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []
  if (entries.length > 0 && !force) {
    throw new Error(`数据目录 ${dataDir} 不是空的。要清空后重新生成，请加 --force。`)
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
}

/**
 * Bulk-writes each collection straight into its nedb file. The Store port inserts one
 * document at a time and nedb appends to the file on each: measured here, 42,000
 * members took 27 s through the port; the whole set takes about 2.5 s this way.
 */
async function bulkWrite(dataDir: string, docs: Record<keyof SeedCounts, object[]>): Promise<void> {
  for (const name of COUNTED) {
    const datastore = new Datastore({ filename: path.join(dataDir, `${name}.db`) })
    await datastore.loadDatabaseAsync()
    await datastore.insertAsync(docs[name])
  }
}

/** The demo federations, loaded through the Store port into memory, then written in bulk too. */
async function demoDocs(filesDir: string, now: Date): Promise<Record<keyof SeedCounts, object[]>> {
  const memory = await NedbStore.open()
  await loadDemo(memory, filesDir, now)
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

export async function seed(options: SeedOptions): Promise<SeedCounts> {
  prepareDataDir(options.dataDir, options.force)
  const filesDir = path.join(options.dataDir, 'files')
  writeSeedPictures(filesDir)
  const set: SyntheticSet = generateSynthetic({ orgs: options.orgs, membersPerOrg: options.membersPerOrg, topicsPerOrg: options.topicsPerOrg ?? 0, now: options.now })
  const docs: Record<keyof SeedCounts, object[]> = { orgs: set.orgs, members: set.members, areas: set.areas, activities: set.activities, topics: set.topics, meetings: set.meetings, boards: set.boards }
  if (options.withDemo) {
    const demo = await demoDocs(filesDir, options.now)
    for (const name of COUNTED) docs[name] = [...docs[name], ...demo[name]]
  }
  await bulkWrite(options.dataDir, docs)
  const counts = {} as SeedCounts
  for (const name of COUNTED) counts[name] = docs[name].length
  const manifest: SeedManifest = { orgs: options.orgs, membersPerOrg: options.membersPerOrg, topicsPerOrg: options.topicsPerOrg ?? 0, withDemo: options.withDemo, counts, seededAt: options.now.toISOString() }
  fs.writeFileSync(path.join(options.dataDir, SEED_MANIFEST), JSON.stringify(manifest, null, 2))
  return counts
}

function positiveInt(flag: string, value: string | undefined, max: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${flag} 应为 1–${max} 的整数，现在是「${value ?? ''}」`)
  return n
}

export function parseSeedArgs(argv: string[], env: NodeJS.ProcessEnv, now: Date): SeedOptions {
  const options: SeedOptions = { orgs: 3000, membersPerOrg: 14, topicsPerOrg: 0, dataDir: env.DATA_DIR || '.data-bench', withDemo: false, force: false, now }
  const args = argv.flatMap((arg) => (arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg]))
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]
    if (flag === '--orgs') options.orgs = positiveInt(flag, args[++i], 999_999)
    else if (flag === '--members') options.membersPerOrg = positiveInt(flag, args[++i], 99)
    else if (flag === '--topics-per-org') options.topicsPerOrg = positiveInt(flag, args[++i], 999)
    else if (flag === '--data-dir') options.dataDir = args[++i] ?? ''
    else if (flag === '--with-demo') options.withDemo = true
    else if (flag === '--force') options.force = true
    else throw new Error(`不认识的参数「${flag}」。用法：npm run seed -- --orgs 3000 [--members 14] [--topics-per-org 17] [--data-dir 目录] [--with-demo] [--force]`)
  }
  if (options.dataDir === '') throw new Error('--data-dir 后面要跟一个目录')
  options.dataDir = path.resolve(options.dataDir)
  return options
}

async function main(): Promise<void> {
  const options = parseSeedArgs(process.argv.slice(2), process.env, systemClock.now())
  const started = process.hrtime.bigint()
  console.log(`正在生成 ${options.orgs} 个妇联组织、每个 ${options.membersPerOrg} 名执委和 ${options.topicsPerOrg ?? 0} 个议题到 ${options.dataDir} …`)
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
