// Who may do what with a help request, as a table written by hand: every action of the
// `requests` contract (and every step of `act`) × every kind of caller — the console
// tree's callers, the woman who filed the case, another resident trying her case id
// (IDOR), the assigned member, a member of the same federation who is not assigned, and
// the 街道 chair before and after the case is escalated to her. Through the runtime and
// the real handlers; a refusal leaves exactly one audit entry and the case untouched.
import { contracts, REQUEST_STEPS, type AuditDoc, type RequestDoc, type RequestStep, type RequestStepInput } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { createCaller } from '../../fixtures/caller'
import { CALLERS, COMM, IDS, ON_BEHALF, requestServices, SUBMISSION } from './fixtures/requestsTree'

const PEOPLE = {
  ...CALLERS,
  /** the woman who filed the case */
  requester: 'oid-requester',
  /** 陈执委 of 幸福社区, assigned to the case when it is accepted */
  assignee: 'oid-assignee',
  /** the 街道 chair again, on a case her 社区 escalated to her (ancestorChair: not escalated) */
  upperChair: CALLERS.ancestorChair,
} as const
type Who = keyof typeof PEOPLE
const WHO = Object.keys(PEOPLE) as Who[]

type Outcome = 'allow' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND'
/** Refused signed-in callers get `refusal`; anonymous callers are asked to sign in first. */
const row = (allowed: readonly Who[], refusal: Outcome): Record<Who, Outcome> =>
  Object.fromEntries(WHO.map((w) => [w, allowed.includes(w) ? 'allow' : w === 'anonymous' ? 'UNAUTHENTICATED' : refusal])) as Record<Who, Outcome>

const SIGNED_IN = WHO.filter((w) => w !== 'anonymous')
const CHAIRS: Who[] = ['chair', 'viceChair']
const CASE_LEADS: Who[] = [...CHAIRS, 'upperChair']
const CASE_STAFF: Who[] = [...CASE_LEADS, 'assignee']
const FEDERATION_STAFF: Who[] = [...CHAIRS, 'ancestorChair', 'upperChair', 'member', 'assignee']

/** By hand: what each caller gets. A case the caller may not touch is NOT_FOUND, never FORBIDDEN. */
const EXPECTED: Record<string, Record<Who, Outcome>> = {
  terms: Object.fromEntries(WHO.map((w) => [w, 'allow'])) as Record<Who, Outcome>,
  submit: row(SIGNED_IN, 'FORBIDDEN'),
  fileOnBehalf: row(FEDERATION_STAFF, 'FORBIDDEN'),
  listMine: row(SIGNED_IN, 'FORBIDDEN'),
  exportMine: row(SIGNED_IN, 'FORBIDDEN'),
  get: row(['requester', ...CASE_STAFF], 'NOT_FOUND'),
  deleteMine: row(['requester'], 'NOT_FOUND'),
  'act.addInfo': row(['requester'], 'NOT_FOUND'),
  'act.withdraw': row(['requester'], 'NOT_FOUND'),
  'act.rate': row(['requester'], 'NOT_FOUND'),
  'act.accept': row(CASE_LEADS, 'NOT_FOUND'),
  'act.referOn': row(CASE_LEADS, 'NOT_FOUND'),
  'act.reassign': row(CASE_LEADS, 'NOT_FOUND'),
  'act.reopen': row(CASE_LEADS, 'NOT_FOUND'),
  'act.contact': row(CASE_STAFF, 'NOT_FOUND'),
  'act.note': row(CASE_STAFF, 'NOT_FOUND'),
  'act.message': row(CASE_STAFF, 'NOT_FOUND'),
  'act.refer': row(CASE_STAFF, 'NOT_FOUND'),
  'act.updateReferral': row(CASE_STAFF, 'NOT_FOUND'),
  'act.close': row(CASE_STAFF, 'NOT_FOUND'),
  'act.scheduleFollowUp': row(CASE_STAFF, 'NOT_FOUND'),
  'act.recordFollowUp': row(CASE_STAFF, 'NOT_FOUND'),
  // 上报 goes up from the case's own federation: not by the chair it went up to
  'act.escalate': row([...CHAIRS, 'assignee'], 'NOT_FOUND'),
  'queue.own': row(CHAIRS, 'FORBIDDEN'),
  'queue.escalated': row(CHAIRS, 'FORBIDDEN'),
  'queue.assigned': row(FEDERATION_STAFF, 'FORBIDDEN'),
  'stats.own': row([...CHAIRS, 'ancestorChair', 'upperChair'], 'FORBIDDEN'),
  'stats.rollup': row(CHAIRS, 'FORBIDDEN'),
}

