// Turns the demo's hand-written content into stored documents for a given moment:
// ids, phones, photos, the 轮值 months, who covers which area, and activity dates
// placed in the current quarter (plans) and the months before it (results).
import type { ActivityDoc, AreaDoc, MeetingDoc, MemberDoc, OrgDoc, TopicDoc } from '../../types'
import { DEFAULT_OPENING_HOURS, defaultDuties, isSmallBody } from '../../types'
import { nameGrams } from '../../cloudfunctions/common/nameGrams'
import { quarterOf } from '../../cloudfunctions/common/time'
import { inBeijing } from '../../cloudfunctions/common/beijingDayjs'
import { DEMO_ORGS } from './content'
import { activityPng, avatarPng, emblemPng, type ActivityScene } from './photos'
import type { OrgSpec } from './spec'
import { buildDemoTopics } from './topics'

export interface DemoDocs {
  orgs: OrgDoc[]
  members: MemberDoc[]
  areas: AreaDoc[]
  activities: ActivityDoc[]
  topics: TopicDoc[]
  meetings: MeetingDoc[]
}

/** A picture to write under `${filesDir}/demo/`. */
export interface DemoFile {
  name: string
  render(): Buffer
}

export const DEMO_FILES_URL = '/files/demo'
const EMBLEM = 'emblem.png'

const pad = (n: number) => String(n).padStart(2, '0')
const activityFile = (scene: ActivityScene) => `activity-${scene}.png`
export const orgIdOf = (code: string) => `org-${code}`

/** Levels whose members keep a 轮值 month (a 妇女小组 or 妇女微家 has no rotation). */
const ROTATING = new Set<OrgSpec['level']>(['county', 'street', 'township', 'community', 'village', 'resettlement', 'newSector'])

/** The 妇女小组 and 妇女微家 directly under a demo federation, by id. */
const smallBodiesUnder = (code: string): string[] => DEMO_ORGS.filter((o) => o.parentCode === code && isSmallBody(o.level)).map((o) => orgIdOf(o.code))

interface Stamp {
  version: number
  createdAt: string
  updatedAt: string
}

function buildOrg(spec: OrgSpec, byCode: Map<string, OrgDoc>, sort: number, stamp: Stamp, year: number): OrgDoc {
  const parent = spec.parentCode ? byCode.get(spec.parentCode) : undefined
  if (spec.parentCode && !parent) throw new Error(`demo org ${spec.code} comes before its parent ${spec.parentCode}`)
  return {
    _id: orgIdOf(spec.code),
    ...stamp,
    code: spec.code,
    name: spec.name,
    level: spec.level,
    parentId: parent ? parent._id : null,
    ancestorIds: parent ? [...parent.ancestorIds, parent._id] : [],
    logoUrl: `${DEMO_FILES_URL}/${EMBLEM}`,
    homeName: spec.homeName,
    address: spec.address,
    hours: spec.hours ?? DEFAULT_OPENING_HOURS,
    duties: defaultDuties(spec.level),
    representativesCount: spec.representativesCount,
    intro: spec.intro,
    ...(spec.supervisionPhone ? { supervisionPhone: spec.supervisionPhone } : {}),
    ...(spec.annualPlan ? { annualPlan: { year, text: spec.annualPlan } } : {}),
    nameGrams: nameGrams(spec.name),
    sort,
  }
}

/**
 * Each 执委 keeps one month, and, where her federation has 妇女小组 or 妇女微家, keeps in
 * touch with one of them in turn (附件6: "每位执委至少联系1个妇女小组和微家").
 */
function buildMembers(spec: OrgSpec, orgId: string, firstIndex: number, year: number, stamp: Stamp): MemberDoc[] {
  let onDuty = 0
  const bodies = smallBodiesUnder(spec.code)
  return spec.members.map((person, i) => {
    const rotates = ROTATING.has(spec.level) && person.post !== 'volunteer' && onDuty < 12
    const links = bodies.length && person.post !== 'volunteer' ? { linkedBodyIds: [bodies[i % bodies.length]] } : {}
    return {
      _id: `${spec.code}-m${pad(i + 1)}`,
      ...stamp,
      orgId,
      name: person.name,
      post: person.post,
      photoUrl: `${DEMO_FILES_URL}/avatar-${spec.code}-m${pad(i + 1)}.png`,
      phone: `1380013${String(1000 + firstIndex + i)}`,
      specialty: person.specialty,
      ...links,
      onDutyMonth: rotates ? ++onDuty : null,
      termStart: `${year - 2}-03-15`,
      termEnd: `${year + 3}-03-14`,
      openid: person.openid ?? null,
      status: 'active',
      departure: null,
      sort: i + 1,
    }
  })
}

