// One or more valid calls per action, each as the caller for whom it succeeds on the
// fuzz arena: the bases the nastiest payloads are mutated from. Where a function's own
// tests already keep valid payloads (topics, requests) they are reused; an action with
// none here is still fuzzed, from payloads drawn from its schema (schemaSample.ts).
import { PNG } from 'pngjs'
import { REQUEST_STEPS, type RequestStep } from '../../types'
import type { ActionInput, ActionName, FunctionName } from '../../types/contracts'
import { SAMPLE_ACTIVITY, SAMPLE_HOURS, SAMPLE_MEMBER } from '../cloudfunctions/org/fixtures/consoleTree'
import { VALID as REQUESTS_VALID, validAct } from '../cloudfunctions/requests/fixtures/seeded'
import { VALID as TOPICS_VALID } from '../cloudfunctions/topics/fixtures/seeded'
import type { CallerName } from '../fixtures/caller'

export interface ValidCall<P = unknown> {
  who: CallerName
  payload: P
}
type SeedTable = { [F in FunctionName]: { [A in ActionName<F>]?: ValidCall<ActionInput<F, A>>[] } }

function smallPng(): string {
  const image = new PNG({ width: 8, height: 8 })
  image.data.fill(180)
  return PNG.sync.write(image).toString('base64')
}

const member = SAMPLE_MEMBER
const activity = SAMPLE_ACTIVITY
const hours = SAMPLE_HOURS
const cursor = { at: '2026-11-22T02:00:00.000Z', id: 'x1' }
const dutyFields: ActionInput<'org', 'logDutyEntry'>['fields'] = {
  kind: 'contact',
  date: '2026-11-20',
  way: 'visit',
  areaId: 'a1',
  womenCount: 3,
  note: '走访三户',
  photos: [],
  womenNames: '李某',
  activityId: null,
}

const chair = <P>(payload: P): ValidCall<P> => ({ who: 'chair', payload })

