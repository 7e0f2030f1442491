// The demo's 履职 year: every 执委 of the demo federations keeps a record of plausible entries
// (走访, 宣讲, 调研, 建议, 帮扶, 公益 and the odd 调解), dated relative to the moment of the load,
// so what the chair's 履职情况 says stays true whatever day the demo starts: most are done or
// still have time, 和美社区's 黄美玲 missed last quarter (behind), 胡素珍 has logged nothing for
// over a year (the one-year flag of 手册 六（八）), and the 安置点 has one member behind. The
// counts documents are computed from the same entries the way the writes keep them.
import type { AreaDoc, DutyCountsDoc, DutyEntryDoc, DutyEntryKind, DutyPeriod, DutyPeriodSpan, DutyWay, MemberDoc, OrgDoc } from '../../types'
import { heldToDuty } from '../../types'
import { localDate } from '../../cloudfunctions/common/time'
import { applyEntry, emptyCounts, previousSpan, spanOf, yearBefore } from '../../cloudfunctions/shared/duty/cadence'
import { countsIds } from '../../cloudfunctions/shared/duty/counts'
import { seededRandom } from './random'
import { orgIdOf } from './build'
import { DEMO_CODES } from './spec'

/**
 * How a member keeps her record. complete: every period, this one too; due: every past period,
 * nothing yet this quarter (she still has time); behind: missed last quarter and nothing since;
 * silent: her last entries are more than a year old.
 */
export type DutyHabit = 'complete' | 'due' | 'behind' | 'silent'

/** The members whose habit is not the federation's mix (by code and index in the content). */
const EXCEPTIONS: Record<string, DutyHabit> = {
  [`${DEMO_CODES.community}-m05`]: 'behind',
  [`${DEMO_CODES.community}-m08`]: 'silent',
  [`${DEMO_CODES.resettlement}-m06`]: 'behind',
}

/**
 * The rest alternate: the chair and every other member have done this period's work already.
 * The 街道's own 执委 have all done last quarter's and nothing yet of this one, so its board
 * shows the empty quarter beside a full year (and a first entry's 少于5 can be seen).
 */
export const habitOf = (member: MemberDoc, index: number): DutyHabit =>
  EXCEPTIONS[member._id] ?? (member.orgId === orgIdOf(DEMO_CODES.street) ? 'due' : index % 2 === 0 ? 'complete' : 'due')

interface Work {
  kind: DutyEntryKind
  way: DutyWay
  women: [number, number]
  note: string
  inArea: boolean
}

const WORK: Record<Exclude<DutyEntryKind, 'deliberation' | 'escort' | 'report'>, Work> = {
  contact: { kind: 'contact', way: 'visit', women: [3, 8], note: '入户走访，了解家庭近况', inArea: true },
  talk: { kind: 'talk', way: 'activity', women: [10, 30], note: '宣讲妇女儿童权益保障政策', inArea: false },
  survey: { kind: 'survey', way: 'faceToFace', women: [5, 12], note: '收集妇女群众对托育和就业的需求', inArea: true },
  proposal: { kind: 'proposal', way: 'faceToFace', women: [0, 0], note: '建议在妇女之家增设周末亲子活动', inArea: false },
  help: { kind: 'help', way: 'visit', women: [1, 2], note: '看望困难妇女，帮助申请临时救助', inArea: true },
  service: { kind: 'service', way: 'activity', women: [8, 20], note: '参加巾帼志愿者义务服务', inArea: false },
  mediation: { kind: 'mediation', way: 'faceToFace', women: [1, 2], note: '调解邻里纠纷', inArea: true },
}

/** Which work each period asks (附件2): two a quarter, two a half-year, two a year. */
const PER_PERIOD: Record<DutyPeriod, Work[]> = {
  quarter: [WORK.contact, WORK.talk],
  halfYear: [WORK.survey, WORK.proposal],
  year: [WORK.help, WORK.service],
}
/** How many periods back the record goes: six quarters, three half-years, two years (past the one-year flag). */
const DEPTH: Record<DutyPeriod, number> = { quarter: 6, halfYear: 3, year: 2 }

const DAY_MS = 24 * 3600 * 1000
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)

/** The periods of one kind from this one back, newest first. */
function periodsBack(today: string, period: DutyPeriod): DutyPeriodSpan[] {
  const spans = [spanOf(today, period)]
  while (spans.length < DEPTH[period]) spans.push(previousSpan(spans[spans.length - 1]))
  return spans
}

