// The store every action is fuzzed against, and how to tell whether a call changed it.
// One tree holds what every function acts on: the console tree (a caller of every kind),
// topics in every state with a meeting, and help requests submitted, in progress and
// closed. It is built once and copied into a fresh in-memory store whenever a call was
// accepted and wrote (so the next payload meets the same world) and every so many calls
// (so rate-limit windows and the audit trail start afresh).
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { COLLECTIONS, type CollectionName, type StoredDoc } from '../../cloudfunctions/common/store/port'
import { createVault } from '../../cloudfunctions/common/vault'
import { NedbStore } from '../../server/nedb'
import { caseDoc } from '../cloudfunctions/requests/fixtures/requestsTree'
import { seededServices as topicsSeeded } from '../cloudfunctions/topics/fixtures/seeded'
import { REVIEW_WORD, RISKY_WORD } from '../cloudfunctions/topics/fixtures/topicsTree'
import { testServices, type TestServices } from '../fixtures/services'

/** Collections a refused call may write: its audit entry, its rate-limit counter. */
export const MAY_CHANGE_ON_REFUSAL: readonly CollectionName[] = ['audit', 'counters']
const WATCHED = COLLECTIONS.filter((name) => !MAY_CHANGE_ON_REFUSAL.includes(name))
const NOW = '2026-11-23T02:00:00.000Z'
const DENY = { riskyWords: [RISKY_WORD], reviewWords: [REVIEW_WORD], riskyImageHashes: [] }

type Template = Map<CollectionName, StoredDoc[]>

async function buildTemplate(): Promise<Template> {
  const services = await topicsSeeded()
  // the cases test/cloudfunctions/requests/fixtures/seeded.ts names in its valid payloads
  await services.store.insert('requests', caseDoc('c-sub', 'submitted'))
  await services.store.insert('requests', caseDoc('c-open', 'inProgress'))
  await services.store.insert('requests', caseDoc('c-closed', 'closed'))
  const template: Template = new Map()
  for (const name of COLLECTIONS) template.set(name, await services.store.find(name, {}))
  return template
}

/** Files under a folder, with their sizes: the local ports write images and the key there. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile()) return []
    const full = path.join(entry.parentPath, entry.name)
    return [`${path.relative(dir, full)}:${fs.statSync(full).size}`]
  })
}

export class Arena {
  services!: TestServices
  private template: Template = new Map()
  /** the watched state after the last call */
  private state = new Map<string, string>()
  private callsSinceReset = 0
  private readonly key = randomBytes(32)

  private constructor(private readonly resetEvery: number) {}

  static async open(resetEvery = 100): Promise<Arena> {
    const arena = new Arena(resetEvery)
    arena.template = await buildTemplate()
    await arena.reset()
    return arena
  }

  /** Every id in the tree and every org code: stand-ins for an id of the wrong thing. */
  fixtureIds(): string[] {
    const ids = new Set<string>()
    for (const docs of this.template.values()) for (const doc of docs) ids.add(doc._id)
    for (const org of this.template.get('orgs') ?? []) ids.add(String(org.code))
    return [...ids].sort()
  }

  async reset(): Promise<void> {
    if (this.services) fs.rmSync(this.services.dataDir, { recursive: true, force: true })
    const store = await NedbStore.open()
    for (const [name, docs] of this.template) for (const doc of docs) await store.insert(name, doc)
    this.services = await testServices(NOW, store, DENY)
    // the key lives in memory: no key file to appear beside the data, and none to clean up
    this.services.ports.vault = createVault(this.key)
    this.state = await this.watchedState()
    this.callsSinceReset = 0
  }

  /** Everything a refused call must leave alone, by part: each watched collection, and the data files. */
  private async watchedState(): Promise<Map<string, string>> {
    const parts = new Map<string, string>()
    for (const name of WATCHED) parts.set(name, JSON.stringify(await this.services.store.find(name, {}, { sort: { _id: 1 } })))
    parts.set('data files', JSON.stringify(filesUnder(this.services.dataDir)))
    return parts
  }

  /** The parts the last call changed (none: it wrote nothing watched); the new state becomes the baseline. */
  async changed(): Promise<string[]> {
    const now = await this.watchedState()
    const changed = [...now].filter(([part, text]) => this.state.get(part) !== text).map(([part]) => part)
    this.state = now
    return changed
  }

  /** Called after each call: a fresh world after a write, or every `resetEvery` calls. */
  async afterCall(wrote: boolean): Promise<void> {
    if (wrote || ++this.callsSinceReset >= this.resetEvery) await this.reset()
  }

  close(): void {
    fs.rmSync(this.services.dataDir, { recursive: true, force: true })
  }
}
