// The demo's help requests (求助) in 和美社区妇联, so the chair's queue and a member's
// cases are not empty on first start: one urgent case just submitted, one accepted and
// assigned to demo-member, one closed and rated. They were filed by fictional residents
// (never demo-resident, whose own list starts empty), and every personal detail and
// free text is sealed with the host's vault, as a real submit would store it.
import type { MemberDoc, RequestDoc, RequestEventDoc, RequestPersonal } from '../../types'
import { CONSENT_VERSION } from '../../types'
import { caseCode } from '../../cloudfunctions/requests/lib/code'
import { VISIBLE_TO_REQUESTER } from '../../cloudfunctions/requests/lib/timeline'
import type { VaultPort } from '../../cloudfunctions/common/vault'
import { orgIdOf } from './build'
import { DEMO_CODES, DEMO_OPENIDS } from './spec'
import { untouchedSince } from '../../cloudfunctions/requests/lib/intake'

/** A case being written step by step: the document, its timeline so far, and the vault. */
export interface Story {
  doc: RequestDoc
  events: RequestEventDoc[]
  vault: VaultPort
}

export interface StepSpec {
  step: RequestEventDoc['step']
  at: number
  patch: Partial<RequestDoc>
  actor: RequestEventDoc['actor']
  /** the staff member's name; '' for the requester */
  actorName?: string
  /** the step's free text, sealed on the way in */
  text?: string
}

/**
 * Adds one step to the timeline and applies its patch, as a handled step would: the
 * submit event carries the whole new case, every later one its patch with the state
 * and updatedAt it sets (cloudfunctions/requests/lib/transition.ts).
 */
export function addStep(story: Story, spec: StepSpec): void {
  const { doc, events } = story
  const seq = events.length + 1
  const at = new Date(spec.at).toISOString()
  const to = spec.patch.state ?? doc.state
  const patch = seq === 1 ? { ...doc } : { ...spec.patch, state: to, updatedAt: at }
  events.push({
    _id: `${doc._id}.${seq}`,
    caseId: doc._id,
    orgId: doc.orgId,
    seq,
    at,
    step: spec.step,
    from: seq === 1 ? null : doc.state,
    to,
    actor: spec.actor,
    actorName: spec.actorName ?? '',
    visibleToRequester: spec.step === 'submit' || VISIBLE_TO_REQUESTER[spec.step],
    text: story.vault.seal(spec.text ?? ''),
    patch,
  })
  Object.assign(doc, patch, { version: seq })
}

/** The fictional residents who filed the demo cases (dev login works for them too). */
export const DEMO_REQUESTER_OPENIDS = ['demo-requester-1', 'demo-requester-2', 'demo-requester-3'] as const

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

interface CaseSpec {
  key: string
  openid: string
  category: RequestDoc['category']
  urgency: RequestDoc['urgency']
  personal: RequestPersonal
  contactChannel: RequestDoc['contactChannel']
  doNotCall: boolean
  /** how long before the load she submitted it */
  submittedAgo: number
}

const SPECS: CaseSpec[] = [
  {
    key: 'urgent',
    openid: DEMO_REQUESTER_OPENIDS[0],
    category: 'domesticViolence',
    urgency: 'urgent',
    personal: {
      name: '陈女士',
      description: '丈夫今晚喝了酒又动手，我带着孩子躲在邻居家，不敢回去。',
      needs: '想知道今晚能去哪里，怎么申请人身安全保护令。',
      phone: '13900001111',
      address: '和美社区7栋',
      safeTimes: '白天他上班时',
    },
    contactChannel: 'sms',
    doNotCall: true,
    submittedAgo: 20 * MINUTE_MS,
  },
  {
    key: 'assigned',
    openid: DEMO_REQUESTER_OPENIDS[1],
    category: 'employment',
    urgency: 'normal',
    personal: {
      name: '刘女士',
      description: '怀孕五个月，公司说岗位调整让我主动辞职，不然就降薪。',
      needs: '想知道公司这样做合不合法，我该怎么办。',
      phone: '13900002222',
      address: '',
      safeTimes: '工作日晚上',
    },
    contactChannel: 'phone',
    doNotCall: false,
    submittedAgo: 26 * HOUR_MS,
  },
  {
    key: 'closed',
    openid: DEMO_REQUESTER_OPENIDS[2],
    category: 'legal',
    urgency: 'normal',
    personal: {
      name: '',
      description: '离婚两年，前夫一直不付孩子的抚养费，打电话也不接。',
      needs: '想申请强制执行，不知道要准备哪些材料。',
      phone: '',
      address: '',
      safeTimes: '',
    },
    contactChannel: 'inPerson',
    doNotCall: false,
    submittedAgo: 21 * DAY_MS,
  },
]

