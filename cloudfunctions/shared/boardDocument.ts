// Builds an org's public board document (亮牌) from its data. Every write that changes
// what the board shows calls `rebuildBoard`, so a board read is one document read.
// It is the board's domain rule (who is shown, in what order, which topics are public),
// yet the writes that change a board live in `org` and `topics`, and no function may
// import another's folder; so it sits in `shared/`, the home of domain code several
// functions apply, apart from the machinery in `common/`.
import type { ActivityDoc, AreaDoc, BoardCommitteeChange, BoardDoc, BoardSatisfaction, BoardTopic, MemberDoc, NominationDoc, OrgDoc, OrgRef, TopicDoc } from '../../types'
import { committeeRulesOf, DEFAULT_WALL_RULES, dutiesShown, POSTS, PUBLIC_TOPIC_STATES, publishedPhone } from '../../types'
import { AppError } from '../common/errors'
import type { Store } from '../common/store/port'
import { inBeijing } from '../common/beijingDayjs'
import { committeeChangesOf } from './committeeChanges'
import { dutyResultsOf } from './duty/boardResults'
import { satisfactionOf } from './satisfaction'

/** Children shown on a board; a 街道 rarely has more than a few dozen. */
const MAX_CHILDREN = 200
/** Activities older than this are left off the board document. */
const ACTIVITY_WINDOW_MONTHS = 12
/** Topics on a board (议事成果): the ones that changed most recently; the rest are in the topic list. */
export const BOARD_TOPICS = 20

function refOf(org: OrgDoc): OrgRef {
  return { code: org.code, name: org.name, level: org.level }
}

const descending = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0)

/** The outcome in words that matches the topic's state (执委议事制度 六、七; 亮成效). */
function resultTextOf(topic: TopicDoc): string {
  const { outcome } = topic
  if (topic.state === 'done') return outcome.result
  if (topic.state === 'notCarriedOut') return outcome.notCarriedReason
  if (topic.state === 'escalated') return outcome.escalationNote
  return outcome.feedback
}

/** Public topics only, the latest changed first (an outcome brings a topic back up); the submitter is never named. */
export function boardTopics(topics: TopicDoc[]): BoardTopic[] {
  return topics
    .filter((t) => t.public && PUBLIC_TOPIC_STATES.includes(t.state))
    .sort((a, b) => descending(a.updatedAt, b.updatedAt) || descending(a._id, b._id))
    .slice(0, BOARD_TOPICS)
    .map((t) => ({
      id: t._id,
      title: t.title,
      state: t.state,
      secondCount: t.secondCount,
      decision: t.record?.decision ?? '',
      resultText: resultTextOf(t),
      photos: t.outcome.photos,
      updatedAt: t.updatedAt,
    }))
}

const postRank = (post: MemberDoc['post']): number => POSTS.indexOf(post)

