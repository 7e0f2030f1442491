// The figures the view from above reads (`org_stats`, one document per federation and year):
// kept by the writes that change them, so the 区县 reading 3,000 federations reads their
// figures, not their records. A part is recounted from the federation's own records of the
// year on each write that changes a record, so it cannot drift from what it counts, and a
// write that was cut off is put right by the next one. The one exception is a new case or
// topic: it adds itself to the part (addNewCase, addNewTopic), one atomic add where a recount
// would read every record of the federation's year on the write a woman waits for, and where,
// on the cloud database, two functions filing at once could each write a count that misses the
// other's record (a read, then a write, with no transaction between). A retry of a submit (the
// only way a submit cut off before its add is finished) recounts whole. The org function
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
import { monthInYearOfIso, yearBoundsInBeijing } from '../common/time'
import { inBeijing } from '../common/beijingDayjs'

/** What a figures document repeats of its federation, so the view from above needs no read of the federations. */
export type StatsOrg = Pick<OrgDoc, '_id' | 'name' | 'level' | 'parentId' | 'ancestorIds' | 'sort'>
export type KeptPart = 'duty' | 'topics' | 'requests'

export const statsId = (orgId: string, year: number): string => `${orgId}_${year}`

/** The year of an instant or a date, in Asia/Shanghai. */
export const yearOf = (when: Date): number => inBeijing(when).year()

/** 0–3: the quarter of a month 1–12. */
const quarterIndex = (month: number): number => Math.floor((month - 1) / 3)
const zeros = (n: number): number[] => Array.from({ length: n }, () => 0)

/** Writes one part of a federation's figures of a year, making the document when it is the first. */
export async function writeStatsPart<P extends OrgStatsPart>(store: Store, org: StatsOrg, year: number, part: P, value: NonNullable<OrgStatsDoc[P]>): Promise<void> {
  const identity = { name: org.name, level: org.level, parentId: org.parentId, ancestorIds: org.ancestorIds, sort: org.sort }
  const _id = statsId(org._id, year)
  const $set = { ...identity, [part]: value }
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

/**
 * Adds one new record to a part of the figures of its year, atomically. Only onto a part that is
 * there: the year's first record (or a document the org function made without this part) has
 * the part counted whole instead.
 */
async function addToPart(store: Store, org: StatsOrg, year: number, part: 'topics' | 'requests', adds: readonly string[], now: Date): Promise<void> {
  const $inc: Record<string, number> = {}
  for (const path of adds) $inc[`${part}.${path}`] = 1
  const added = await store.update('org_stats', { _id: statsId(org._id, year), [`${part}.total`]: { $exists: true } }, { $inc, $set: { [`${part}.at`]: now.toISOString() } })
  if (added === 0) await refreshStats(store, org, now, [part], [year])
}

/** What a case just filed adds to the 求助 part: the same four counts requestsPart makes of it. */
export function addNewCase(store: Store, org: StatsOrg, doc: Pick<RequestDoc, (typeof COUNTED_REQUEST_FIELDS)[number]>, now: Date): Promise<void> {
  const year = yearOf(new Date(doc.createdAt))
  const month = monthInYearOfIso(year)(doc.createdAt)
  const adds = ['total', `byCategory.${REQUEST_CATEGORIES.indexOf(doc.category)}`, `byState.${REQUEST_STATES.indexOf(doc.state)}`, `byMonth.${month - 1}`]
  return addToPart(store, org, year, 'requests', adds, now)
}

/** What a topic just filed adds to the 议事 part: the same counts topicsPart makes of it. */
export function addNewTopic(store: Store, org: StatsOrg, doc: Pick<TopicDoc, (typeof COUNTED_TOPIC_FIELDS)[number]>, now: Date): Promise<void> {
  const year = yearOf(new Date(doc.createdAt))
  const adds = ['total', `byQuarter.${quarterIndex(monthInYearOfIso(year)(doc.createdAt))}`]
  if (isIn(TOPIC_ACCEPTED_STATES)(doc)) adds.push('accepted')
  if (isIn(TOPIC_FINISHED_STATES)(doc)) adds.push('finished')
  if (doc.state === 'done') adds.push('done')
  return addToPart(store, org, year, 'topics', adds, now)
}

const PARTS = { duty: dutyPart, topics: topicsPart, requests: requestsPart } as const

/**
 * Recounts `parts` of a federation's figures for the current year and any other year its
 * write touched (`years`: a 履职 entry dated last December, a topic filed last year).
 */
export async function refreshStats(store: Store, orgOrId: StatsOrg | string, now: Date, parts: readonly KeptPart[], years: readonly number[] = []): Promise<void> {
  const org = typeof orgOrId === 'string' ? await store.getById<OrgDoc>('orgs', orgOrId) : orgOrId
  if (!org) return
  const at = now.toISOString()
  for (const year of new Set([yearOf(now), ...years])) {
    for (const part of parts) await writeStatsPart(store, org, year, part, await PARTS[part](store, org._id, year, at))
  }
}
