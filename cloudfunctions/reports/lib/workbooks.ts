// Which ledgers each export holds, read and laid out for one federation and one year. The
// year's workbook (年度台账) is 大事记, every ledger and the 总结; for a chair above, its 求助台账
// keeps the totals and leaves out the cases (only the federation's own chairs export those).
import { DEPARTURE_REASON_LABEL, NOMINATION_KIND_LABEL, type ActivityDoc, type LedgerKind, type MemberDoc, type OrgDoc, type OrgStatsDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { readAll } from '../../common/readAll'
import { overviewOf, overviewQuarter, rowOf, type StatsRead } from '../../shared/overviewRows'
import { statsLedgers } from './ledgers/stats'
import { localDate } from '../../common/time'
import { activitiesLedger } from './ledgers/activities'
import { chronicleLedger, summaryLedger, type ChronicleEvent } from './ledgers/chronicle'
import { committeesLedger, nominationsLedger } from './ledgers/committee'
import { dutyLedger } from './ledgers/duty'
import { ledgerCaseOf, requestsLedger } from './ledgers/requests'
import { rosterLedger } from './ledgers/roster'
import { topicsLedger } from './ledgers/topics'
import { activitiesOf, areasOf, committeesOf, dutyMembersOf, meetingsOf, membersOf, nominationsOf, requestsOf, topicsOf, topicStateDates } from './load'
import type { AnyLedger } from './workbook'

export interface ExportScope {
  org: OrgDoc
  year: number
  now: Date
  /** whether the 求助台账 may list cases (the federation's own chairs) or only totals */
  caseRows: boolean
}

const nameIn = (members: readonly MemberDoc[]) => {
  const byId = new Map(members.map((m) => [m._id, m.name]))
  return (id: string) => byId.get(id) ?? '（已删除）'
}

/** The activities ledger, its photos linked at addresses that open outside the product. */
async function activitiesPart(ctx: Ctx, { org, year }: ExportScope, activities: ActivityDoc[]): Promise<AnyLedger> {
  const links = await ctx.ports.files.links(activities.flatMap((a) => a.photos))
  return activitiesLedger(org.name, year, activities, (ref) => links.get(ref) ?? ref)
}

async function roster(ctx: Ctx, { org, now }: ExportScope, members: MemberDoc[]): Promise<AnyLedger> {
  return rosterLedger(org, members, await areasOf(ctx, org._id), now)
}

async function topics(ctx: Ctx, { org, year }: ExportScope) {
  const list = await topicsOf(ctx, org._id, year)
  const meetings = await meetingsOf(ctx, list)
  return { list, meetings, ledger: topicsLedger(org.name, year, list, meetings, await topicStateDates(ctx, org._id, year)) }
}

async function requests(ctx: Ctx, { org, year, caseRows }: ExportScope): Promise<AnyLedger> {
  const cases = (await requestsOf(ctx, org._id, year)).map(ledgerCaseOf)
  const full = requestsLedger(org.name, year, cases)
  return caseRows ? full : { ...full, note: `${full.note ?? ''}（各件明细只由本级妇联主席导出）`, cells: [] }
}

async function committee(ctx: Ctx, { org, year }: ExportScope, members: MemberDoc[]) {
  const meetings = await committeesOf(ctx, org._id, year)
  const nominations = await nominationsOf(ctx, org._id, year)
  return { meetings, nominations, ledgers: [committeesLedger(org.name, year, meetings, nameIn(members)), nominationsLedger(org.name, year, nominations)] }
}

/**
 * 统计报表: the 下级统计 rows (the page's) and every federation below on its own row, in the
 * tree's order, from the kept figures; a federation whose figures were never kept reads as
 * zero here (opening 下级统计 counts and keeps them).
 */
async function statsWorkbook(ctx: Ctx, { org, year, now }: ExportScope): Promise<AnyLedger[]> {
  const [orgs, kept] = await Promise.all([
    readAll<OrgDoc>(ctx, 'orgs', { ancestorIds: org._id }, { _id: 1 }),
    readAll<OrgStatsDoc>(ctx, 'org_stats', { ancestorIds: org._id, year }, { _id: 1 }),
  ])
  const keptOf = new Map(kept.map((doc) => [doc.orgId, doc]))
  const docs: StatsRead[] = orgs.map((o) => keptOf.get(o._id) ?? { orgId: o._id, name: o.name, level: o.level, parentId: o.parentId, ancestorIds: o.ancestorIds, sort: o.sort })
  const quarter = overviewQuarter(year, now)
  const view = overviewOf({ orgId: org._id, name: org.name, level: org.level }, docs, year, quarter)
  const names = new Map([[org._id, org.name], ...orgs.map((o): [string, string] => [o._id, o.name])])
  const childrenOf = new Map<string, StatsRead[]>()
  for (const doc of docs) childrenOf.set(doc.parentId ?? '', [...(childrenOf.get(doc.parentId ?? '') ?? []), doc])
  const inTreeOrder: StatsRead[] = []
  const visit = (parentId: string) => {
    const children = (childrenOf.get(parentId) ?? []).sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name, 'zh-CN'))
    for (const child of children) {
      inTreeOrder.push(child)
      visit(child.orgId)
    }
  }
  visit(org._id)
  const each = inTreeOrder.map((doc) => ({ ...rowOf(doc, [doc], year, quarter), parentName: names.get(doc.parentId ?? '') ?? '' }))
  return statsLedgers(org.name, view, each)
}