export function composeBoard(
  org: OrgDoc,
  parent: OrgDoc | null,
  children: OrgDoc[],
  members: MemberDoc[],
  areas: AreaDoc[],
  activities: ActivityDoc[],
  topics: TopicDoc[],
  builtAt: Date,
  satisfaction: BoardSatisfaction = { topics: null, help: null },
  dutyResults: BoardDoc['dutyResults'] = {},
  committeeChanges: BoardCommitteeChange[] = [],
): BoardDoc {
  const active = members.filter((m) => m.status === 'active').sort((a, b) => postRank(a.post) - postRank(b.post) || a.sort - b.sort)
  const activeIds = new Set(active.map((m) => m._id))
  const covering = (id: string | null) => (id && activeIds.has(id) ? id : null)
  const boardAreas = [...areas]
    .sort((a, b) => a.sort - b.sort)
    .map((a) => ({ id: a._id, name: a.name, kind: a.kind, memberId: covering(a.memberId), backupMemberId: covering(a.backupMemberId) }))
  return {
    _id: org.code,
    orgId: org._id,
    code: org.code,
    name: org.name,
    level: org.level,
    logoUrl: org.logoUrl,
    homeName: org.homeName,
    address: org.address,
    hours: org.hours,
    duties: dutiesShown(org.level, org.duties),
    representativesCount: org.representativesCount,
    intro: org.intro,
    parent: parent ? refOf(parent) : null,
    children: [...children].sort((a, b) => a.sort - b.sort).map(refOf),
    members: active.map((m) => ({
      id: m._id,
      name: m.name,
      post: m.post,
      photoUrl: m.photoUrl,
      // 亮执委身份 "联系方式": the number she chose to publish, never her own mobile against her choice
      ...publishedPhone(m),
      specialty: m.specialty,
      onDutyMonth: m.onDutyMonth,
      termEnd: m.termEnd,
      areaIds: boardAreas.filter((a) => a.memberId === m._id).map((a) => a.id),
      backupAreaIds: boardAreas.filter((a) => a.backupMemberId === m._id).map((a) => a.id),
    })),
    areas: boardAreas,
    activities: [...activities]
      .filter((a) => a.status !== 'cancelled')
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .map((a) => ({
        id: a._id,
        title: a.title,
        status: a.status,
        date: a.date,
        place: a.place,
        summary: a.summary,
        resultText: a.resultText,
        photos: a.photos,
      })),
    topics: boardTopics(topics),
    // 001 6.1.3 "人员构成、工作职责、主要制度、联系（监督）电话等上墙公开。"
    supervisionPhone: org.supervisionPhone ?? null,
    wallRules: org.wallRules ?? [...DEFAULT_WALL_RULES],
    annualPlan: org.annualPlan ?? null,
    satisfaction,
    // 002 第七条 亮成效: the federation's own members' 履职 counts (duty/boardResults.ts)
    dutyResults,
    // 增替补及退出制度第十七条: the committee's changes of the past year, shown for announceDays (committeeChanges.ts)
    committeeChanges,
    announceDays: committeeRulesOf(org).announceDays,
    builtAt: builtAt.toISOString(),
  }
}

/** Reads everything the org's board shows, writes the board document, returns it. */
export async function rebuildBoard(store: Store, orgId: string, now: Date): Promise<BoardDoc> {
  const org = await store.getById<OrgDoc>('orgs', orgId)
  if (!org) throw new AppError('NOT_FOUND', '没有找到这个妇联组织')
  const since = inBeijing(now).subtract(ACTIVITY_WINDOW_MONTHS, 'month').format('YYYY-MM-DD')
  const [parent, children, members, areas, activities, topics, satisfaction, dutyResults, elected] = await Promise.all([
    org.parentId ? store.getById<OrgDoc>('orgs', org.parentId) : Promise.resolve(null),
    store.find<OrgDoc>('orgs', { parentId: org._id }, { sort: { sort: 1 }, limit: MAX_CHILDREN }),
    // one read for those in office (composeBoard shows them) and those who left (committeeChangesOf announces them):
    // 'active' sorts before 'left', so the read's ceiling never cuts a member in office
    store.find<MemberDoc>('members', { orgId: org._id }, { sort: { status: 1, sort: 1 } }),
    store.find<AreaDoc>('areas', { orgId: org._id }, { sort: { sort: 1 } }),
    store.find<ActivityDoc>('activities', { orgId: org._id, date: { $gte: since } }, { sort: { date: -1 }, limit: 200 }),
    store.find<TopicDoc>('topics', { orgId: org._id, public: true }, { sort: { updatedAt: -1, _id: -1 }, limit: BOARD_TOPICS }),
    satisfactionOf(store, org._id),
    dutyResultsOf(store, org._id, now),
    store.find<NominationDoc>('nominations', { orgId: org._id, status: 'elected' }, { sort: { createdAt: -1 }, limit: 100 }),
  ])
  const changes = committeeChangesOf(elected, members, now)
  const board = composeBoard(org, parent, children, members, areas, activities, topics, now, satisfaction, dutyResults, changes)
  await store.put('boards', board)
  return board
}