export const SEEDS: SeedTable = {
  board: {
    get: [
      { who: 'anonymous', payload: { code: 'hp-comm' } },
      { who: 'anonymous', payload: { code: 'hp-street' } },
    ],
    search: [
      { who: 'anonymous', payload: { name: '幸福' } },
      { who: 'anonymous', payload: { name: '妇联' } },
    ],
  },
  org: {
    mine: [{ who: 'member', payload: {} }],
    get: [chair({ orgId: 'comm' })],
    updateOrg: [
      chair({
        orgId: 'comm',
        version: 1,
        changes: { name: '幸福社区妇联', address: '幸福路 8 号', hours, duties: ['宣传引领'], representativesCount: 3, logoUrl: null, intro: '介绍' },
      }),
    ],
    saveMember: [chair({ orgId: 'comm', fields: member, coverAreaIds: ['a3'] }), chair({ orgId: 'comm', memberId: 'm-a', version: 1, fields: { ...member, name: '张执委' } })],
    updateMyProfile: [{ who: 'member', payload: { memberId: 'm-a', version: 1, fields: { phone: '023-61234567', photoUrl: '/files/p/a.jpg', specialty: '法律' } } }],
    recordDeparture: [chair({ memberId: 'm-b', version: 1, reason: 'resigned', leftOn: '2026-11-20', note: '' })],
    saveArea: [
      chair({ orgId: 'comm', fields: { name: '9栋', kind: 'building', memberId: 'm-a', backupMemberId: 'm-b' } }),
      chair({ orgId: 'comm', areaId: 'a1', version: 1, fields: { name: '1栋', kind: 'building', memberId: 'm-b', backupMemberId: null } }),
    ],
    removeArea: [chair({ areaId: 'a3', version: 1 })],
    logDutyEntry: [
      { who: 'member', payload: { orgId: 'comm', fields: dutyFields } },
      chair({ orgId: 'comm', memberId: 'm-b', fields: { ...dutyFields, kind: 'talk', way: 'activity', womenNames: '', activityId: 'act-1' } }),
    ],
    updateDutyEntry: [{ who: 'member', payload: { entryId: 'de-1', version: 1, fields: { ...dutyFields, kind: 'proposal' } } }],
    deleteDutyEntry: [chair({ entryId: 'de-1', version: 1 })],
    listDutyEntries: [{ who: 'member', payload: { orgId: 'comm', period: 'year' } }, chair({ orgId: 'comm', memberId: 'm-a', period: 'quarter' })],
    dutySummary: [{ who: 'member', payload: { orgId: 'comm' } }, chair({ orgId: 'comm', memberId: 'm-b' })],
    dutyOverview: [chair({ orgId: 'comm' })],
    dutyCounts: [{ who: 'ancestorChair', payload: { orgId: 'street' } }, chair({ orgId: 'comm' })],
    overview: [{ who: 'ancestorChair', payload: { orgId: 'street', year: 2026 } }, chair({ orgId: 'comm', year: 2026 })],
    saveActivity: [
      chair({ orgId: 'comm', fields: activity }),
      chair({ orgId: 'comm', activityId: 'act-1', version: 1, fields: { ...activity, status: 'done', date: '2026-11-20', resultText: '来了 30 人' } }),
    ],
    addChild: [chair({ orgId: 'comm', name: '幸福社区第二妇女小组', level: 'group' })],
    createInvite: [chair({ orgId: 'comm', memberId: 'm-b' })],
    listInvites: [chair({ orgId: 'comm' })],
    revokeInvite: [chair({ inviteId: 'inv-open' })],
    history: [chair({ orgId: 'comm' }), chair({ orgId: 'comm', before: '2026-11-23T02:00:00.000Z', limit: 20 })],
    qrcode: [chair({ orgId: 'comm' })],
    uploadImage: [chair({ orgId: 'comm', purpose: 'photo', source: { kind: 'inline', dataBase64: smallPng() } })],
    inbox: [
      { who: 'resident', payload: {} },
      { who: 'resident', payload: { cursor, limit: 5 } },
    ],
    subscribe: [
      { who: 'resident', payload: { templates: ['topicProgress', 'requestProgress'] } },
      { who: 'member', payload: { templates: ['meetingChange'] } },
    ],
  },
  topics: {
    ...(Object.fromEntries(Object.entries(TOPICS_VALID).map(([action, payload]) => [action, [chair(payload)]])) as SeedTable['topics']),
    listPublic: [
      { who: 'anonymous', payload: TOPICS_VALID.listPublic },
      { who: 'anonymous', payload: { orgId: 'comm', cursor, limit: 3 } },
    ],
    mine: [{ who: 'resident', payload: {} }],
    second: [{ who: 'member', payload: TOPICS_VALID.second }],
  },
  requests: {
    terms: [{ who: 'anonymous', payload: {} }],
    submit: [REQUESTS_VALID.submit],
    fileOnBehalf: [REQUESTS_VALID.fileOnBehalf],
    listMine: [{ who: 'resident', payload: {} }],
    get: [REQUESTS_VALID.get, { who: 'resident', payload: { caseId: 'c-open' } }],
    act: REQUEST_STEPS.map((kind: RequestStep) => validAct(kind)),
    queue: [
      chair({ orgId: 'comm', scope: 'own' }),
      chair({ orgId: 'comm', scope: 'own', pressingFirst: true }),
      chair({ orgId: 'comm', scope: 'own', state: 'submitted', cursor, limit: 10 }),
    ],
    stats: [chair({ orgId: 'comm', scope: 'own' }), { who: 'ancestorChair', payload: { orgId: 'street', scope: 'rollup' } }],
    exportMine: [{ who: 'resident', payload: {} }],
    deleteMine: [REQUESTS_VALID.deleteMine],
  },
  reports: {
    exportLedger: [chair({ orgId: 'comm', kind: 'roster', year: 2026 }), chair({ orgId: 'comm', kind: 'annual', year: 2026 })],
  },
}

/** The valid calls of one action; none for an action added to the contract after this table. */
export function seedsOf(fn: FunctionName, action: string): ValidCall[] {
  return (SEEDS[fn] as Record<string, ValidCall[] | undefined>)[action] ?? []
}

/** The reads that show what is stored, from the table above. */
const PROBED: { [F in FunctionName]: ActionName<F>[] } = {
  board: ['get', 'search'],
  org: ['mine', 'get', 'history', 'inbox', 'listInvites', 'listDutyEntries', 'dutyOverview', 'dutyCounts', 'overview'],
  topics: ['listPublic', 'listForChair', 'get', 'mine', 'getMeeting', 'listMeetings'],
  requests: ['listMine', 'get', 'queue', 'stats', 'exportMine'],
  reports: ['exportLedger'],
}

/**
 * After a fuzzed write was accepted, each of these must still answer cleanly: a write
 * must never store what breaks a later read (the board, the console, a case).
 */
export const READ_PROBES: (ValidCall & { fn: FunctionName; action: string })[] = (Object.keys(PROBED) as FunctionName[]).flatMap((fn) =>
  PROBED[fn].flatMap((action) => seedsOf(fn, action).map((seed) => ({ fn, action, ...seed }))),
)