export async function ledgersFor(ctx: Ctx, kind: LedgerKind, scope: ExportScope): Promise<AnyLedger[]> {
  const { org, year, now } = scope
  const today = localDate(now)
  switch (kind) {
    case 'roster':
      return [await roster(ctx, scope, await membersOf(ctx, org._id))]
    case 'activities':
      return [await activitiesPart(ctx, scope, await activitiesOf(ctx, org._id, year))]
    case 'topics':
      return [(await topics(ctx, scope)).ledger]
    case 'duty':
      return [dutyLedger(org.name, year, await dutyMembersOf(ctx, org, await membersOf(ctx, org._id), year), org.dutyMinimums ?? null, today)]
    case 'committee':
      return (await committee(ctx, scope, await membersOf(ctx, org._id))).ledgers
    case 'requests':
      return [await requests(ctx, scope)]
    case 'stats':
      return statsWorkbook(ctx, scope)
    case 'annual': {
      const members = await membersOf(ctx, org._id)
      const activities = await activitiesOf(ctx, org._id, year)
      const topicPart = await topics(ctx, scope)
      const committeePart = await committee(ctx, scope, members)
      const events = chronicleOf({
        members,
        activities,
        topics: topicPart.list,
        meetings: topicPart.meetings,
        committees: committeePart.meetings,
        nominations: committeePart.nominations,
      })
      return [
        chronicleLedger(org.name, year, events),
        summaryLedger(org.name, year, org.yearSummaries?.[String(year)] ?? null),
        await roster(ctx, scope, members),
        await activitiesPart(ctx, scope, activities),
        topicPart.ledger,
        dutyLedger(org.name, year, await dutyMembersOf(ctx, org, members, year), org.dutyMinimums ?? null, today),
        ...committeePart.ledgers,
        await requests(ctx, scope),
      ]
    }
  }
}

interface YearRecords {
  members: readonly MemberDoc[]
  activities: readonly { date: string; title: string; status: string }[]
  topics: readonly { title: string; record: { decision: string } | null; meetingId: string | null }[]
  meetings: readonly { _id: string; startsAt: string }[]
  committees: readonly { startsAt: string; status: string; agenda: readonly { kind: string }[] }[]
  nominations: readonly { candidate: { name: string }; kind: 'add' | 'replace'; status: string; vote: { at: string; yes: number; expected: number } | null }[]
}

/** 大事记: what the year's records say happened, one line each. */
export function chronicleOf(records: YearRecords): ChronicleEvent[] {
  const events: ChronicleEvent[] = []
  for (const c of records.committees) if (c.status === 'recorded') events.push({ date: localDate(new Date(c.startsAt)), kind: '执委会', text: '召开执委会全体会议' })
  for (const n of records.nominations) {
    if (!n.vote) continue
    const result = n.status === 'elected' ? '当选' : '未当选'
    events.push({
      date: localDate(new Date(n.vote.at)),
      kind: NOMINATION_KIND_LABEL[n.kind],
      text: `执委会表决${NOMINATION_KIND_LABEL[n.kind]}${n.candidate.name}为执委：${result}（赞成 ${n.vote.yes} 票，应到 ${n.vote.expected} 人）`,
    })
  }
  for (const m of records.members) {
    if (m.departure) events.push({ date: m.departure.leftOn, kind: '离任', text: `${m.name}离任（${DEPARTURE_REASON_LABEL[m.departure.reason]}）` })
  }
  const meetingDay = new Map(records.meetings.map((m) => [m._id, localDate(new Date(m.startsAt))]))
  for (const t of records.topics) {
    const date = t.meetingId ? meetingDay.get(t.meetingId) : undefined
    if (t.record?.decision && date) events.push({ date, kind: '议事', text: `议题“${t.title}”议定：${t.record.decision}` })
  }
  for (const a of records.activities) if (a.status === 'done') events.push({ date: a.date, kind: '活动', text: a.title })
  return events
}
