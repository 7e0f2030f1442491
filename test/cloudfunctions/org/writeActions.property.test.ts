// Property: every console write action refuses a malformed payload — wrong types,
// missing or extra fields, huge strings, bad phones, bad or impossible dates, outside
// image URLs, or plain noise — with INVALID_INPUT, and leaves the store exactly as it was.
import fc from 'fast-check'
import { PNG } from 'pngjs'
import {
  ACTIVITY_STATUSES,
  AREA_KINDS,
  COMMITTEE_AGENDA_KINDS,
  COMMITTEE_ATTENDANCE,
  DEPARTURE_REASONS,
  DUTY_ENTRY_KINDS,
  DUTY_WAYS,
  IMAGE_PURPOSES,
  NOTIFY_TEMPLATES,
  ORG_LEVELS,
  POSTS,
} from '../../../types'
import type { ActionInput, ActionName } from '../../../types/contracts'
import type { TestServices } from '../../fixtures/services'
import {
  badDate,
  badEnum,
  badId,
  badImageRef,
  badNullableId,
  badPhone,
  badText,
  badVersion,
  brokenPayloads,
  expectEveryOneRefused,
  hugeString,
  type FieldSpec,
  type Path,
} from './fixtures/badPayloads'
import { COMMITTEE_ATTENDANCE as MARKS, consoleServices, ROUND_CODES, SAMPLE_ACTIVITY, SAMPLE_HOURS, SAMPLE_MEMBER } from './fixtures/consoleTree'
import { createCaller, type Who } from '../../fixtures/caller'

const png = () => {
  const image = new PNG({ width: 8, height: 8 })
  image.data.fill(180)
  return PNG.sync.write(image).toString('base64')
}

/** The console actions that only read (qrcode draws from what is stored); every other one must have a case. */
type ConsoleRead =
  | 'mine'
  | 'get'
  | 'listInvites'
  | 'history'
  | 'qrcode'
  | 'inbox'
  | 'listDutyEntries'
  | 'dutySummary'
  | 'dutyOverview'
  | 'dutyCounts'
  | 'overview'
  | 'listCommittees'
  | 'listNominations'
  | 'getCommittee'
  | 'getNomination'
  | 'viewDocumentPhoto'
  | 'dutyReportDraft'
  | 'getDutyReport'
  | 'listDutyReports'
  | 'listAppraisals'
  | 'appraisalResults'
  | 'appraisalCodes'
  | 'appraisalCodeImage'
  | 'ballotForm'
type ConsoleWrite = Exclude<ActionName<'org'>, ConsoleRead>

interface Case<A extends ConsoleWrite> {
  base: ActionInput<'org', A>
  specs: FieldSpec[]
  required: Path[]
  objects: Path[]
}

const member = SAMPLE_MEMBER
/** A ballot rating all four 执委 of ar-open. */
const RATE_ALL: ActionInput<'org', 'castBallot'>['ratings'] = ['m-chair', 'm-vice', 'm-a', 'm-b'].map((memberId) => ({ memberId, grade: 'fair', comment: '' }))
/** A ballot: someone rated twice, someone not of the round, someone left out; a grade outside the three; a comment too long. */
const ratingSpecs: FieldSpec[] = [
  { path: ['ratings'], bad: fc.constantFrom([], 'x', RATE_ALL.slice(1), [...RATE_ALL, RATE_ALL[0]!], [...RATE_ALL.slice(1), { memberId: 'm-vol', grade: 'fair', comment: '' }]) },
  { path: ['ratings', 0, 'grade'], bad: badEnum(['satisfied', 'fair', 'dissatisfied']) },
  { path: ['ratings', 0, 'comment'], bad: badText(100, { emptyOk: true }) },
  { path: ['ratings', 0, 'memberId'], bad: badId },
]
const DUTY_FIELDS: ActionInput<'org', 'logDutyEntry'>['fields'] = {
  kind: 'survey',
  date: '2026-11-20',
  way: 'phone',
  areaId: 'a1',
  womenCount: 4,
  note: '问了托育需求',
  photos: [],
  womenNames: '李某、王某',
  activityId: 'act-1',
}
/** An entry's fields: a kind or way outside the lists, a date that does not exist or is still to come, a 片区 or activity of another org, counts out of range. */
const dutyFieldSpecs: FieldSpec[] = [
  { path: ['fields', 'kind'], bad: badEnum(DUTY_ENTRY_KINDS) },
  { path: ['fields', 'way'], bad: badEnum(DUTY_WAYS) },
  { path: ['fields', 'date'], bad: fc.oneof(badDate(false), fc.constantFrom('2026-11-24', '2099-01-01')) },
  { path: ['fields', 'areaId'], bad: fc.oneof(badNullableId, fc.constant('o1')) },
  { path: ['fields', 'activityId'], bad: fc.oneof(badNullableId, fc.constant('nowhere')) },
  { path: ['fields', 'womenCount'], bad: fc.constantFrom(-1, 1.5, 501, '3', null) },
  { path: ['fields', 'note'], bad: badText(300, { emptyOk: true }) },
  { path: ['fields', 'womenNames'], bad: badText(200, { emptyOk: true }) },
  { path: ['fields', 'photos', 0], bad: badImageRef(false) },
]
const activity = SAMPLE_ACTIVITY
const badInstant = fc.oneof(fc.constantFrom('2026-12-01', '2026-12-01 12:00', 'tomorrow', '', 20261201, null), fc.string())
const hours = SAMPLE_HOURS

