// What the console asks a chair to fix, each warning citing the rule it comes from,
// and a completeness score (the share of individual checks the org passes). A pure
// function of the org's level, members and areas, so the console can score a whole
// 街道's children from two `$in` reads. The org's recent meetings add the attendance
// rule, which names people to talk to and does not move the score.
import { publishedPhone, type AreaDoc, type MeetingDoc, type MemberDoc, type OrgDoc, type RuleWarning } from '../../../types'

const RULES = {
  countMin: '重庆市基层妇联执委增替补及退出制度 第四条',
  countMax: '重庆市基层妇联执委增替补及退出制度 第五条',
  countNorm: '重庆市基层妇联执委增替补及退出制度 第三条',
  chair: '基层妇联执委工作手册 六(五) 亮牌服务制度（亮执委身份）；重庆市基层妇联执委增替补及退出制度 第十条',
  areaCovered: '基层妇联执委工作手册 六(一) 联系服务妇女群众制度',
  memberCovers: '重庆市妇联关于实施“妇女之家”规范化建设的工作方案 附件6 妇女工作情况介绍（每位执委至少联系1个妇女小组和微家）',
  rotation: '基层妇联执委工作手册 六(二) 执委轮值制度（每名执委每年安排一个月的轮值时间）',
  rotationClash:
    '基层妇联执委工作手册 六(二) 执委轮值制度（每名执委根据妇联组织的工作要求，每年安排一个月的轮值时间。轮值期间，执委主要依托党群服务中心、“妇女之家”等阵地，做好本级妇联日常工作）',
  identity: '基层妇联执委工作手册 六(五) 亮牌服务制度（亮执委身份：姓名、职务、照片、联系方式）',
  attendance: '重庆市基层妇联执委增替补及退出制度 第十二条（无故连续3次不出席执委会的，劝其辞去执委职务）；基层妇联执委工作手册 六(八)',
} as const

export interface Completeness {
  score: number
  warningCount: number
}

export interface RuleReport {
  warnings: RuleWarning[]
  completeness: Completeness
}

/** One rule check per subject: passed or not. The score is passed / all. */
interface Tally {
  checks: number
  passed: number
}

type Level = OrgDoc['level']
type Subject = Pick<MemberDoc, '_id' | 'name' | 'post' | 'status' | 'onDutyMonth' | 'photoUrl' | 'phone' | 'officePhone' | 'phoneShown'>
type Covered = Pick<AreaDoc, '_id' | 'name' | 'memberId'>
type Attended = Pick<MemberDoc, '_id'> & Pick<MeetingDoc, 'startsAt' | 'status' | 'attendance'>

/** Unexcused absences in a row that call for a talk (第十二条). */
const MISSED_MEETINGS_LIMIT = 3

/** 执委 are the chair, vice-chairs and members; 巾帼志愿者 are shown but hold no seat. */
const isExecutive = (m: Subject) => m.post !== 'volunteer'
const names = (items: { name: string }[]) => items.map((i) => i.name).join('、')

/**
 * 第三–五条 speak of 乡镇（街道）、村（社区）妇联执委; a 妇女小组 / 妇女微家 is not an 执委会,
 * and a 区县 federation is not 基层, so neither gets the count rules.
 */
function countWarnings(level: Level, executives: number, tally: Tally): RuleWarning[] {
  const warnings: RuleWarning[] = []
  if (level === 'group' || level === 'microHome' || level === 'county') return warnings
  const check = (ok: boolean, warning: Omit<RuleWarning, 'subjectIds'>, shown = true) => {
    tally.checks += 1
    if (ok) tally.passed += 1
    else if (shown) warnings.push({ ...warning, subjectIds: [] })
  }
  // 第四条: "妇联执委数量可适当减少，但不得低于5人"
  check(executives >= 5, { kind: 'tooFewMembers', rule: RULES.countMin, message: `执委只有 ${executives} 人，不得少于 5 人` })
  // 第五条: "妇联执委数量可适当增加，但不得多于29人"
  check(executives <= 29, { kind: 'tooManyMembers', rule: RULES.countMax, message: `执委有 ${executives} 人，不得多于 29 人` })
  // 第三条: "原则上乡镇（街道）妇联执委不少于25 人，村（社区）妇联执委10—15人" — not
  // repeated when a hard limit above already fails, but still counted against the score
  const township = level === 'street' || level === 'township'
  const inNorm = township ? executives >= 25 && executives <= 29 : executives >= 10 && executives <= 15
  const norm = township ? '乡镇（街道）妇联执委原则上不少于 25 人' : '村（社区）妇联执委原则上 10—15 人'
  const hardLimitFails = executives < 5 || executives > 29
  check(inNorm, { kind: 'memberCountOutsideNorm', rule: RULES.countNorm, message: `${norm}，现有 ${executives} 人` }, !hardLimitFails)
  return warnings
}

