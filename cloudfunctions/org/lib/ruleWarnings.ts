// What the console asks a chair to fix, each warning citing the seed sentence it comes
// from (seedRules.ts), and a completeness score (the share of individual checks the org
// passes). A pure function of the org's level, members and areas, so the console can
// score a whole 街道's children from two `$in` reads. The rest is optional and does not
// move the score: recent meetings add the attendance rule, the 妇女之家's hours and
// activities its own rules (homeWarnings.ts), the small bodies under the federation the
// rule that each 执委 keeps in touch with one of them.
import {
  CONVENED_MEETING_FORMS,
  isSmallBody,
  MEETING_FORM_LABEL,
  publishedPhone,
  type ActivityDoc,
  type AreaDoc,
  type CommitteeMeetingDoc,
  type MeetingDoc,
  type MeetingForm,
  type MemberDoc,
  type OrgDoc,
  type RuleWarning,
} from '../../../types'
import { boardFreshnessWarnings, hoursWarnings, quarterWarnings } from './homeWarnings'
import { levelWarnings, type Tally } from './levelRules'
import { citing } from './seedRules'
import { termWarnings, trainingWarnings } from './termRules'
import type { FailedYears } from './appraisalRules'
import { appraisalFailWarnings, silentYearWarnings } from './exitFlags'
import { inBeijing } from '../../common/beijingDayjs'

/**
 * The team's completeness: the share of its checks passed, and how many of its warnings
 * there are. Both count only the team rules (people, chair, identity, coverage, rotation),
 * so a federation's own view and its parent's list of children agree; the attendance and
 * 妇女之家 warnings are listed but counted in neither.
 */
export interface Completeness {
  score: number
  warningCount: number
}

export interface RuleReport {
  warnings: RuleWarning[]
  completeness: Completeness
}

type Subject = Pick<
  MemberDoc,
  '_id' | 'name' | 'post' | 'status' | 'onDutyMonth' | 'photoUrl' | 'phone' | 'officePhone' | 'phoneShown' | 'linkedBodyIds' | 'termStart' | 'termEnd' | 'createdAt'
>
type Covered = Pick<AreaDoc, '_id' | 'name' | 'memberId'>
type Attended = Pick<MemberDoc, '_id'> & Pick<MeetingDoc, 'startsAt' | 'status' | 'attendance' | 'form' | 'invitedMemberIds'>
type Committee = Pick<CommitteeMeetingDoc, 'startsAt' | 'status' | 'attendance' | 'invitedMemberIds' | 'agenda'>

/** What more the console read about the org; each part adds its rules when present. */
export interface RuleContext {
  /** recorded 议事 meetings, for the attendance rule (only the convened forms count) */
  meetings?: Omit<Attended, '_id'>[]
  /** recorded 执委会全体会议, newest first: the attendance rule, and the half-year rule with `now` and the org's creation */
  committees?: { recorded: Committee[]; createdAt: string }
  /** today's moment, for the half-year, term and training rules (the 执委会 read above are the training attended) */
  now?: Date
  /** each 执委's latest 履职 entry date (null: none), for the one-year flag */
  lastEntries?: ReadonlyMap<string, string | null>
  /** members whose 述职评议 was 不合格 two years running (appraisalRules.ts twoYearFailures) */
  appraisalFailures?: readonly FailedYears[]
  /** the 妇女小组 and 妇女微家 directly under the federation */
  smallBodyIds?: string[]
  /** the 妇女之家's hours and activities, and now, for its own rules */
  home?: { hours: OrgDoc['hours']; createdAt: string; activities: Pick<ActivityDoc, 'status' | 'date' | 'resultText' | 'updatedAt'>[]; now: Date }
}

/** Unexcused absences in a row that call for a talk (六(八)). */
const MISSED_MEETINGS_LIMIT = 3

/** 执委 are the chair, vice-chairs and members; 巾帼志愿者 are shown but hold no seat. */
const isExecutive = (m: Subject) => m.post !== 'volunteer'
const names = (items: { name: string }[]) => items.map((i) => i.name).join('、')

