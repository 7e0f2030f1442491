// The figures the view from above reads (`org_stats`, one document per federation and year):
// kept by the writes that change them, so the 区县 reading 3,000 federations reads their
// figures, not their records. A part is recounted from the federation's own records of the
// year on each write that changes a record, so it cannot drift from what it counts, and a
// write that was cut off is put right by the next one. The one exception is a new case or
// topic: it adds itself to the part (addNewCase, addNewTopic), one atomic add where a recount
// would read every record of the federation's year on the write a woman waits for, and where,
// on the cloud database, two functions filing at once could each write a count that misses the
// other's record (a read, then a write, with no transaction between). A retry of a submit (the
// only way a submit cut off before its add is finished) recounts whole. A recount and an add of
// those two parts that race are not written over each other: the later is done again as a
// recount (partMark). The org function
// writes the `org` part (it owns the completeness rules: org/lib/orgStats.ts); this file
// writes the others.
import {
  REQUEST_CATEGORIES,
  REQUEST_STATES,
  TOPIC_ACCEPTED_STATES,
  TOPIC_FINISHED_STATES,
  heldToDuty,
  type DutyEntryDoc,
  type MemberDoc,
  type OrgDoc,
  type OrgStatsDoc,
  type OrgStatsPart,
  type RequestDoc,
  type TopicDoc,
} from '../../types'
import { AppError } from '../common/errors'
import { ANY_ORDER, readAll } from '../common/readAll'
import type { Store } from '../common/store/port'
import { localYear, monthInYearOfIso, yearBoundsInBeijing } from '../common/time'

/** What a figures document repeats of its federation, so the view from above needs no read of the federations. */
export type StatsOrg = Pick<OrgDoc, '_id' | 'name' | 'level' | 'parentId' | 'ancestorIds' | 'sort'>
export type KeptPart = 'duty' | 'topics' | 'requests'

export const statsId = (orgId: string, year: number): string => `${orgId}_${year}`

/** The year of an instant or a date, in Asia/Shanghai. */
export const yearOf = localYear

/** 0–3: the quarter of a month 1–12. */
const quarterIndex = (month: number): number => Math.floor((month - 1) / 3)
const zeros = (n: number): number[] => Array.from({ length: n }, () => 0)

/** What a figures document repeats of its federation. */
const identityOf = (org: StatsOrg): Record<string, unknown> => ({ name: org.name, level: org.level, parentId: org.parentId, ancestorIds: org.ancestorIds, sort: org.sort })

/** Writes one part of a federation's figures of a year, making the document when it is the first. */
export async function writeStatsPart<P extends OrgStatsPart>(store: Store, org: StatsOrg, year: number, part: P, value: NonNullable<OrgStatsDoc[P]>): Promise<void> {
  const _id = statsId(org._id, year)
  const $set = { ...identityOf(org), [part]: value }
  if ((await store.update('org_stats', { _id }, { $set })) > 0) return
  try {
    await store.insert('org_stats', { _id, orgId: org._id, year, ...$set })
  } catch (error) {
    // another write made the document first (or a cloud update changed nothing): set the part on it
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error
    await store.update('org_stats', { _id }, { $set })
  }
}
const inYear = (year: number) => {
  const { start, end } = yearBoundsInBeijing(year)
  return { $gte: start.toISOString(), $lt: end.toISOString() }
}

/**
 * The 履职 part: entries and women reached per quarter, the 执委 in office (附件2 holds "每位妇联执委"
 * to the 七个一: not a 巾帼志愿者, 小组长 or 组员) and, per quarter, how many of them have an entry in it.
 */