type Stage = 'submitted' | 'accepted' | 'inProgress' | 'closed'
/** The state each step is tried from, so that an allowed caller succeeds. */
const STAGE_OF: Record<RequestStep, Stage> = {
  accept: 'submitted',
  referOn: 'submitted',
  withdraw: 'submitted',
  reassign: 'accepted',
  contact: 'accepted',
  note: 'accepted',
  message: 'accepted',
  refer: 'accepted',
  updateReferral: 'accepted',
  escalate: 'accepted',
  close: 'accepted',
  addInfo: 'accepted',
  scheduleFollowUp: 'inProgress',
  recordFollowUp: 'inProgress',
  reopen: 'closed',
  rate: 'closed',
}

interface Prepared {
  caseId: string
  version: number
  referralId: string
}

/** One valid payload per step (updateReferral names the prepared case's referral). */
const STEPS: { [S in RequestStep]: Extract<RequestStepInput, { kind: S }> } = {
  accept: { kind: 'accept', assigneeId: IDS.memberB, backupId: null },
  referOn: { kind: 'referOn', body: 'legalAid', note: '转司法所法律援助' },
  reassign: { kind: 'reassign', assigneeId: IDS.memberB, backupId: IDS.memberA },
  contact: { kind: 'contact', how: 'phone', note: '电话联系，约了面谈' },
  note: { kind: 'note', text: '内部备注：注意安全' },
  message: { kind: 'message', text: '我们已收到，会尽快联系您' },
  refer: { kind: 'refer', body: 'police', note: '陪同报警' },
  updateReferral: { kind: 'updateReferral', referralId: '', status: 'accepted', note: '派出所已受理' },
  escalate: { kind: 'escalate', note: '需要街道协调' },
  close: { kind: 'close', reason: 'resolved', note: '已协助申请保护令' },
  reopen: { kind: 'reopen', reason: '本人再次来电' },
  scheduleFollowUp: { kind: 'scheduleFollowUp', dueDate: '2026-12-01', note: '' },
  recordFollowUp: { kind: 'recordFollowUp', note: '回访：情况稳定' },
  addInfo: { kind: 'addInfo', text: '昨天他又来了' },
  withdraw: { kind: 'withdraw', reason: '' },
  rate: { kind: 'rate', score: 5, comment: '谢谢' },
}
const stepOn = (kind: RequestStep, c: Prepared) => (kind === 'updateReferral' ? { ...STEPS[kind], referralId: c.referralId } : STEPS[kind])

const requestsAs = (services: TestServices, who: Who) => createCaller('requests', services, { openid: PEOPLE[who] })

const versionOf = async (services: TestServices, caseId: string) => (await services.store.getById<RequestDoc>('requests', caseId))!.version

async function step(services: TestServices, who: Who, caseId: string, payload: RequestStepInput): Promise<void> {
  await requestsAs(services, who).act({ caseId, version: await versionOf(services, caseId), step: payload })
}

/** A case filed by the requester and brought to `stage` by the chair and the assignee (escalated to the 街道 if asked). */
async function prepare(services: TestServices, stage: Stage, escalated: boolean, extras: { referral?: boolean; followUp?: boolean } = {}): Promise<Prepared> {
  const { request } = await requestsAs(services, 'requester').submit(SUBMISSION)
  const caseId = request._id
  if (escalated && stage === 'submitted') await step(services, 'chair', caseId, STEPS.escalate)
  if (stage !== 'submitted') await step(services, 'chair', caseId, STEPS.accept)
  if (escalated && stage !== 'submitted') await step(services, 'assignee', caseId, STEPS.escalate)
  if (stage === 'inProgress' || stage === 'closed') await step(services, 'assignee', caseId, STEPS.contact)
  if (extras.referral) await step(services, 'assignee', caseId, STEPS.refer)
  if (extras.followUp) await step(services, 'assignee', caseId, STEPS.scheduleFollowUp)
  if (stage === 'closed') await step(services, 'assignee', caseId, STEPS.close)
  const doc = (await services.store.getById<RequestDoc>('requests', caseId))!
  return { caseId, version: doc.version, referralId: doc.referrals[0]?.id ?? 'no-referral' }
}