function newCase(spec: CaseSpec, now: Date, vault: VaultPort): RequestDoc {
  const _id = `demo-request-${spec.key}`
  const at = new Date(now.getTime() - spec.submittedAgo).toISOString()
  return {
    _id,
    version: 1,
    createdAt: at,
    updatedAt: at,
    code: caseCode(_id),
    orgId: orgIdOf(DEMO_CODES.community),
    orgAncestorIds: [orgIdOf(DEMO_CODES.street)],
    state: 'submitted',
    category: spec.category,
    urgency: spec.urgency,
    ageBand: '18to59',
    forWhom: 'self',
    channel: 'self',
    requesterOpenid: spec.openid,
    filedByMemberId: null,
    consent: { kind: 'inApp', version: CONSENT_VERSION, at, verbalDate: null },
    contactChannel: spec.contactChannel,
    doNotCall: spec.doNotCall,
    personal: vault.seal(JSON.stringify(spec.personal)),
    ...untouchedSince(at),
  }
}

interface Staff {
  chair: MemberDoc
  member: MemberDoc
  backup: MemberDoc
}

function staffOf(members: MemberDoc[]): Staff {
  const orgId = orgIdOf(DEMO_CODES.community)
  const chair = members.find((m) => m.openid === DEMO_OPENIDS.chair)
  const member = members.find((m) => m.openid === DEMO_OPENIDS.member)
  const backup = members.find((m) => m.orgId === orgId && m.post === 'member' && m !== member)
  if (!chair || !member || !backup) throw new Error('the demo community has no chair, demo member or second member')
  return { chair, member, backup }
}

/** Accepted by the chair and assigned to demo-member (backup: another member). */
function accept(story: Story, staff: Staff, at: number): void {
  const patch = { state: 'accepted' as const, assigneeId: staff.member._id, backupId: staff.backup._id, acceptedAt: new Date(at).toISOString() }
  addStep(story, { step: 'accept', at, patch, actor: 'staff', actorName: staff.chair.name })
}

/** Contacted, helped to the court's enforcement office, closed as resolved, and rated. */
function handleToClosure(story: Story, staff: Staff, start: number): void {
  const iso = (ms: number) => new Date(ms).toISOString()
  accept(story, staff, start + 3 * HOUR_MS)
  const contactAt = start + DAY_MS
  addStep(story, {
    step: 'contact',
    at: contactAt,
    patch: { state: 'inProgress', firstContactAt: iso(contactAt) },
    actor: 'staff',
    actorName: staff.member.name,
    text: '在妇女之家面谈，梳理了判决书和转账记录。',
  })
  addStep(story, {
    step: 'message',
    at: contactAt + HOUR_MS,
    patch: {},
    actor: 'staff',
    actorName: staff.member.name,
    text: '请带上离婚判决书、身份证和近两年的转账记录，周三上午一起去法院执行立案窗口。',
  })
  const closedAt = start + 12 * DAY_MS
  const closure = { reason: 'resolved' as const, note: story.vault.seal('已陪同申请强制执行，法院已立案，前夫补付了三个月抚养费。') }
  addStep(story, {
    step: 'close',
    at: closedAt,
    patch: { state: 'closed', closedAt: iso(closedAt), closure },
    actor: 'staff',
    actorName: staff.member.name,
    text: '已陪同申请强制执行，法院已立案，前夫补付了三个月抚养费。',
  })
  const rating = { score: 5, comment: story.vault.seal('谢谢杨姐一直陪着我跑手续。'), at: iso(closedAt + DAY_MS) }
  addStep(story, { step: 'rate', at: closedAt + DAY_MS, patch: { rating }, actor: 'requester', text: '谢谢杨姐一直陪着我跑手续。' })
}

export function buildDemoRequests(now: Date, members: MemberDoc[], vault: VaultPort): { requests: RequestDoc[]; events: RequestEventDoc[] } {
  const staff = staffOf(members)
  const out = { requests: [] as RequestDoc[], events: [] as RequestEventDoc[] }
  for (const spec of SPECS) {
    const story: Story = { doc: newCase(spec, now, vault), events: [], vault }
    const submittedAt = new Date(story.doc.createdAt).getTime()
    addStep(story, { step: 'submit', at: submittedAt, patch: {}, actor: 'requester' })
    if (spec.key === 'assigned') accept(story, staff, submittedAt + 2 * HOUR_MS)
    if (spec.key === 'closed') handleToClosure(story, staff, submittedAt)
    out.requests.push(story.doc)
    out.events.push(...story.events)
  }
  return out
}
