// The console's policy, as a table: every org action × every kind of caller toward the
// community 幸福社区, through the runtime and the real handlers. A refusal is
// UNAUTHENTICATED or FORBIDDEN and leaves exactly one audit entry; an allowed call
// leaves none and gets past the policy.
import { PNG } from 'pngjs'
import { contracts, type AuditDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import { actionsOf, createCaller, type PayloadFor } from '../../fixtures/caller'
import { CALLERS, COMMITTEE_ATTENDANCE, ROUND_CODES, consoleServices, type CallerName } from './fixtures/consoleTree'

type Outcome = 'allow' | 'UNAUTHENTICATED' | 'FORBIDDEN'

function tinyPng(): string {
  const png = new PNG({ width: 8, height: 8 })
  png.data.fill(200)
  return PNG.sync.write(png).toString('base64')
}

const DUTY_FIELDS: ActionInput<'org', 'logDutyEntry'>['fields'] = {
  kind: 'contact',
  date: '2026-11-20',
  way: 'visit',
  areaId: 'a1',
  womenCount: 2,
  note: '',
  photos: [],
  womenNames: '',
  activityId: null,
}

function ratingsOf(memberIds: string[]): ActionInput<'org', 'castBallot'>['ratings'] {
  return memberIds.map((memberId) => ({ memberId, grade: 'satisfied', comment: '' }))
}

const PAYLOADS: PayloadFor<'org'> = {
  mine: {},
  get: { orgId: 'comm' },
  updateOrg: { orgId: 'comm', version: 1, changes: { intro: '本社区妇女 1200 人' } },
  saveMember: { orgId: 'comm', fields: { name: '王桂芳', post: 'member', phone: null, photoUrl: null, specialty: '', onDutyMonth: null, termStart: null, termEnd: null } },
  // the plain member's own record
  updateMyProfile: { memberId: 'm-a', version: 1, fields: { phone: '13700001111', photoUrl: null, specialty: '' } },
  recordDeparture: { memberId: 'm-b', version: 1, reason: 'resigned', leftOn: '2026-11-20', note: '' },
  saveArea: { orgId: 'comm', fields: { name: '9栋', kind: 'building', memberId: null, backupMemberId: null } },
  removeArea: { areaId: 'a3', version: 1 },
  saveActivity: { orgId: 'comm', fields: { title: '读书会', status: 'planned', date: '2026-12-20', place: '', summary: '', resultText: '', photos: [] } },
  addChild: { orgId: 'comm', name: '幸福社区第二妇女小组', level: 'group' },
  createInvite: { orgId: 'comm', memberId: 'm-b' },
  listInvites: { orgId: 'comm' },
  revokeInvite: { inviteId: 'inv-open' },
  redeemInvite: { code: 'ABCDEFGHJKLM' },
  history: { orgId: 'comm' },
  qrcode: { orgId: 'comm' },
  uploadImage: { orgId: 'comm', purpose: 'photo', source: { kind: 'inline', dataBase64: tinyPng() } },
  inbox: {},
  subscribe: { templates: ['requestProgress'] },
  // 履职: no memberId is the caller's own record; the entry de-1 is member A's (the plain member)
  logDutyEntry: { orgId: 'comm', fields: DUTY_FIELDS },
  updateDutyEntry: { entryId: 'de-1', version: 1, fields: DUTY_FIELDS },
  deleteDutyEntry: { entryId: 'de-1', version: 1 },
  listDutyEntries: { orgId: 'comm', period: 'quarter' },
  dutySummary: { orgId: 'comm' },
  dutyOverview: { orgId: 'comm' },
  dutyCounts: { orgId: 'comm' },
  overview: { orgId: 'comm', year: 2026 },
  // 执委会: cm-1 was held last Friday and is still to be recorded
  scheduleCommittee: {
    orgId: 'comm',
    startsAt: '2026-12-10T06:00:00.000Z',
    place: '社区妇女之家',
    agenda: [{ kind: 'report', title: '' }],
    invitedMemberIds: ['m-chair', 'm-vice', 'm-a', 'm-b'],
  },
  recordCommittee: { meetingId: 'cm-1', version: 1, attendance: COMMITTEE_ATTENDANCE, minutes: '听取了四位执委的口头述职' },
  cancelCommittee: { meetingId: 'cm-1', version: 1, reason: '改到下周' },
  listCommittees: { orgId: 'comm' },
  // 增替补: a 自荐 awaits 初审, another the 党组织; one approved is voted on at the March 执委会
  nominate: {
    orgId: 'comm',
    kind: 'add',
    replacesMemberId: null,
    candidate: { name: '孙候选', phone: null, intro: '' },
    support: { route: 'organisation', partyOrg: '幸福社区党委' },
  },
  reviewNomination: { nominationId: 'nom-self', version: 1, passed: true, note: '' },
  approveNomination: { nominationId: 'nom-open', version: 1, approval: { by: '幸福社区党委', on: '2026-11-20', documentNo: '幸党〔2026〕12号', photo: null } },
  recordVote: { meetingId: 'cm-held', scrutineerIds: ['m-vice'], tellers: ['妇联干事 小王'], tallies: [{ nominationId: 'nom-ready', yes: 3, abstain: 0, no: 0 }] },
  listNominations: { orgId: 'comm' },
  getNomination: { nominationId: 'nom-open' },
  getCommittee: { meetingId: 'cm-1' },
  // a signature sheet's photo, kept privately for 幸福社区 (stored in beforeEach)
  viewDocumentPhoto: { orgId: 'comm', ref: '/private/comm/sheet.jpg' },
  // 书面述职: her own draft and filing (the caller's record), member A's report read, the year's list
  dutyReportDraft: { orgId: 'comm', year: 2026 },
  fileDutyReport: { orgId: 'comm', year: 2026, reportText: '今年联系妇女群众三次，宣讲一次。', meetingId: 'cm-1' },
  getDutyReport: { memberId: 'm-a', year: 2026 },
  listDutyReports: { orgId: 'comm', year: 2026 },
  // 述职评议: cm-1 (述职评议 on its agenda) has no round yet; ar-open is open at the March 执委会, rating all four
  openAppraisal: { meetingId: 'cm-1', who: 'invited', codeCount: 3 },
  appraisalCodes: { roundId: 'ar-open' },
  appraisalCodeImage: { roundId: 'ar-open', ordinal: 0 },
  closeAppraisal: { roundId: 'ar-open', version: 1 },
  listAppraisals: { orgId: 'comm' },
  ballotForm: { roundId: 'ar-open', code: ROUND_CODES[0]! },
  castBallot: { roundId: 'ar-open', code: ROUND_CODES[0]!, ratings: ratingsOf(['m-chair', 'm-vice', 'm-a', 'm-b']) },
  enterPaperBallot: { roundId: 'ar-open', ratings: ratingsOf(['m-chair', 'm-vice', 'm-a', 'm-b']) },
  // 张执委 rates the other three (the chairs' own payloads below leave themselves out)
  rateColleagues: { roundId: 'ar-open', ratings: ratingsOf(['m-chair', 'm-vice', 'm-b']) },
  appraisalResults: { orgId: 'comm', year: 2026 },
}

/** A member never rates herself: the chair's and vice-chair's 互评 leave each of them out. */
const BY_CALLER: { [A in keyof PayloadFor<'org'>]?: Partial<Record<CallerName, PayloadFor<'org'>[A]>> } = {
  rateColleagues: {
    chair: { roundId: 'ar-open', ratings: ratingsOf(['m-vice', 'm-a', 'm-b']) },
    viceChair: { roundId: 'ar-open', ratings: ratingsOf(['m-chair', 'm-a', 'm-b']) },
  },
}
const payloadOf = <A extends keyof PayloadFor<'org'>>(action: A, kind: CallerName): PayloadFor<'org'>[A] => BY_CALLER[action]?.[kind] ?? PAYLOADS[action]

const KINDS = Object.keys(CALLERS) as CallerName[]
const row = (allowed: CallerName[]): Record<CallerName, Outcome> =>
  Object.fromEntries(KINDS.map((k) => [k, k === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(k) ? 'allow' : 'FORBIDDEN'])) as Record<CallerName, Outcome>

const SIGNED_IN = KINDS.filter((k) => k !== 'anonymous')
/** public: anybody, signed in or not */
const ANYBODY = Object.fromEntries(KINDS.map((k) => [k, 'allow'])) as Record<CallerName, Outcome>
const CHAIRS: CallerName[] = ['chair', 'viceChair', 'ancestorChair']
const STAFF: CallerName[] = [...CHAIRS, 'member']
const LOCAL_STAFF: CallerName[] = ['chair', 'viceChair', 'member']

const EXPECTED: Record<string, Record<CallerName, Outcome>> = {
  mine: row(SIGNED_IN),
  get: row(STAFF),
  updateOrg: row(CHAIRS),
  saveMember: row(CHAIRS),
  updateMyProfile: row(STAFF),
  recordDeparture: row(CHAIRS),
  saveArea: row(CHAIRS),
  removeArea: row(CHAIRS),
  saveActivity: row(CHAIRS),
  addChild: row(CHAIRS),
  createInvite: row(CHAIRS),
  listInvites: row(CHAIRS),
  revokeInvite: row(CHAIRS),
  // anybody signed in may try a code; this one matches no invitation
  redeemInvite: row(SIGNED_IN),
  history: row(CHAIRS),
  qrcode: row(STAFF),
  uploadImage: row(STAFF),
  // her own notifications: anybody signed in
  inbox: row(SIGNED_IN),
  // the subscription messages she accepted, counted for herself: anybody signed in
  subscribe: row(SIGNED_IN),
  // 执委履职: she her own, the chairs of the federation anyone's; a chair above only statuses and counts
  logDutyEntry: row(LOCAL_STAFF),
  updateDutyEntry: row(LOCAL_STAFF),
  deleteDutyEntry: row(LOCAL_STAFF),
  listDutyEntries: row(LOCAL_STAFF),
  dutySummary: row(LOCAL_STAFF),
  dutyOverview: row(CHAIRS),
  dutyCounts: row(CHAIRS),
  overview: row(CHAIRS),
  // 执委会: the chairs call, record and call it off; its members read the list
  scheduleCommittee: row(CHAIRS),
  recordCommittee: row(CHAIRS),
  cancelCommittee: row(CHAIRS),
  listCommittees: row(STAFF),
  nominate: row(CHAIRS),
  reviewNomination: row(CHAIRS),
  approveNomination: row(CHAIRS),
  recordVote: row(CHAIRS),
  listNominations: row(CHAIRS),
  // one nomination carries her phone: the chairs only; one 执委会 as its list
  getNomination: row(CHAIRS),
  getCommittee: row(STAFF),
  // a signature sheet or a 党组织's reply: the chairs here and above, never a member or a resident
  viewDocumentPhoto: row(CHAIRS),
  // 书面述职 (002 第八条): each 执委 of the federation her own; a member reads only hers, the chairs here and above read all; a chair above never writes
  dutyReportDraft: row(LOCAL_STAFF),
  fileDutyReport: row(LOCAL_STAFF),
  getDutyReport: row(STAFF),
  listDutyReports: row(CHAIRS),
  // 述职评议 is the federation's own: its chairs run it, a chair above does not
  openAppraisal: row(['chair', 'viceChair']),
  appraisalCodes: row(['chair', 'viceChair']),
  appraisalCodeImage: row(['chair', 'viceChair']),
  closeAppraisal: row(['chair', 'viceChair']),
  enterPaperBallot: row(['chair', 'viceChair']),
  // a 执委 of the round rates the others; the list and her own result are the members' too
  rateColleagues: row(LOCAL_STAFF),
  listAppraisals: row(LOCAL_STAFF),
  appraisalResults: row(LOCAL_STAFF),
  // a 妇女代表 with the chair's one-time code, no account
  ballotForm: ANYBODY,
  castBallot: ANYBODY,
}

test('the table covers all 53 org actions of the contract, with a payload for each', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(contracts.org).sort())
  expect(Object.keys(EXPECTED)).toHaveLength(53)
})

const rows = actionsOf('org').flatMap((action) => KINDS.map((kind) => [action, kind, EXPECTED[action][kind]] as const))

let services: TestServices
beforeEach(async () => {
  services = await consoleServices()
  await services.ports.documents.put({ orgId: 'comm', name: 'sheet.jpg', bytes: Buffer.from(tinyPng(), 'base64') })
})

test.each(rows)(
  'org.%s by %s → %s',
  async (action, kind, outcome) => {
    const reply = await createCaller('org', services, kind).reply(action, payloadOf(action, kind))
    const refusals = await services.store.find<AuditDoc>('audit', { outcome: 'refused' })
    if (outcome === 'allow') {
      if (!reply.ok) expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(reply.error.code)
      if (action === 'redeemInvite') expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      else expect(reply.ok).toBe(true)
      expect(refusals).toHaveLength(0)
      return
    }
    expect(reply).toMatchObject({ ok: false, error: { code: outcome } })
    expect(refusals).toHaveLength(1)
    expect(refusals[0]).toMatchObject({ fn: 'org', action, actor: CALLERS[kind] })
  },
  20_000,
)
