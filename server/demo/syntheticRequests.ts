// The help requests (求助) of one synthetic org, for the requests benchmark: a year of
// cases in a realistic mix of categories, urgency and states — most closed, a few open
// and some of those overdue — each with its timeline, every personal detail and free
// text sealed with the vault the host will open them with.
import type { MemberDoc, OrgDoc, RequestCategory, RequestDoc, RequestEventDoc, RequestState } from '../../types'
import { CONSENT_VERSION, REFERRAL_BODIES } from '../../types'
import { caseCode } from '../../cloudfunctions/requests/lib/code'
import type { VaultPort } from '../../cloudfunctions/common/vault'
import { localDate } from '../../cloudfunctions/common/time'
import { pick } from './random'
import { addStep, type Story } from './requests'
import { untouchedSince } from '../../cloudfunctions/requests/lib/intake'

const HOUR_MS = 3600 * 1000
const DAY_MS = 24 * HOUR_MS

/** The openid a synthetic member is bound to, so the benchmark can sign in as her. */
export const staffOpenid = (memberId: string) => `seed-${memberId}`

export interface RequestSeedContext {
  org: OrgDoc
  index: number
  /** the org's members, chair first */
  members: MemberDoc[]
  random: () => number
  now: Date
  vault: VaultPort
  /** codes already given, across every org (the code index is unique) */
  codes: Set<string>
}

export interface SyntheticRequests {
  requests: RequestDoc[]
  events: RequestEventDoc[]
}

type Weighted<T> = readonly (readonly [T, number])[]

function weighted<T>(random: () => number, table: Weighted<T>): T {
  let roll = random() * table.reduce((sum, [, weight]) => sum + weight, 0)
  for (const [value, weight] of table) if ((roll -= weight) < 0) return value
  return table[table.length - 1][0]
}

const CATEGORIES: Weighted<RequestCategory> = [
  ['marriageFamily', 25],
  ['domesticViolence', 15],
  ['legal', 15],
  ['hardship', 12],
  ['employment', 10],
  ['psychological', 10],
  ['children', 8],
  ['other', 5],
]
const STATES: Weighted<RequestState> = [
  ['closed', 72],
  ['inProgress', 12],
  ['accepted', 6],
  ['submitted', 10],
]
const AGES: Weighted<RequestDoc['ageBand']> = [
  ['18to59', 78],
  ['60plus', 10],
  ['14to17', 4],
  ['unspecified', 8],
]
const CHANNELS: Weighted<RequestDoc['channel']> = [
  ['self', 60],
  ['visit', 20],
  ['hotline', 12],
  ['mailbox', 8],
]
const CLOSURES: Weighted<'resolved' | 'referred' | 'outOfScope' | 'withdrawn' | 'unreachable'> = [
  ['resolved', 60],
  ['referred', 20],
  ['outOfScope', 8],
  ['withdrawn', 7],
  ['unreachable', 5],
]
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗')
const DESCRIPTIONS: Record<RequestCategory, string> = {
  domesticViolence: '丈夫喝酒后多次动手打我，孩子也很害怕，不知道该怎么办。',
  marriageFamily: '和婆婆长期矛盾，丈夫不管不问，想咨询离婚和孩子抚养的问题。',
  employment: '被公司以怀孕为由辞退，想知道怎么维护自己的权益。',
  legal: '前夫一直不付孩子的抚养费，想咨询怎么申请强制执行。',
  psychological: '最近总是失眠、情绪低落，想找人聊一聊。',
  hardship: '丈夫生病住院，家里没有收入，孩子上学有困难。',
  children: '孩子在学校被同学欺负，老师不重视，想请妇联帮忙沟通。',
  other: '想了解妇女之家有哪些可以参加的培训。',
}

interface SeedStory extends Story {
  context: RequestSeedContext
}

/** A step by the org's chair (staff) or by her (requester). */
function step(story: SeedStory, kind: RequestEventDoc['step'], at: number, patch: Partial<RequestDoc>, actor: RequestEventDoc['actor'], text = ''): void {
  addStep(story, { step: kind, at, patch, actor, actorName: actor === 'staff' ? (story.context.members[0]?.name ?? '') : '', text })
}

function uniqueCode(context: RequestSeedContext, caseId: string): string {
  for (let attempt = 0; ; attempt++) {
    const code = caseCode(caseId, attempt)
    if (!context.codes.has(code)) {
      context.codes.add(code)
      return code
    }
  }
}

/** When the case came in: closed ones over the past year, open ones in the last days. */
function createdAt(context: RequestSeedContext, state: RequestState): number {
  const { random, now } = context
  const daysAgo = state === 'closed' ? 8 + random() * 350 : state === 'submitted' ? random() * 2 : 1 + random() * 9
  return now.getTime() - Math.floor(daysAgo * DAY_MS)
}

function personalOf(context: RequestSeedContext, i: number, category: RequestCategory): string {
  const { random, index, vault } = context
  const personal = {
    name: random() < 0.7 ? `${pick(random, SURNAMES)}女士` : '',
    description: DESCRIPTIONS[category],
    needs: '希望有人联系我，帮我想想办法。',
    phone: random() < 0.8 ? `138${String(index * 1000 + i).padStart(8, '0')}` : '',
    address: random() < 0.5 ? `${1 + Math.floor(random() * 12)}栋${1 + Math.floor(random() * 4)}单元` : '',
    safeTimes: random() < 0.5 ? '工作日上午' : '',
  }
  return vault.seal(JSON.stringify(personal))
}