/** Each area is covered by an 执委 (not a volunteer) and backed up by the next one. */
function buildAreas(spec: OrgSpec, orgId: string, members: MemberDoc[], stamp: Stamp): AreaDoc[] {
  const coverers = members.filter((m) => m.post === 'member' || m.post === 'viceChair')
  return spec.areas.map((area, i) => ({
    _id: `${spec.code}-a${pad(i + 1)}`,
    ...stamp,
    orgId,
    name: area.name,
    kind: area.kind,
    memberId: coverers[i % coverers.length]._id,
    backupMemberId: coverers[(i + 1) % coverers.length]._id,
    sort: i + 1,
  }))
}

function buildActivities(spec: OrgSpec, orgId: string, now: Date, stamp: Stamp): ActivityDoc[] {
  const quarter = quarterOf(now)
  const firstMonth = (quarter.quarter - 1) * 3 + 1
  const plans: ActivityDoc[] = spec.plans.map((plan, i) => ({
    _id: `${spec.code}-p${i + 1}`,
    ...stamp,
    orgId,
    ...plan,
    status: 'planned',
    date: `${quarter.year}-${pad(firstMonth + (i % 3))}-${pad([12, 18, 25][i % 3])}`,
    resultText: '',
    photos: [],
  }))
  const results: ActivityDoc[] = spec.results.map((result, i) => ({
    _id: `${spec.code}-r${i + 1}`,
    ...stamp,
    orgId,
    title: result.title,
    place: result.place,
    summary: result.summary,
    status: 'done',
    date: inBeijing(now)
      .subtract(i + 1, 'month')
      .date([8, 15, 22, 26][i % 4])
      .format('YYYY-MM-DD'),
    resultText: result.resultText,
    photos: result.photos.map((scene) => `${DEMO_FILES_URL}/${activityFile(scene)}`),
  }))
  return [...plans, ...results]
}

export function buildDemoDocs(now: Date): DemoDocs {
  const stamp: Stamp = { version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString() }
  // the federations have kept their board for a year (the demo's 履职 entries go back that far), so
  // the console's rules that wait for a new federation to settle (the half-year 执委会) apply to them
  const orgStamp: Stamp = { ...stamp, createdAt: inBeijing(now).subtract(1, 'year').toISOString() }
  const year = quarterOf(now).year
  const docs: DemoDocs = { orgs: [], members: [], areas: [], activities: [], ...buildDemoTopics(now) }
  const byCode = new Map<string, OrgDoc>()
  DEMO_ORGS.forEach((spec) => {
    const siblings = docs.orgs.filter((o) => o.parentId === (spec.parentCode ? orgIdOf(spec.parentCode) : null)).length
    const org = buildOrg(spec, byCode, siblings + 1, orgStamp, year)
    byCode.set(spec.code, org)
    const members = buildMembers(spec, org._id, docs.members.length, year, stamp)
    docs.orgs.push(org)
    docs.members.push(...members)
    docs.areas.push(...buildAreas(spec, org._id, members, stamp))
    docs.activities.push(...buildActivities(spec, org._id, now, stamp))
  })
  return docs
}

/** Every picture the documents point at: the emblem, one portrait per member, the scenes. */
export function demoFiles(docs: DemoDocs): DemoFile[] {
  const scenes = new Set([...docs.activities.flatMap((a) => a.photos), ...docs.topics.flatMap((t) => t.outcome.photos)].map((url) => url.slice(DEMO_FILES_URL.length + 1)))
  return [
    { name: EMBLEM, render: emblemPng },
    ...docs.members.map((member, i) => ({ name: `avatar-${member._id}.png`, render: () => avatarPng(i) })),
    ...(['meeting', 'outdoor', 'class'] as const)
      .filter((scene) => scenes.has(activityFile(scene)))
      .map((scene) => ({ name: activityFile(scene), render: () => activityPng(scene) })),
  ]
}