/** Adds `subjects.length` checks of which `failing.length` fail; one warning names them all. */
function perSubject<T extends { _id: string; name: string }>(tally: Tally, subjects: T[], failing: T[], warning: (failing: T[]) => Omit<RuleWarning, 'subjectIds'>): RuleWarning[] {
  tally.checks += subjects.length
  tally.passed += subjects.length - failing.length
  return failing.length ? [{ ...warning(failing), subjectIds: failing.map((f) => f._id) }] : []
}

function coverageWarnings(active: Subject[], executives: Subject[], areas: Covered[], tally: Tally): RuleWarning[] {
  const activeIds = new Set(active.map((m) => m._id))
  const uncovered = areas.filter((a) => !a.memberId || !activeIds.has(a.memberId))
  const covering = new Set(areas.map((a) => a.memberId))
  const idle = executives.filter((m) => !covering.has(m._id))
  return [
    // 六(一): 执委要经常保持与本辖区妇女群众的密切联系 — every area needs a member covering it
    ...perSubject(tally, areas, uncovered, (f) => ({ kind: 'areaUncovered', rule: RULES.areaCovered, message: `${f.length} 个片区没有执委联系：${names(f)}` })),
    // 附件6: "每位执委至少联系1个妇女小组和微家"
    ...perSubject(tally, executives, idle, (f) => ({ kind: 'memberCoversNothing', rule: RULES.memberCovers, message: `${f.length} 位执委还没有联系的片区：${names(f)}` })),
  ]
}

const monthName = (month: number) => `${month}月`

/**
 * 六(二) 执委轮值制度: "每名执委根据妇联组织的工作要求，每年安排一个月的轮值时间。轮值期间，执委主要依托
 * 党群服务中心、“妇女之家”等阵地，做好本级妇联日常工作" — one member a month keeps the 妇女之家. Two
 * in one month while another month has nobody is a clash to spread out; with more 执委
 * than months, sharing is unavoidable and not flagged. Counts nothing against the score:
 * the empty months it leaves are already counted.
 */
function rotationClashWarnings(executives: Subject[], emptyMonths: number): RuleWarning[] {
  if (emptyMonths === 0) return []
  const byMonth = new Map<number, Subject[]>()
  for (const m of executives) if (m.onDutyMonth !== null) byMonth.set(m.onDutyMonth, [...(byMonth.get(m.onDutyMonth) ?? []), m])
  const shared = [...byMonth.entries()].filter(([, members]) => members.length > 1).sort(([a], [b]) => a - b)
  if (shared.length === 0) return []
  const message = `${shared.map(([month, members]) => `${monthName(month)}有 ${members.length} 位执委同时轮值（${names(members)}）`).join('；')}，还有 ${emptyMonths} 个月没有人轮值，请把轮值月份错开`
  return [{ kind: 'rotationClash', rule: RULES.rotationClash, message, subjectIds: shared.flatMap(([, members]) => members.map((m) => m._id)) }]
}