/** The payload of a non-`act` action; case actions use the prepared case. */
function payloadOf(action: string, c: Prepared | null): unknown {
  switch (action) {
    case 'terms':
    case 'listMine':
    case 'exportMine':
      return {}
    case 'submit':
      return SUBMISSION
    case 'fileOnBehalf':
      return ON_BEHALF
    case 'get':
    case 'deleteMine':
      return { caseId: c!.caseId }
    default: {
      const [fn, scope] = action.split('.') as [string, string]
      return { orgId: COMM, scope, ...(fn === 'queue' ? { limit: 5 } : {}) }
    }
  }
}

test('the table covers every action of the contract and every step of act, for every kind of caller', () => {
  const actions = [...new Set(Object.keys(EXPECTED).map((key) => key.split('.')[0]))]
  expect(actions.sort()).toEqual(Object.keys(contracts.requests).sort())
  expect(
    Object.keys(EXPECTED)
      .filter((k) => k.startsWith('act.'))
      .map((k) => k.slice(4))
      .sort(),
  ).toEqual([...REQUEST_STEPS].sort())
  for (const kind of Object.keys(CALLERS)) expect(WHO).toContain(kind)
})

const rows = Object.entries(EXPECTED).flatMap(([key, byWho]) => WHO.map((who) => [key, who, byWho[who]] as const))

let services: TestServices
beforeEach(async () => {
  services = await requestServices()
  await services.store.update('members', { _id: IDS.memberB }, { $set: { openid: PEOPLE.assignee } })
})

test.each(rows)('requests.%s by %s → %s', async (key, who, outcome) => {
  const [action, stepKind] = key.split('.') as [string, RequestStep | undefined]
  const escalated = who === 'upperChair'
  const needsCase = ['get', 'deleteMine', 'act'].includes(action)
  const stage = action === 'act' ? STAGE_OF[stepKind!] : 'accepted'
  const prepared = needsCase ? await prepare(services, stage, escalated, { referral: stepKind === 'updateReferral', followUp: stepKind === 'recordFollowUp' }) : null
  const payload = action === 'act' ? { caseId: prepared!.caseId, version: prepared!.version, step: stepOn(stepKind!, prepared!) } : payloadOf(key, prepared)
  const reply = await requestsAs(services, who).raw(action, payload)
  const refusals = await services.store.find<AuditDoc>('audit', { outcome: 'refused' })
  const version = prepared ? await versionOf(services, prepared.caseId) : null
  if (outcome === 'allow') {
    expect(reply).toMatchObject({ ok: true })
    expect(refusals).toHaveLength(0)
    if (action === 'act') expect(version).toBe(prepared!.version + 1)
    return
  }
  expect(reply).toMatchObject({ ok: false, error: { code: outcome } })
  expect(refusals).toHaveLength(1)
  expect(refusals[0]).toMatchObject({ fn: 'requests', actor: PEOPLE[who] })
  if (prepared) expect(version).toBe(prepared.version)
  if (outcome === 'NOT_FOUND') expect(refusals[0]!.target).toEqual({ collection: 'requests', id: prepared!.caseId })
})

describe('reading a case by its id', () => {
  test('to another resident, a case that exists and one that does not are refused alike, both audited with the id tried', async () => {
    const { caseId } = await prepare(services, 'accepted', false)
    const real = await requestsAs(services, 'resident').reply('get', { caseId })
    const invented = await requestsAs(services, 'resident').reply('get', { caseId: 'no-such-case' })
    expect(real).toEqual(invented)
    const refusals = await services.store.find<AuditDoc>('audit', { outcome: 'refused' })
    expect(refusals.map((r) => r.target?.id).sort()).toEqual([caseId, 'no-such-case'].sort())
  })

  test('the requester sees her own view, the staff theirs', async () => {
    const { caseId } = await prepare(services, 'accepted', true)
    expect(await requestsAs(services, 'requester').get({ caseId })).toMatchObject({ case: { kind: 'requester' } })
    expect(await requestsAs(services, 'assignee').get({ caseId })).toMatchObject({ case: { kind: 'staff', role: 'assignee' } })
    expect(await requestsAs(services, 'upperChair').get({ caseId })).toMatchObject({ case: { kind: 'staff', role: 'upperChair' } })
  })
})