/** Adds `subjects.length` checks of which `failing.length` fail; one warning names them all. */
function perSubject<T extends { _id: string; name: string }>(tally: Tally, subjects: T[], failing: T[], warning: (failing: T[]) => RuleWarning): RuleWarning[] {
  tally.checks += subjects.length
  tally.passed += subjects.length - failing.length
  return failing.length ? [{ ...warning(failing), subjectIds: failing.map((f) => f._id) }] : []
}

function coverageWarnings(active: Subject[], executives: Subject[], areas: Covered[], smallBodyIds: string[], tally: Tally): RuleWarning[] {
  const activeIds = new Set(active.map((m) => m._id))
  const uncovered = areas.filter((a) => !a.memberId || !activeIds.has(a.memberId))
  const covering = new Set(areas.map((a) => a.memberId))
  const idle = executives.filter((m) => !covering.has(m._id))
  const bodies = new Set(smallBodyIds)
  const unlinked = bodies.size ? executives.filter((m) => !(m.linkedBodyIds ?? []).some((id) => bodies.has(id))) : []
  return [
    // 六(一): "执委要经常保持与本辖区本单位妇女群众的密切联系" — every area needs a member covering it
    ...perSubject(tally, areas, uncovered, (f) => citing('areaCovered', { kind: 'areaUncovered', message: `${f.length} 个片区没有执委联系：${names(f)}` })),
    // 附件2 一: "按照执委分片联系制度，每位妇联执委…每季度联系1次妇女群众" — her own area
    ...perSubject(tally, executives, idle, (f) => citing('memberArea', { kind: 'memberCoversNothing', message: `${f.length} 位执委还没有分片联系的片区：${names(f)}` })),
    // 附件6: "每位执委至少联系1个妇女小组和微家" — only where the federation has them; the
    // "10名妇女群众" of the same sentence is a 履职 record, not checked here
    ...perSubject(tally, bodies.size ? executives : [], unlinked, (f) =>
      citing('memberSmallBody', { kind: 'memberLinksNoSmallBody', message: `${f.length} 位执委还没有联系本会的妇女小组或妇女微家：${names(f)}` }),
    ),
  ]
}

const monthName = (month: number) => `${month}月`

/**
 * 六(二) 执委轮值制度: "每名执委根据妇联组织的工作要求，每年安排一个月的轮值时间" — each 执委 one month
 * a year. The seed does not ask that every month be kept, so months nobody keeps are shown
 * on the rotation page only. Two in one month while another month is free is a clash to
 * spread out; with more 执委 than months sharing is unavoidable and not flagged.
 */
function rotationWarnings(executives: Subject[], tally: Tally): RuleWarning[] {
  const unscheduled = executives.filter((m) => m.onDutyMonth === null)
  const byMonth = new Map<number, Subject[]>()
  for (const m of executives) if (m.onDutyMonth !== null) byMonth.set(m.onDutyMonth, [...(byMonth.get(m.onDutyMonth) ?? []), m])
  const emptyMonths = 12 - byMonth.size
  const shared = emptyMonths === 0 ? [] : [...byMonth.entries()].filter(([, members]) => members.length > 1).sort(([a], [b]) => a - b)
  tally.checks += 1
  if (shared.length === 0) tally.passed += 1
  const clash = shared.length
    ? [
        citing('rotation', {
          kind: 'rotationClash',
          message: `${shared.map(([month, members]) => `${monthName(month)}有 ${members.length} 位执委同时轮值（${names(members)}）`).join('；')}，还有 ${emptyMonths} 个月空着，请把轮值月份错开`,
          subjectIds: shared.flatMap(([, members]) => members.map((m) => m._id)),
        }),
      ]
    : []
  return [
    ...perSubject(tally, executives, unscheduled, (f) => citing('rotation', { kind: 'memberWithoutDuty', message: `${f.length} 位执委还没有安排轮值月份：${names(f)}` })),
    ...clash,
  ]
}

/**
 * 三(一): "执行委员会全体会议选举主席一人、专兼职副主席若干人" — a federation has its chair (a second
 * is refused by saveMember). A 妇女小组's 小组长 is checked by its own rule (levelRules).
 */
