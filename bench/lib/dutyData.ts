// The 履职 data set of the duty benchmark: a year of entries for every member of a seeded
// tree, their counts documents (own and tree, per quarter and year) and each board's
// 履职成效, written straight into the embedded store's files — the Store port inserts one
// document at a time, far too slow for half a million entries.
import Datastore from '@seald-io/nedb'
import path from 'node:path'
import { type DutyCounts, type DutyCountsDoc, type DutyEntryDoc, type DutyEntryKind, type MemberDoc, type OrgDoc } from '../../types'
import { emptyCounts, spanOf } from '../../cloudfunctions/shared/duty/cadence'
import { publishYear } from '../../cloudfunctions/shared/duty/boardResults'
import { localDate } from '../../cloudfunctions/common/time'
import { seededRandom } from '../../server/demo/random'
import { appendBulk, LOG_COLLECTIONS } from '../../server/logStore'
import type { CollectionName } from '../../cloudfunctions/common/store/port'

/** Documents per append, as the seed script writes them. */
const CHUNK = 20_000
const DAY_MS = 24 * 3600_000

/** How often each kind is recorded, and how many women it counts at most. */
const KIND_MIX: readonly { kind: DutyEntryKind; share: number; women: number }[] = [
  { kind: 'contact', share: 0.34, women: 6 },
  { kind: 'talk', share: 0.14, women: 60 },
  { kind: 'survey', share: 0.1, women: 15 },
  { kind: 'proposal', share: 0.08, women: 0 },
  { kind: 'help', share: 0.08, women: 2 },
  { kind: 'service', share: 0.08, women: 30 },
  { kind: 'deliberation', share: 0.08, women: 0 },
  { kind: 'mediation', share: 0.04, women: 2 },
  { kind: 'escort', share: 0.03, women: 1 },
  { kind: 'report', share: 0.03, women: 0 },
]

function kindAt(random: () => number): (typeof KIND_MIX)[number] {
  let roll = random()
  for (const mix of KIND_MIX) if ((roll -= mix.share) < 0) return mix
  return KIND_MIX[0]
}

async function openFile<T extends Record<string, unknown>>(dataDir: string, name: string): Promise<Datastore<T>> {
  const datastore = new Datastore<T>({ filename: path.join(dataDir, `${name}.db`) })
  await datastore.loadDatabaseAsync()
  return datastore
}

async function appendAll(dataDir: string, name: CollectionName, docs: object[]): Promise<void> {
  // the entries are a log collection (server/logStore.ts): appended to its files the same way
  if (LOG_COLLECTIONS[name]) return appendBulk(dataDir, name, docs)
  const datastore = await openFile(dataDir, name)
  for (let start = 0; start < docs.length; start += CHUNK) await datastore.insertAsync(docs.slice(start, start + CHUNK) as never)
}

/** `entriesPerMember` entries for each active member, dated over the 365 days up to `now` (Beijing). */
export function yearOfEntries(members: readonly MemberDoc[], entriesPerMember: number, now: Date): DutyEntryDoc[] {
  const random = seededRandom(20261130)
  const at = now.toISOString()
  const entries: DutyEntryDoc[] = []
  for (const member of members) {
    for (let i = 0; i < entriesPerMember; i++) {
      const mix = kindAt(random)
      const date = localDate(new Date(now.getTime() - Math.floor(random() * 365) * DAY_MS))
      entries.push({
        _id: `de-${member._id}-${i}`,
        version: 1,
        createdAt: at,
        updatedAt: at,
        orgId: member.orgId,
        memberId: member._id,
        kind: mix.kind,
        date,
        way: mix.kind === 'talk' || mix.kind === 'service' ? 'activity' : 'visit',
        areaId: null,
        womenCount: Math.floor(random() * (mix.women + 1)),
        note: '',
        photos: [],
        womenNames: '',
        links: { topicId: null, requestId: null, activityId: null },
        enteredBy: 'self',
        enteredByMemberId: member._id,
      })
    }
  }
  return entries
}

function add(counts: DutyCounts, entry: DutyEntryDoc): void {
  counts.entries++
  counts.byKind[entry.kind]++
  counts.women += entry.womenCount
  const byKind = counts.womenByKind ?? (counts.womenByKind = {})
  byKind[entry.kind] = (byKind[entry.kind] ?? 0) + entry.womenCount
}

/** The counts documents log / update / delete would have kept for these entries: own for the org, tree for it and each ancestor. */
export function countsOfEntries(entries: readonly DutyEntryDoc[], orgs: readonly OrgDoc[]): DutyCountsDoc[] {
  const ancestors = new Map(orgs.map((org) => [org._id, org.ancestorIds]))
  const docs = new Map<string, DutyCountsDoc>()
  const docOf = (orgId: string, periodKey: string): DutyCountsDoc => {
    const id = `${orgId}_${periodKey}`
    let doc = docs.get(id)
    if (!doc) docs.set(id, (doc = { _id: id, orgId, periodKey, own: emptyCounts(), tree: emptyCounts() }))
    return doc
  }
  for (const entry of entries) {
    for (const periodKey of [spanOf(entry.date, 'quarter').key, spanOf(entry.date, 'year').key]) {
      add(docOf(entry.orgId, periodKey).own, entry)
      for (const orgId of [entry.orgId, ...(ancestors.get(entry.orgId) ?? [])]) add(docOf(orgId, periodKey).tree, entry)
    }
  }
  return [...docs.values()]
}

export interface DutyDataSet {
  entries: number
  countsDocs: number
  members: number
  /** the openids bound to the sampled orgs' chairs and 执委, by org */
  staff: Map<string, { chair: string; members: string[] }>
}

/**
 * Adds the year of entries to a seeded data dir: entries and counts appended in bulk, each
 * board's 履职成效 set, and the members of `sampleOrgs` bound to openids (for logging in).
 */
export async function addDutyData(dataDir: string, entriesPerMember: number, sampleOrgs: ReadonlySet<string>, now: Date): Promise<DutyDataSet> {
  const orgs = await (await openFile<OrgDoc>(dataDir, 'orgs')).findAsync({})
  const memberFile = await openFile<MemberDoc>(dataDir, 'members')
  const members = (await memberFile.findAsync({ status: 'active' })).sort((a, b) => (a._id < b._id ? -1 : 1))
  const entries = yearOfEntries(members, entriesPerMember, now)
  const counts = countsOfEntries(entries, orgs)
  await appendAll(dataDir, 'duty_entries', entries)
  await appendAll(dataDir, 'duty_counts', counts)
  const year = Number(localDate(now).slice(0, 4))
  const own = new Map<string, Map<string, DutyCounts>>()
  for (const doc of counts) own.set(doc.orgId, (own.get(doc.orgId) ?? new Map<string, DutyCounts>()).set(doc.periodKey, doc.own))
  const boards = await openFile<{ orgId: string }>(dataDir, 'boards')
  for (const org of orgs) await boards.updateAsync({ orgId: org._id }, { $set: { dutyResults: publishYear(year, own.get(org._id) ?? new Map()) } })
  const staff = new Map<string, { chair: string; members: string[] }>()
  for (const member of members.filter((m) => sampleOrgs.has(m.orgId))) {
    const openid = `bench-duty-${member._id}`
    await memberFile.updateAsync({ _id: member._id }, { $set: { openid } })
    const bound = staff.get(member.orgId) ?? { chair: '', members: [] }
    if (member.post === 'chair') bound.chair = openid
    else if (member.post === 'member') bound.members.push(openid)
    staff.set(member.orgId, bound)
  }
  return { entries: entries.length, countsDocs: counts.length, members: members.length, staff }
}