export async function dutyPart(store: Store, orgId: string, year: number, at: string): Promise<NonNullable<OrgStatsDoc['duty']>> {
  const [entries, members] = await Promise.all([
    readAll<DutyEntryDoc>({ store }, 'duty_entries', { orgId, date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, ANY_ORDER, ['date', 'womenCount', 'memberId']),
    readAll<MemberDoc>({ store }, 'members', { orgId, status: 'active' }, ANY_ORDER, ['post']),
  ])
  const executives = new Set(members.filter((member) => heldToDuty(member.post)).map((member) => member._id))
  const part = { executives: executives.size, active: zeros(4), entries: zeros(4), women: zeros(4), at }
  const seen = Array.from({ length: 4 }, () => new Set<string>())
  for (const entry of entries) {
    const q = quarterIndex(Number(entry.date.slice(5, 7)))
    part.entries[q]! += 1
    part.women[q]! += entry.womenCount
    if (executives.has(entry.memberId)) seen[q]!.add(entry.memberId)
  }
  part.active = seen.map((members) => members.size)
  return part
}

/** What the 议事 part counts of each topic: read alone, not a copy of each whole topic. */
const COUNTED_TOPIC_FIELDS = ['createdAt', 'state'] as const satisfies readonly (keyof TopicDoc)[]

const isIn = (states: readonly string[]) => (topic: Pick<TopicDoc, 'state'>) => states.includes(topic.state)

/** The 议事 part: topics filed in the year, per quarter, and how many were accepted and finished. */
export async function topicsPart(store: Store, orgId: string, year: number, at: string): Promise<NonNullable<OrgStatsDoc['topics']>> {
  const topics = await readAll<TopicDoc>({ store }, 'topics', { orgId, createdAt: inYear(year) }, ANY_ORDER, COUNTED_TOPIC_FIELDS)
  const byQuarter = zeros(4)
  const monthOf = monthInYearOfIso(year)
  for (const topic of topics) byQuarter[quarterIndex(monthOf(topic.createdAt))]! += 1
  return {
    byQuarter,
    total: topics.length,
    accepted: topics.filter(isIn(TOPIC_ACCEPTED_STATES)).length,
    finished: topics.filter(isIn(TOPIC_FINISHED_STATES)).length,
    done: topics.filter((topic) => topic.state === 'done').length,
    at,
  }
}

/** What the 求助 part counts of each case: nothing of any one case beyond these, and no copy of her sealed details. */
const COUNTED_REQUEST_FIELDS = ['createdAt', 'category', 'state'] as const satisfies readonly (keyof RequestDoc)[]

/** The 求助 part: the year's cases counted by category, state and month; nothing of any one case. */
export async function requestsPart(store: Store, orgId: string, year: number, at: string): Promise<NonNullable<OrgStatsDoc['requests']>> {
  const cases = await readAll<RequestDoc>({ store }, 'requests', { orgId, createdAt: inYear(year) }, ANY_ORDER, COUNTED_REQUEST_FIELDS)
  const byCategory = zeros(REQUEST_CATEGORIES.length)
  const byState = zeros(REQUEST_STATES.length)
  const byMonth = zeros(12)
  const monthOf = monthInYearOfIso(year)
  for (const c of cases) {
    byCategory[REQUEST_CATEGORIES.indexOf(c.category)]! += 1
    byState[REQUEST_STATES.indexOf(c.state)]! += 1
    byMonth[monthOf(c.createdAt) - 1]! += 1
  }
  return { total: cases.length, byCategory, byState, byMonth, at }
}

/** The parts a new record adds itself to. */
export type AddedPart = 'topics' | 'requests'

/**
 * How often the part has been recounted and added to since it kept count (`recounts`, `adds`);
 * null when the year's document or the part is not there, or the part was written before it kept
 * count. A writer reads them before it looks at the records (a new case before it is kept, a
 * recount before it counts), and its write is made only if, since then:
 * - for an add, no recount was written (one may have counted the new record already);
 * - for a recount, nothing was written (an add may be of a record it did not count).
 * Otherwise the part is recounted again. Two adds never stand in each other's way. Without this,
 * a recount that read the cases before a new one was kept, and wrote after that one added itself,
 * left the figures one short until the next recount (the durability run: 2,001 of 2,003 cases).
 */
export interface PartMark {
  recounts: number
  /** null: not added to since the part kept count */
  adds: number | null
}

export async function partMark(store: Store, orgId: string, year: number, part: AddedPart): Promise<PartMark | null> {
  const kept = (await store.getById<OrgStatsDoc>('org_stats', statsId(orgId, year)))?.[part]
  return typeof kept?.recounts === 'number' ? { recounts: kept.recounts, adds: kept.adds ?? null } : null
}

const unlessRecounted = (part: AddedPart, mark: PartMark | null) => ({ [`${part}.recounts`]: mark ? mark.recounts : { $exists: false } })
const unlessWritten = (part: AddedPart, mark: PartMark | null) => ({ ...unlessRecounted(part, mark), ...(mark ? { [`${part}.adds`]: mark.adds ?? { $exists: false } } : {}) })

/** How many times a recount of an added-to part is tried when other writes of it keep coming between. */
const RECOUNT_ATTEMPTS = 5

/**
 * Recounts an added-to part of a federation's year and writes it unless another write of the part
 * came after the recount began; then it counts again. After RECOUNT_ATTEMPTS such races the last
 * count is written as it is (the next recount of the part puts it right).
 */
export async function recountPart(store: Store, org: StatsOrg, year: number, part: AddedPart, at: string): Promise<void> {
  const _id = statsId(org._id, year)
  for (let attempt = 1; ; attempt += 1) {
    const mark = await partMark(store, org._id, year, part)
    const value: Record<string, unknown> = await PARTS[part](store, org._id, year, at)
    const $set: Record<string, unknown> = identityOf(org)
    for (const [field, counted] of Object.entries(value)) $set[`${part}.${field}`] = counted
    // adds by 0: keeps its count, and starts it on a part that had none
    const update = { $set, $inc: { [`${part}.recounts`]: 1, [`${part}.adds`]: 0 } }
    const last = attempt >= RECOUNT_ATTEMPTS
    if ((await store.update('org_stats', last ? { _id } : { _id, ...unlessWritten(part, mark) }, update)) > 0) return
    if (mark === null || last) {
      // the year's first write of the figures makes the document
      try {
        await store.insert('org_stats', { _id, orgId: org._id, year, ...identityOf(org), [part]: { ...value, recounts: 1, adds: 0 } })
        return
      } catch (error) {
        // another write made it first: count again on it
        if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error
      }
    }
  }
}

/** Per store, per part of a federation's year: the recount running and the one queued after it. */
const recounts = new WeakMap<Store, Map<string, { running: Promise<void>; queued: Promise<void> | null }>>()

/**
 * A recount of the part that begins after this call, shared with every other call made before it
 * begins: all the records kept before this call are counted by it. Many submits of one federation
 * whose adds met a recount at once (a burst of retries after a restart) make one recount running
 * and one queued, not one each, every one of which would have made the others' writes fail again.
 */
function recountAfter(store: Store, org: StatsOrg, year: number, part: AddedPart, at: string): Promise<void> {
  const ofStore = recounts.get(store) ?? new Map<string, { running: Promise<void>; queued: Promise<void> | null }>()
  recounts.set(store, ofStore)
  const key = `${statsId(org._id, year)} ${part}`
  const start = (): Promise<void> => {
    const running = recountPart(store, org, year, part, at).finally(() => {
      const now = ofStore.get(key)
      if (now?.running === running && !now.queued) ofStore.delete(key)
    })
    ofStore.set(key, { running, queued: null })
    return running
  }
  const current = ofStore.get(key)
  if (!current) return start()
  current.queued ??= current.running.then(start, start)
  return current.queued
}

/**
 * Adds one new record to a part of the figures of its year, in one write, if the part is there and
 * was not recounted since `mark` was read (before the record was kept); otherwise the part is recounted.
 */
async function addToPart(store: Store, org: StatsOrg, year: number, part: AddedPart, adds: readonly string[], now: Date, mark: PartMark | null): Promise<void> {
  if (mark) {
    const $inc: Record<string, number> = { [`${part}.adds`]: 1 }
    for (const path of adds) $inc[`${part}.${path}`] = 1
    if ((await store.update('org_stats', { _id: statsId(org._id, year), ...unlessRecounted(part, mark) }, { $inc, $set: { [`${part}.at`]: now.toISOString() } })) > 0) return
  }
  await recountAfter(store, org, year, part, now.toISOString())
}

/** What a case just filed adds to the 求助 part: the same four counts requestsPart makes of it. `mark`: the part's, read before the case was kept. */
export function addNewCase(store: Store, org: StatsOrg, doc: Pick<RequestDoc, (typeof COUNTED_REQUEST_FIELDS)[number]>, now: Date, mark: PartMark | null): Promise<void> {
  const year = yearOf(new Date(doc.createdAt))
  const month = monthInYearOfIso(year)(doc.createdAt)
  const adds = ['total', `byCategory.${REQUEST_CATEGORIES.indexOf(doc.category)}`, `byState.${REQUEST_STATES.indexOf(doc.state)}`, `byMonth.${month - 1}`]
  return addToPart(store, org, year, 'requests', adds, now, mark)
}

/** What a topic just filed adds to the 议事 part: the same counts topicsPart makes of it. `mark`: the part's, read before the topic was kept. */
export function addNewTopic(store: Store, org: StatsOrg, doc: Pick<TopicDoc, (typeof COUNTED_TOPIC_FIELDS)[number]>, now: Date, mark: PartMark | null): Promise<void> {
  const year = yearOf(new Date(doc.createdAt))
  const adds = ['total', `byQuarter.${quarterIndex(monthInYearOfIso(year)(doc.createdAt))}`]
  if (isIn(TOPIC_ACCEPTED_STATES)(doc)) adds.push('accepted')
  if (isIn(TOPIC_FINISHED_STATES)(doc)) adds.push('finished')
  if (doc.state === 'done') adds.push('done')
  return addToPart(store, org, year, 'topics', adds, now, mark)
}

/** How each added-to part is counted whole (`duty` is never added to: its writers count it with dutyPart). */
const PARTS = { topics: topicsPart, requests: requestsPart } as const

/**
 * Recounts `parts` of a federation's figures for the current year and any other year its
 * write touched (`years`: a 履职 entry dated last December, a topic filed last year).
 */
export async function refreshStats(store: Store, orgOrId: StatsOrg | string, now: Date, parts: readonly KeptPart[], years: readonly number[] = []): Promise<void> {
  const org = typeof orgOrId === 'string' ? await store.getById<OrgDoc>('orgs', orgOrId) : orgOrId
  if (!org) return
  const at = now.toISOString()
  for (const year of new Set([yearOf(now), ...years])) {
    for (const part of parts) {
      if (part === 'duty') await writeStatsPart(store, org, year, part, await dutyPart(store, org._id, year, at))
      else await recountPart(store, org, year, part, at)
    }
  }
}