function chairWarnings(level: OrgDoc['level'], active: Subject[], tally: Tally): RuleWarning[] {
  if (isSmallBody(level)) return []
  const hasChair = active.some((m) => m.post === 'chair')
  tally.checks += 1
  if (hasChair) tally.passed += 1
  return hasChair ? [] : [citing('chair', { kind: 'vacantChair', message: '主席空缺：请召开执委会全体会议选举主席，并在亮牌上公开她的身份' })]
}

function identityWarnings(active: Subject[], tally: Tally): RuleWarning[] {
  // 六(五) 亮执委身份: "主席、副主席、执委、巾帼志愿者等人员的姓名、职务、照片、联系方式等信息公开"
  return [
    ...perSubject(
      tally,
      active,
      active.filter((m) => !m.photoUrl),
      (f) => citing('identity', { kind: 'missingPhoto', message: `${f.length} 人没有照片：${names(f)}` }),
    ),
    ...perSubject(
      tally,
      active,
      active.filter((m) => !publishedPhone(m).phone),
      (f) => citing('identity', { kind: 'missingPhone', message: `${f.length} 人在亮牌上没有联系电话：${names(f)}（不愿公开本人电话的，可以公开办公电话）` }),
    ),
  ]
}

/** A meeting the federation called her to, whichever kind: its day, its name and the marks. */
interface CalledMeeting {
  startsAt: string
  /** 集中议事, 现场议事 or 执委会 */
  label: string
  invitedMemberIds: readonly string[]
  attendance: readonly { memberId: string; status: 'present' | 'excused' | 'absent' }[]
}

/** The meetings of her latest run of unexcused absences, newest first; one she attended or was excused from ends it. */
function absentRun(memberId: string, newestFirst: readonly CalledMeeting[]): CalledMeeting[] {
  const run: CalledMeeting[] = []
  for (const meeting of newestFirst) {
    if (!meeting.invitedMemberIds.includes(memberId)) continue
    const mark = meeting.attendance.find((a) => a.memberId === memberId)
    if (!mark) continue
    if (mark.status !== 'absent') break
    run.push(meeting)
  }
  return run
}

const CONVENED: readonly MeetingForm[] = CONVENED_MEETING_FORMS

/** 「1月10日集中议事」: a missed meeting as the chair recognises it. */
const meetingName = (meeting: CalledMeeting): string => `${inBeijing(new Date(meeting.startsAt)).format('M月D日')}${meeting.label}`

/** The recorded meetings she was called to, of both kinds, newest first. */
function calledMeetings(meetings: readonly Omit<Attended, '_id'>[], committees: readonly Committee[]): CalledMeeting[] {
  const deliberations = meetings.filter((m) => m.status === 'recorded' && CONVENED.includes(m.form)).map((m) => ({ ...m, label: MEETING_FORM_LABEL[m.form] }))
  const full = committees.filter((m) => m.status === 'recorded').map((m) => ({ ...m, label: '执委会' }))
  return [...deliberations, ...full].sort((a, b) => (a.startsAt < b.startsAt ? 1 : a.startsAt > b.startsAt ? -1 : 0))
}

/**
 * 六(八): "无正当理由连续三次不出席同级妇联召集的活动（会议、培训等）" — 执委 whose last three
 * meetings the federation called her to (执委会全体会议, and 集中议事 and 现场议事 she was invited
 * to, recorded) were all missed without excuse. A 上门、接待 or 走访 议事 is not a meeting she was
 * expected at and never counts; the words name the meetings that were missed.
 */