function newCase(context: RequestSeedContext, i: number, state: RequestState): RequestDoc {
  const { org, index, random } = context
  const _id = `q${String(index).padStart(6, '0')}-${String(i + 1).padStart(3, '0')}`
  const category = weighted(random, CATEGORIES)
  const channel = weighted(random, CHANNELS)
  const at = new Date(createdAt(context, state)).toISOString()
  const filer = channel === 'self' ? null : pick(random, context.members)
  const urgentShare = category === 'domesticViolence' ? 0.5 : 0.08
  return {
    _id,
    version: 1,
    createdAt: at,
    updatedAt: at,
    code: uniqueCode(context, _id),
    orgId: org._id,
    orgAncestorIds: org.ancestorIds,
    state: 'submitted',
    category,
    urgency: random() < urgentShare ? 'urgent' : 'normal',
    ageBand: weighted(random, AGES),
    forWhom: random() < 0.85 ? 'self' : 'other',
    channel,
    requesterOpenid: filer ? null : `seed-resident-${(index * 37 + i) % 20_000}`,
    filedByMemberId: filer?._id ?? null,
    consent: { kind: filer ? 'verbal' : 'inApp', version: CONSENT_VERSION, at, verbalDate: filer ? localDate(new Date(at)) : null },
    contactChannel: pick(random, ['phone', 'sms', 'wechat', 'inPerson'] as const),
    doNotCall: random() < 0.15,
    personal: personalOf(context, i, category),
    ...untouchedSince(at),
  }
}

/** The steps from acceptance on, as far as the case's state goes. */
function handle(story: SeedStory, state: RequestState, start: number): void {
  const { random, members, org, now } = story.context
  const iso = (ms: number) => new Date(ms).toISOString()
  const first = 1 + Math.floor(random() * Math.max(1, members.length - 3))
  const [assignee, backup] = [members[first] ?? members[0], members[first + 1] ?? null]
  const acceptedAt = Math.min(start + (0.3 + random() * (random() < 0.15 ? 40 : 20)) * HOUR_MS, now.getTime() - HOUR_MS)
  step(story, 'accept', acceptedAt, { state: 'accepted', assigneeId: assignee?._id ?? null, backupId: backup?._id ?? null, acceptedAt: iso(acceptedAt) }, 'staff')
  if (org.parentId && random() < 0.03)
    step(story, 'escalate', acceptedAt + HOUR_MS, { escalatedToOrgId: org.parentId, escalatedAt: iso(acceptedAt + HOUR_MS) }, 'staff', '需要上级妇联协调。')
  if (state === 'accepted') return
  const contactAt = Math.min(acceptedAt + (1 + random() * 80) * HOUR_MS, now.getTime() - HOUR_MS / 2)
  step(story, 'contact', contactAt, { state: 'inProgress', firstContactAt: iso(contactAt) }, 'staff', '已电话联系本人，约好面谈时间。')
  if (state === 'inProgress') return
  close(story, contactAt)
}

function close(story: SeedStory, after: number): void {
  const { random, now, vault } = story.context
  const drawn = weighted(random, CLOSURES)
  const reason = drawn === 'withdrawn' && !story.doc.requesterOpenid ? 'unreachable' : drawn
  const closedAt = Math.min(after + (1 + random() * 20) * DAY_MS, now.getTime() - HOUR_MS)
  const iso = new Date(closedAt).toISOString()
  if (reason === 'referred') {
    const referral = {
      id: `${story.doc._id}-r1`,
      body: pick(random, REFERRAL_BODIES),
      note: vault.seal('已将材料转交对方。'),
      status: 'done' as const,
      sentAt: iso,
      updatedAt: iso,
    }
    step(story, 'refer', closedAt - HOUR_MS, { referrals: [referral] }, 'staff', '已转介。')
  }
  const note = '已办结，告知本人后续可再联系。'
  if (reason === 'withdrawn') step(story, 'withdraw', closedAt, { state: 'closed', closedAt: iso, closure: { reason, note: vault.seal('') } }, 'requester')
  else step(story, 'close', closedAt, { state: 'closed', closedAt: iso, closure: { reason, note: vault.seal(note) } }, 'staff', note)
  if (story.doc.requesterOpenid && closedAt + DAY_MS < now.getTime() && random() < 0.4) {
    const ratedAt = new Date(closedAt + DAY_MS).toISOString()
    step(
      story,
      'rate',
      closedAt + DAY_MS,
      { rating: { score: 3 + Math.floor(random() * 3), comment: vault.seal(random() < 0.5 ? '谢谢执委的耐心帮助。' : ''), at: ratedAt } },
      'requester',
    )
  }
}

export function syntheticRequests(context: RequestSeedContext, count: number): SyntheticRequests {
  const out: SyntheticRequests = { requests: [], events: [] }
  for (let i = 0; i < count; i++) {
    const state = weighted(context.random, STATES)
    const doc = newCase(context, i, state)
    const story: SeedStory = { doc, events: [], vault: context.vault, context }
    step(story, 'submit', new Date(doc.createdAt).getTime(), {}, doc.filedByMemberId ? 'staff' : 'requester', '')
    if (state !== 'submitted') handle(story, state, new Date(doc.createdAt).getTime())
    out.requests.push(doc)
    out.events.push(...story.events)
  }
  return out
}