const CASES: { [A in ConsoleWrite]: Case<A> } = {
  updateOrg: {
    base: { orgId: 'comm', version: 1, changes: { name: '幸福社区妇联', address: '幸福路 8 号', hours, duties: ['宣传引领'], representativesCount: 3, logoUrl: null } },
    specs: [
      { path: ['orgId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['changes', 'name'], bad: badText(40) },
      { path: ['changes', 'address'], bad: badText(100) },
      { path: ['changes', 'intro'], bad: badText(1000, { emptyOk: true }) },
      { path: ['changes', 'logoUrl'], bad: badImageRef(true) },
      {
        path: ['changes', 'duties'],
        bad: fc.oneof(fc.constant([]), fc.array(fc.constant('职责'), { minLength: 13, maxLength: 20 }), fc.array(hugeString(200), { minLength: 1, maxLength: 2 })),
      },
      { path: ['changes', 'representativesCount'], bad: fc.oneof(fc.constantFrom(-1, 1.5, 100001, '3', null)) },
      { path: ['changes', 'hours', 'closedDates', 0], bad: badDate(false) },
      { path: ['changes', 'hours', 'sessions', 0, 'start'], bad: fc.constantFrom('24:00', '9:00', '12:60', '', 9, '13:00') },
    ],
    required: [['orgId'], ['version'], ['changes']],
    objects: [[], ['changes']],
  },
  saveMember: {
    base: { orgId: 'comm', fields: member, coverAreaIds: ['a3'] },
    specs: [
      { path: ['orgId'], bad: badId },
      { path: ['memberId'], bad: badId },
      { path: ['fields', 'name'], bad: badText(20) },
      { path: ['fields', 'post'], bad: badEnum(POSTS) },
      { path: ['fields', 'phone'], bad: badPhone },
      { path: ['fields', 'photoUrl'], bad: badImageRef(true) },
      { path: ['fields', 'specialty'], bad: badText(40, { emptyOk: true }) },
      { path: ['fields', 'onDutyMonth'], bad: fc.constantFrom(0, 13, 1.5, '3', -1) },
      { path: ['fields', 'termStart'], bad: badDate(true) },
      { path: ['fields', 'termEnd'], bad: fc.oneof(badDate(true), fc.constant('2023-12-31')) },
      {
        path: ['coverAreaIds'],
        bad: fc.oneof(fc.constant(['o1']), fc.constant(['a3', 'nowhere']), fc.array(fc.constant('a1'), { minLength: 101, maxLength: 120 }), fc.constant('a3')),
      },
    ],
    required: [['orgId'], ['fields'], ['fields', 'name'], ['fields', 'phone'], ['fields', 'termEnd']],
    objects: [[], ['fields']],
  },
  updateMyProfile: {
    base: { memberId: 'm-a', version: 1, fields: { phone: '023-61234567', photoUrl: '/files/p/a.jpg', specialty: '法律' } },
    specs: [
      { path: ['memberId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['fields', 'phone'], bad: badPhone },
      { path: ['fields', 'photoUrl'], bad: badImageRef(true) },
      { path: ['fields', 'specialty'], bad: badText(40, { emptyOk: true }) },
      { path: ['fields', 'name'], bad: fc.string() },
    ],
    required: [['memberId'], ['version'], ['fields'], ['fields', 'phone']],
    objects: [[], ['fields']],
  },
  recordDeparture: {
    base: { memberId: 'm-b', version: 1, reason: 'resigned', leftOn: '2026-11-20', note: '' },
    specs: [
      { path: ['memberId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['reason'], bad: badEnum(DEPARTURE_REASONS) },
      { path: ['leftOn'], bad: fc.oneof(badDate(false), fc.constantFrom('2026-11-24', '2099-01-01')) },
      { path: ['note'], bad: badText(200, { emptyOk: true }) },
    ],
    required: [['memberId'], ['version'], ['reason'], ['leftOn'], ['note']],
    objects: [[]],
  },
  saveArea: {
    base: { orgId: 'comm', fields: { name: '9栋', kind: 'building', memberId: 'm-a', backupMemberId: 'm-b' } },
    specs: [
      { path: ['orgId'], bad: badId },
      { path: ['fields', 'name'], bad: fc.oneof(badText(30), fc.constant('1栋')) },
      { path: ['fields', 'kind'], bad: badEnum(AREA_KINDS) },
      { path: ['fields', 'memberId'], bad: fc.oneof(badNullableId, fc.constantFrom('m-left', 'other-staff', 'ghost')) },
      { path: ['fields', 'backupMemberId'], bad: fc.oneof(badNullableId, fc.constantFrom('m-a', 'm-left')) },
    ],
    required: [['orgId'], ['fields'], ['fields', 'kind'], ['fields', 'backupMemberId']],
    objects: [[], ['fields']],
  },
  removeArea: {
    base: { areaId: 'a3', version: 1 },
    specs: [
      { path: ['areaId'], bad: badId },
      { path: ['version'], bad: badVersion },
    ],
    required: [['areaId'], ['version']],
    objects: [[]],
  },
  saveActivity: {
    base: { orgId: 'comm', fields: activity },
    specs: [
      { path: ['orgId'], bad: badId },
      { path: ['fields', 'title'], bad: badText(40) },
      { path: ['fields', 'status'], bad: badEnum(ACTIVITY_STATUSES) },
      { path: ['fields', 'date'], bad: badDate(false) },
      { path: ['fields', 'summary'], bad: badText(500, { emptyOk: true }) },
      { path: ['fields', 'resultText'], bad: badText(1000, { emptyOk: true }) },
      { path: ['fields', 'photos'], bad: fc.oneof(fc.array(fc.constant('/files/a.jpg'), { minLength: 10, maxLength: 30 }), fc.tuple(badImageRef(false)), fc.constant(null)) },
    ],
    required: [['orgId'], ['fields', 'title'], ['fields', 'date'], ['fields', 'photos']],
    objects: [[], ['fields']],
  },
  addChild: {
    base: { orgId: 'comm', name: '幸福社区第二妇女小组', level: 'group' },
    specs: [
      { path: ['orgId'], bad: badId },
      { path: ['name'], bad: fc.oneof(badText(40), fc.constant('幸福社区第一妇女小组')) },
      { path: ['level'], bad: fc.oneof(badEnum(ORG_LEVELS), fc.constantFrom('community', 'village', 'street', 'county')) },
    ],
    required: [['orgId'], ['name'], ['level']],
    objects: [[]],
  },
  createInvite: {
    base: { orgId: 'comm', memberId: 'm-b' },
    specs: [
      { path: ['orgId'], bad: badId },
      { path: ['memberId'], bad: badId },
    ],
    required: [['orgId'], ['memberId']],
    objects: [[]],
  },
  revokeInvite: {
    base: { inviteId: 'inv-open' },
    specs: [{ path: ['inviteId'], bad: badId }],
    required: [['inviteId']],
    objects: [[]],
  },
  redeemInvite: {
    base: { code: 'ABCDEFGHJKLM' },
    specs: [{ path: ['code'], bad: fc.oneof(badText(12), fc.constantFrom('ABCDEFGHJKL', 'ABCDEFGHJKLMN', 'ABCDEFGHJKL0', 'ABCDEFGHJKLI', 'ABCD-EFGH-JKLM')) }],
    required: [['code']],
    objects: [[]],
  },
  uploadImage: {
    base: { orgId: 'comm', purpose: 'photo', source: { kind: 'inline', dataBase64: png() } },
    specs: [
      { path: ['orgId'], bad: badId },
      { path: ['purpose'], bad: badEnum(IMAGE_PURPOSES) },
      { path: ['source', 'kind'], bad: badEnum(['inline', 'cloudFile']) },
      {
        path: ['source', 'dataBase64'],
        bad: fc.oneof(fc.constant(''), fc.string({ minLength: 1, maxLength: 200 }), fc.base64String({ minLength: 4, maxLength: 200 }), fc.integer()),
      },
    ],
    required: [['orgId'], ['purpose'], ['source'], ['source', 'dataBase64']],
    objects: [[], ['source']],
  },
  subscribe: {
    base: { templates: ['topicProgress'] },
    specs: [
      {
        path: ['templates'],
        bad: fc.oneof(fc.constant([]), fc.array(badEnum(NOTIFY_TEMPLATES), { minLength: 1, maxLength: 3 }), fc.constant([...NOTIFY_TEMPLATES, 'topicProgress']), fc.string()),
      },
    ],
    required: [['templates']],
    objects: [[]],
  },
  logDutyEntry: {
    base: { orgId: 'comm', memberId: 'm-b', fields: DUTY_FIELDS },
    specs: [{ path: ['orgId'], bad: badId }, { path: ['memberId'], bad: fc.oneof(badId, fc.constantFrom('g-member', 'm-left', 'nobody')) }, ...dutyFieldSpecs],
    required: [['orgId'], ['fields'], ['fields', 'kind'], ['fields', 'date'], ['fields', 'way'], ['fields', 'womenCount']],
    objects: [[], ['fields']],
  },
  updateDutyEntry: {
    base: { entryId: 'de-1', version: 1, fields: { ...DUTY_FIELDS, kind: 'talk' } },
    specs: [{ path: ['entryId'], bad: badId }, { path: ['version'], bad: badVersion }, ...dutyFieldSpecs],
    required: [['entryId'], ['version'], ['fields'], ['fields', 'kind'], ['fields', 'date']],
    objects: [[], ['fields']],
  },
  scheduleCommittee: {
    base: {
      orgId: 'comm',
      startsAt: '2026-12-10T06:00:00.000Z',
      place: '社区妇女之家',
      agenda: [{ kind: 'election', title: '增补执委表决' }],
      invitedMemberIds: ['m-chair', 'm-a'],
    },
    specs: [
      { path: ['orgId'], bad: badId },
      { path: ['startsAt'], bad: badInstant },
      { path: ['place'], bad: badText(60) },
      { path: ['agenda'], bad: fc.constantFrom([], 'x', null) },
      { path: ['agenda', 0, 'kind'], bad: badEnum(COMMITTEE_AGENDA_KINDS) },
      { path: ['agenda', 0, 'title'], bad: badText(60, { emptyOk: true }) },
      // nobody, the same one twice, a volunteer, a 组员, a member who left, another org's
      { path: ['invitedMemberIds'], bad: fc.constantFrom([], ['m-a', 'm-a'], ['m-vol'], ['g-member'], ['m-left'], ['other-staff'], 'm-a') },
      { path: ['invitedMemberIds', 0], bad: badId },
    ],
    required: [['orgId'], ['startsAt'], ['place'], ['agenda'], ['invitedMemberIds'], ['agenda', 0, 'kind'], ['agenda', 0, 'title']],
    objects: [[], ['agenda', 0]],
  },
  recordCommittee: {
    base: { meetingId: 'cm-1', version: 1, attendance: MARKS, minutes: '听取了执委述职' },
    specs: [
      { path: ['meetingId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['minutes'], bad: badText(3000) },
      { path: ['attendance', 0, 'status'], bad: badEnum(COMMITTEE_ATTENDANCE) },
      // 请假 without its reason; a reason on a 出席
      { path: ['attendance', 3, 'reason'], bad: fc.constantFrom('', '   ', null) },
      { path: ['attendance', 0, 'reason'], bad: fc.constantFrom('有事', 'x'.repeat(61)) },
      // someone not called, or somebody left out
      { path: ['attendance'], bad: fc.constantFrom(MARKS.slice(1), [...MARKS, { memberId: 'm-vol', status: 'present', reason: '' }], [...MARKS, MARKS[0]]) },
    ],
    required: [['meetingId'], ['version'], ['attendance'], ['minutes'], ['attendance', 0, 'memberId'], ['attendance', 0, 'status'], ['attendance', 0, 'reason']],
    objects: [[], ['attendance', 0]],
  },
  cancelCommittee: {
    base: { meetingId: 'cm-1', version: 1, reason: '改到下周' },
    specs: [
      { path: ['meetingId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['reason'], bad: badText(200) },
    ],
    required: [['meetingId'], ['version'], ['reason']],
    objects: [[]],
  },
  nominate: {
    base: {
      orgId: 'comm',
      kind: 'add',
      replacesMemberId: null,
      candidate: { name: '孙候选', phone: '13800002222', intro: '' },
      support: { route: 'mass', memberIds: ['m-a', 'm-b'], women: 0, sheetPhoto: null },
    },
    specs: [
      { path: ['orgId'], bad: badId },
      { path: ['kind'], bad: badEnum(['add', 'replace']) },
      // 增补 names nobody; a member still in office, or another org's, is no vacancy
      { path: ['replacesMemberId'], bad: fc.oneof(badNullableId, fc.constantFrom('m-a', 'other-staff')) },
      { path: ['candidate', 'name'], bad: badText(20) },
      { path: ['candidate', 'phone'], bad: badPhone },
      { path: ['candidate', 'intro'], bad: badText(300, { emptyOk: true }) },
      { path: ['support', 'route'], bad: badEnum(['organisation', 'mass', 'self']) },
      // 第十五条: fewer than a third of the four 执委, someone not in office, the same one twice
      { path: ['support', 'memberIds'], bad: fc.constantFrom([], ['m-a'], ['m-a', 'm-vol'], ['m-a', 'm-a'], ['m-a', 'm-left']) },
      { path: ['support', 'women'], bad: fc.constantFrom(-1, 1.5, 2001, '20', null) },
      { path: ['support', 'sheetPhoto'], bad: badImageRef(true) },
    ],
    required: [
      ['orgId'],
      ['kind'],
      ['replacesMemberId'],
      ['candidate'],
      ['support'],
      ['candidate', 'name'],
      ['candidate', 'phone'],
      ['support', 'memberIds'],
      ['support', 'women'],
    ],
    objects: [[], ['candidate'], ['support']],
  },
  reviewNomination: {
    base: { nominationId: 'nom-self', version: 1, passed: false, note: '不在本社区居住' },
    specs: [
      { path: ['nominationId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['passed'], bad: fc.constantFrom('yes', 1, null) },
      { path: ['note'], bad: badText(200, { emptyOk: true }) },
    ],
    required: [['nominationId'], ['version'], ['passed'], ['note']],
    objects: [[]],
  },
  approveNomination: {
    base: { nominationId: 'nom-open', version: 1, approval: { by: '幸福社区党委', on: '2026-11-20', documentNo: '', photo: '/files/approvals/a.jpg' } },
    specs: [
      { path: ['nominationId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['approval', 'by'], bad: badText(40) },
      { path: ['approval', 'on'], bad: fc.oneof(badDate(false), fc.constantFrom('2026-11-24', '2099-01-01')) },
      { path: ['approval', 'documentNo'], bad: badText(40, { emptyOk: true }) },
      // neither a document number nor a photo
      { path: ['approval', 'photo'], bad: fc.oneof(badImageRef(true), fc.constant(null)) },
    ],
    required: [['nominationId'], ['version'], ['approval'], ['approval', 'by'], ['approval', 'on'], ['approval', 'documentNo'], ['approval', 'photo']],
    objects: [[], ['approval']],
  },
  recordVote: {
    base: { meetingId: 'cm-held', scrutineerIds: ['m-vice'], tellers: ['妇联干事 小王'], tallies: [{ nominationId: 'nom-ready', yes: 2, abstain: 1, no: 0 }] },
    specs: [
      { path: ['meetingId'], bad: badId },
      // 第十六条: 1–2 监票员 from those present (陈执委 was absent)
      { path: ['scrutineerIds'], bad: fc.constantFrom([], ['m-b'], ['m-vol'], ['m-vice', 'm-a', 'm-chair']) },
      { path: ['tellers'], bad: fc.constantFrom([], ['甲', '乙', '丙']) },
      { path: ['tellers', 0], bad: badText(20) },
      // the counts do not add up to the three present; a candidate of no nomination (one not approved yet is CONFLICT, not a bad payload)
      { path: ['tallies', 0, 'yes'], bad: fc.constantFrom(-1, 1.5, 3, 201, '2', null) },
      { path: ['tallies', 0, 'no'], bad: fc.constantFrom(-1, 1, 201, null) },
      { path: ['tallies', 0, 'nominationId'], bad: fc.oneof(badId, fc.constantFrom('nowhere')) },
      { path: ['tallies'], bad: fc.constantFrom([], 'x') },
    ],
    required: [['meetingId'], ['scrutineerIds'], ['tellers'], ['tallies'], ['tallies', 0, 'nominationId'], ['tallies', 0, 'yes'], ['tallies', 0, 'abstain'], ['tallies', 0, 'no']],
    objects: [[], ['tallies', 0]],
  },
  fileDutyReport: {
    base: { orgId: 'comm', year: 2026, reportText: '今年联系妇女群众三次，宣讲一次，提了一条建议。', meetingId: 'cm-1' },
    specs: [
      { path: ['orgId'], bad: badId },
      // a year still to come, before the records, not a whole number
      { path: ['year'], bad: fc.constantFrom(2027, 2019, 2026.5, '2026', null) },
      // under ten characters is no report
      { path: ['reportText'], bad: fc.oneof(badText(3000), fc.constant('太短了')) },
      // a 执委会 of no federation here
      { path: ['meetingId'], bad: fc.oneof(badNullableId, fc.constant('nowhere')) },
      { path: ['version'], bad: badVersion },
    ],
    required: [['orgId'], ['year'], ['reportText'], ['meetingId']],
    objects: [[]],
  },
  openAppraisal: {
    base: { meetingId: 'cm-1', who: 'invited', codeCount: 10 },
    specs: [
      { path: ['meetingId'], bad: badId },
      // attendance of cm-1 is not recorded yet: 出席 cannot be chosen
      { path: ['who'], bad: fc.oneof(badEnum(['present', 'invited']), fc.constant('present')) },
      { path: ['codeCount'], bad: fc.constantFrom(-1, 1.5, 101, '10', null) },
    ],
    required: [['meetingId'], ['who'], ['codeCount']],
    objects: [[]],
  },
  closeAppraisal: {
    base: { roundId: 'ar-open', version: 1 },
    specs: [
      { path: ['roundId'], bad: badId },
      { path: ['version'], bad: badVersion },
    ],
    required: [['roundId'], ['version']],
    objects: [[]],
  },
  castBallot: {
    base: { roundId: 'ar-open', code: ROUND_CODES[0]!, ratings: RATE_ALL },
    specs: [{ path: ['roundId'], bad: badId }, { path: ['code'], bad: fc.constantFrom('', 'abcdefgh', 'ABCDEFG', 'ABCDEFGHJ', 'ABCDEFG0', 12345678) }, ...ratingSpecs],
    required: [['roundId'], ['code'], ['ratings'], ['ratings', 0, 'memberId'], ['ratings', 0, 'grade'], ['ratings', 0, 'comment']],
    objects: [[], ['ratings', 0]],
  },
  enterPaperBallot: {
    base: { roundId: 'ar-open', ratings: RATE_ALL },
    specs: [{ path: ['roundId'], bad: badId }, ...ratingSpecs],
    required: [['roundId'], ['ratings'], ['ratings', 0, 'memberId'], ['ratings', 0, 'grade'], ['ratings', 0, 'comment']],
    objects: [[], ['ratings', 0]],
  },
  rateColleagues: {
    // 李主席 rates the other three, never herself
    base: { roundId: 'ar-open', ratings: RATE_ALL.slice(1) },
    specs: [
      { path: ['roundId'], bad: badId },
      { path: ['ratings'], bad: fc.constantFrom(RATE_ALL, RATE_ALL.slice(2), [], 'x') },
      { path: ['ratings', 0, 'grade'], bad: badEnum(['satisfied', 'fair', 'dissatisfied']) },
    ],
    required: [['roundId'], ['ratings'], ['ratings', 0, 'memberId'], ['ratings', 0, 'grade'], ['ratings', 0, 'comment']],
    objects: [[], ['ratings', 0]],
  },
  deleteDutyEntry: {
    base: { entryId: 'de-1', version: 1 },
    specs: [
      { path: ['entryId'], bad: badId },
      { path: ['version'], bad: badVersion },
    ],
    required: [['entryId'], ['version']],
    objects: [[]],
  },
}

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

const WRITES = Object.keys(CASES) as ConsoleWrite[]

test.each(WRITES)('the valid payload of %s passes validation (so the property is not vacuous)', async (action) => {
  const fresh = await consoleServices()
  const reply = await createCaller('org', fresh, 'chair').reply(action, CASES[action].base)
  // the code matches no invitation: it passed validation and was looked up
  if (action === 'redeemInvite') expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  else expect(reply).toMatchObject({ ok: true })
})

test.each(WRITES)(
  '%s: a broken payload is INVALID_INPUT and changes nothing',
  async (action) => {
    const { base, specs, required, objects } = CASES[action]
    await expectEveryOneRefused(brokenPayloads(base, specs, required, objects), (payload) => orgAs('chair').raw(action, payload), services.store, 100)
  },
  30_000,
)