export function missedMeetingWarnings(executives: Pick<Subject, '_id' | 'name'>[], meetings: Omit<Attended, '_id'>[], committees: readonly Committee[] = []): RuleWarning[] {
  const called = calledMeetings(meetings, committees)
  const runs = executives.map((member) => ({ member, run: absentRun(member._id, called) })).filter(({ run }) => run.length >= MISSED_MEETINGS_LIMIT)
  if (runs.length === 0) return []
  const who = runs.map(({ member, run }) => `${member.name}（${run.slice(0, MISSED_MEETINGS_LIMIT).reverse().map(meetingName).join('、')}）`).join('；')
  const message = `${who} 已连续 ${MISSED_MEETINGS_LIMIT} 次无故不出席本会召集的会议，请与本人谈话，必要时按程序终止其执委资格`
  return [citing('attendance', { kind: 'missedMeetings', message, subjectIds: runs.map(({ member }) => member._id) })]
}

/** How long a federation may go without a recorded 执委会 before the console says so. */
const COMMITTEE_GAP_MONTHS = 6

/**
 * 002 激励制度第三条 "乡镇（街道）、村（社区）妇联每半年召开一次执委会"; 001 3.3.3 "全体会议一般每年举行一次":
 * no 执委会 recorded in the past six months, once the federation is six months old. The
 * half-year is the stricter of the two, and both are cited.
 */
export function committeeGapWarnings(level: OrgDoc['level'], context: RuleContext['committees'], now: Date): RuleWarning[] {
  if (!context || isSmallBody(level) || level === 'county') return []
  const since = inBeijing(now).subtract(COMMITTEE_GAP_MONTHS, 'month')
  if (inBeijing(new Date(context.createdAt)).isAfter(since)) return []
  const last = context.recorded.filter((m) => m.status === 'recorded').reduce<string | null>((latest, m) => (latest === null || m.startsAt > latest ? m.startsAt : latest), null)
  if (last !== null && !inBeijing(new Date(last)).isBefore(since)) return []
  const when = last === null ? '还没有记录过执委会' : `上一次是 ${inBeijing(new Date(last)).format('YYYY年M月D日')}`
  return [citing('committee', { kind: 'noCommittee', message: `最近半年没有召开执委会全体会议（${when}），请召集执委会，听取述职、开展评议` })]
}

/** The 妇女之家's rules (hours, 六个有, 宣传栏): a federation's, not a 妇女小组's or a 区县's. */
function homeRules(level: OrgDoc['level'], home: RuleContext['home']): RuleWarning[] {
  if (!home || isSmallBody(level) || level === 'county') return []
  return [...hoursWarnings(home.hours), ...quarterWarnings(home.activities, home.now, home.createdAt), ...boardFreshnessWarnings(home.activities, home.now)]
}

/** Warnings and completeness of one org. Members who left are ignored. */
export function ruleWarnings(org: Pick<OrgDoc, 'level'>, members: Subject[], areas: Covered[], context: RuleContext = {}): RuleReport {
  const tally: Tally = { checks: 0, passed: 0 }
  const active = members.filter((m) => m.status === 'active')
  const executives = active.filter(isExecutive)
  // 妇女小组 and 妇女微家 are no 执委会: no rotation, coverage or attendance rule is theirs
  const federation = !isSmallBody(org.level)
  const team = [
    ...levelWarnings(org.level, active, tally),
    ...chairWarnings(org.level, active, tally),
    ...identityWarnings(active, tally),
    ...(federation ? coverageWarnings(active, executives, areas, context.smallBodyIds ?? [], tally) : []),
    ...(federation ? rotationWarnings(executives, tally) : []),
  ]
  const attendance = federation ? missedMeetingWarnings(executives, context.meetings ?? [], context.committees?.recorded ?? []) : []
  const { now, lastEntries } = context
  const people = now
    ? [
        ...termWarnings(org.level, members, now),
        ...trainingWarnings(org.level, members, context.committees?.recorded ?? [], now),
        ...(federation && lastEntries ? silentYearWarnings(members, lastEntries, now) : []),
        ...(federation && context.appraisalFailures ? appraisalFailWarnings(members, context.appraisalFailures) : []),
      ]
    : []
  const warnings = [...team, ...attendance, ...(now ? committeeGapWarnings(org.level, context.committees, now) : []), ...people, ...homeRules(org.level, context.home)]
  const score = tally.checks ? Math.round((100 * tally.passed) / tally.checks) : 100
  return { warnings, completeness: { score, warningCount: team.length } }
}