/** Does a member of this habit do the work of this period (index 0 is the current one)? */
function works(habit: DutyHabit, period: DutyPeriod, index: number, span: DutyPeriodSpan, yearAgo: string): boolean {
  if (habit === 'silent') return span.last < yearAgo
  if (index > 0) return !(habit === 'behind' && period === 'quarter' && index === 1)
  return habit === 'complete'
}

interface Planned {
  work: Work
  date: string
}

/** A member's entries over the record's depth, each on a day of its period no later than today. */
function planFor(habit: DutyHabit, today: string, random: () => number): Planned[] {
  const yearAgo = yearBefore(today)
  const planned: Planned[] = []
  for (const period of ['quarter', 'halfYear', 'year'] as const) {
    periodsBack(today, period).forEach((span, index) => {
      if (!works(habit, period, index, span, yearAgo)) return
      const last = span.last < today ? span.last : today
      for (const work of PER_PERIOD[period]) planned.push({ work, date: addDays(span.first, Math.floor(random() * (daysBetween(span.first, last) + 1))) })
    })
  }
  // the odd 调解 in a past quarter, beyond what the 七个一 asks
  const past = periodsBack(today, 'quarter')[2]
  if (habit !== 'silent' && random() < 0.5) planned.push({ work: WORK.mediation, date: addDays(past.first, Math.floor(random() * 60)) })
  return planned
}

function entryOf(member: MemberDoc, plan: Planned, seq: number, areas: AreaDoc[], now: Date, random: () => number): DutyEntryDoc {
  const [low, high] = plan.work.women
  const at = new Date(Math.min(Date.parse(`${plan.date}T02:00:00.000Z`), now.getTime())).toISOString()
  const area = plan.work.inArea && areas.length > 0 ? areas[seq % areas.length] : null
  return {
    _id: `${member._id}-d${String(seq).padStart(3, '0')}`,
    version: 1,
    createdAt: at,
    updatedAt: at,
    orgId: member.orgId,
    memberId: member._id,
    kind: plan.work.kind,
    date: plan.date,
    way: plan.work.way === 'visit' && random() < 0.3 ? 'phone' : plan.work.way,
    areaId: area?._id ?? null,
    womenCount: low + Math.floor(random() * (high - low + 1)),
    note: area ? `${area.name}：${plan.work.note}` : plan.work.note,
    photos: [],
    womenNames: '',
    links: { topicId: null, requestId: null, activityId: null },
    enteredBy: 'self',
    enteredByMemberId: member._id,
  }
}

/** Every demo 执委's entries (volunteers, 小组长 and 组员 keep none), the same on every load of the same day. */
export function buildDemoDutyEntries(now: Date, members: MemberDoc[], areas: AreaDoc[]): DutyEntryDoc[] {
  const today = localDate(now)
  const random = seededRandom(Number(today.replace(/-/g, '')))
  const entries: DutyEntryDoc[] = []
  const byOrg = new Map<string, number>()
  for (const member of members.filter((m) => m.status === 'active' && heldToDuty(m.post))) {
    const index = byOrg.get(member.orgId) ?? 0
    byOrg.set(member.orgId, index + 1)
    const covered = areas.filter((area) => area.memberId === member._id)
    const plans = planFor(habitOf(member, index), today, random).sort((a, b) => a.date.localeCompare(b.date))
    plans.forEach((plan, seq) => entries.push(entryOf(member, plan, seq + 1, covered, now, random)))
  }
  return entries
}

/** The counts documents the writes would have kept for these entries: each org's own and, as tree counts, each ancestor's. */
export function demoDutyCounts(entries: DutyEntryDoc[], orgs: OrgDoc[]): DutyCountsDoc[] {
  const docs = new Map<string, DutyCountsDoc>()
  const ancestorsOf = new Map(orgs.map((org) => [org._id, org.ancestorIds]))
  for (const entry of entries) {
    for (const orgId of [entry.orgId, ...(ancestorsOf.get(entry.orgId) ?? [])]) {
      for (const id of countsIds(orgId, entry.date)) {
        const doc = docs.get(id) ?? { _id: id, orgId, periodKey: id.slice(orgId.length + 1), own: emptyCounts(), tree: emptyCounts() }
        docs.set(id, { ...doc, own: orgId === entry.orgId ? applyEntry(doc.own, entry, 1) : doc.own, tree: applyEntry(doc.tree, entry, 1) })
      }
    }
  }
  return [...docs.values()]
}