function rotationWarnings(executives: Subject[], tally: Tally): RuleWarning[] {
  // 六(二) 执委轮值制度: "每名执委根据妇联组织的工作要求，每年安排一个月的轮值时间"
  const months = Array.from({ length: 12 }, (_, i) => ({ _id: String(i + 1), name: monthName(i + 1) }))
  const onDuty = new Set(executives.map((m) => m.onDutyMonth))
  const empty = months.filter((m) => !onDuty.has(Number(m._id)))
  const unscheduled = executives.filter((m) => m.onDutyMonth === null)
  return [
    ...perSubject(tally, months, empty, (f) => ({ kind: 'monthWithoutDuty', rule: RULES.rotation, message: `${names(f)}没有轮值执委` })),
    ...rotationClashWarnings(executives, empty.length),
    ...perSubject(tally, executives, unscheduled, (f) => ({ kind: 'memberWithoutDuty', rule: RULES.rotation, message: `${f.length} 位执委还没有安排轮值月份：${names(f)}` })),
  ]
}

function identityWarnings(active: Subject[], tally: Tally): RuleWarning[] {
  // 六(五) 亮执委身份: "主席、副主席、执委、巾帼志愿者等人员的姓名、职务、照片、联系方式等信息公开"
  const hasChair = active.some((m) => m.post === 'chair')
  tally.checks += 1
  if (hasChair) tally.passed += 1
  const vacant: RuleWarning[] = hasChair ? [] : [{ kind: 'vacantChair', rule: RULES.chair, message: '主席空缺，请按程序增补并在公示栏亮明身份', subjectIds: [] }]
  return [
    ...vacant,
    ...perSubject(
      tally,
      active,
      active.filter((m) => !m.photoUrl),
      (f) => ({ kind: 'missingPhoto', rule: RULES.identity, message: `${f.length} 人没有照片：${names(f)}` }),
    ),
    ...perSubject(
      tally,
      active,
      active.filter((m) => !publishedPhone(m).phone),
      (f) => ({ kind: 'missingPhone', rule: RULES.identity, message: `${f.length} 人在亮牌上没有联系电话：${names(f)}（不愿公开本人电话的，可以公开办公电话）` }),
    ),
  ]
}

/** The member's latest run of meetings marked absent; an excused or attended one ends it. */
function absentRun(memberId: string, newestFirst: Omit<Attended, '_id'>[]): number {
  let run = 0
  for (const meeting of newestFirst) {
    const mark = meeting.attendance.find((a) => a.memberId === memberId)
    if (!mark) continue
    if (mark.status !== 'absent') break
    run += 1
  }
  return run
}

/** 第十二条: 执委 whose last three recorded meetings were all missed without excuse. */
export function missedMeetingWarnings(executives: Pick<Subject, '_id' | 'name'>[], meetings: Omit<Attended, '_id'>[]): RuleWarning[] {
  const recorded = meetings.filter((m) => m.status === 'recorded').sort((a, b) => (a.startsAt < b.startsAt ? 1 : a.startsAt > b.startsAt ? -1 : 0))
  const missing = executives.filter((m) => absentRun(m._id, recorded) >= MISSED_MEETINGS_LIMIT)
  if (missing.length === 0) return []
  const message = `${names(missing)} 已连续 ${MISSED_MEETINGS_LIMIT} 次以上无故不出席执委会议，请与本人谈话，必要时劝其辞去执委职务`
  return [{ kind: 'missedMeetings', rule: RULES.attendance, message, subjectIds: missing.map((m) => m._id) }]
}

/** Warnings and completeness of one org. Members who left are ignored. */
export function ruleWarnings(org: Pick<OrgDoc, 'level'>, members: Subject[], areas: Covered[], meetings: Omit<Attended, '_id'>[] = []): RuleReport {
  const tally: Tally = { checks: 0, passed: 0 }
  const active = members.filter((m) => m.status === 'active')
  const executives = active.filter(isExecutive)
  const warnings = [
    ...countWarnings(org.level, executives.length, tally),
    ...identityWarnings(active, tally),
    ...coverageWarnings(active, executives, areas, tally),
    ...rotationWarnings(executives, tally),
    ...missedMeetingWarnings(executives, meetings),
  ]
  const score = tally.checks ? Math.round((100 * tally.passed) / tally.checks) : 100
  return { warnings, completeness: { score, warningCount: warnings.length } }
}
