// Property: every 议事 write action refuses a malformed payload — wrong types, missing or
// extra fields, huge strings, unknown enums, bad dates, instants and image URLs, or
// plain noise — with INVALID_INPUT naming the fields, and leaves the store as it was.
import fc from 'fast-check'
import { ATTENDANCE, TOPIC_ESCALATION_TARGETS, MEETING_FORMS, SATISFACTION_LEVELS, TOPIC_CATEGORIES, TOPIC_CHANNELS } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { badDate, badEnum, badId, badImageRef, badText, badVersion, brokenPayloads, expectEveryOneRefused, type FieldSpec, type Path } from '../org/fixtures/badPayloads'
import { seededServices, VALID } from './fixtures/seeded'
import type { ActionName } from '../../../types/contracts'
import { createCaller, type Who } from '../../fixtures/caller'

/** The 议事 actions that only read; every other one must have a case. */
type TopicsRead = 'listPublic' | 'listForChair' | 'get' | 'mine' | 'getMeeting' | 'listMeetings'
type TopicsWrite = Exclude<ActionName<'topics'>, TopicsRead>

interface Case {
  specs: FieldSpec[]
  required: Path[]
  objects: Path[]
}

const badBoolean = fc.oneof(fc.constantFrom('true', 1, 0, null, 'yes'), fc.string())
const badInstant = fc.oneof(fc.constantFrom('2026-12-01', '2026-12-01 12:00', 'tomorrow', '', 20261201, null), fc.string())
const badIdList = (max: number) =>
  fc.oneof(fc.constant('t1'), fc.array(fc.constant('a b'), { minLength: 1, maxLength: 2 }), fc.array(fc.constant('m1'), { minLength: max + 1, maxLength: max + 3 }))

/** A meeting's arrangements, as both scheduling and changing a meeting send them. */
const ARRANGEMENT_SPECS: FieldSpec[] = [
  { path: ['form'], bad: badEnum(MEETING_FORMS) },
  { path: ['startsAt'], bad: badInstant },
  { path: ['place'], bad: badText(60) },
  { path: ['host'], bad: badText(20) },
  { path: ['invitedMemberIds'], bad: badIdList(60) },
  { path: ['representatives'], bad: fc.oneof(fc.constant('王阿姨'), fc.array(badText(20), { minLength: 1, maxLength: 2 })) },
  { path: ['guests'], bad: fc.oneof(fc.constant('赵书记'), fc.array(badText(30), { minLength: 1, maxLength: 2 })) },
]
const ARRANGEMENT_REQUIRED: Path[] = [['form'], ['startsAt'], ['place'], ['host'], ['invitedMemberIds'], ['representatives'], ['guests']]

const CASES: Record<TopicsWrite, Case> = {
  submit: {
    specs: [
      { path: ['orgId'], bad: badId },
      { path: ['title'], bad: fc.oneof(badText(40), fc.constantFrom('短', '两字', '三个字')) },
      { path: ['problem'], bad: fc.oneof(badText(1000), fc.constant('太短了')) },
      { path: ['proposal'], bad: badText(1000, { emptyOk: true }) },
      { path: ['category'], bad: badEnum(TOPIC_CATEGORIES) },
      { path: ['channel'], bad: badEnum(TOPIC_CHANNELS) },
      { path: ['name'], bad: badText(20) },
      { path: ['anonymous'], bad: badBoolean },
      { path: ['onBehalfOf'], bad: badText(60, { emptyOk: true }) },
    ],
    required: [['orgId'], ['title'], ['problem'], ['proposal'], ['category'], ['channel'], ['name'], ['anonymous'], ['onBehalfOf']],
    objects: [[]],
  },
  review: {
    specs: [
      { path: ['topicId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['decision', 'kind'], bad: badEnum(['accept', 'decline', 'merge']) },
      { path: ['decision', 'reason'], bad: badText(200) },
    ],
    required: [['topicId'], ['version'], ['decision'], ['decision', 'reason']],
    objects: [[], ['decision']],
  },
  second: { specs: [{ path: ['topicId'], bad: badId }], required: [['topicId']], objects: [[]] },
  scheduleMeeting: {
    specs: [{ path: ['orgId'], bad: badId }, ...ARRANGEMENT_SPECS, { path: ['topicIds'], bad: fc.oneof(fc.constant([]), badIdList(20)) }],
    required: [['orgId'], ...ARRANGEMENT_REQUIRED, ['topicIds']],
    objects: [[]],
  },
  updateMeeting: {
    specs: [{ path: ['meetingId'], bad: badId }, { path: ['version'], bad: badVersion }, ...ARRANGEMENT_SPECS],
    required: [['meetingId'], ['version'], ...ARRANGEMENT_REQUIRED],
    objects: [[]],
  },
  cancelMeeting: {
    specs: [
      { path: ['meetingId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['reason'], bad: fc.oneof(badText(200), fc.constant('短')) },
    ],
    required: [['meetingId'], ['version'], ['reason']],
    objects: [[]],
  },
  recordMeeting: {
    specs: [
      { path: ['meetingId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['attendance', 0, 'memberId'], bad: badId },
      { path: ['attendance', 0, 'status'], bad: badEnum(ATTENDANCE) },
      { path: ['records'], bad: fc.constantFrom([], 'x', null) },
      { path: ['records', 0, 'topicId'], bad: badId },
      { path: ['records', 0, 'discussion'], bad: badText(1000) },
      { path: ['records', 0, 'decision'], bad: badText(500) },
      { path: ['records', 0, 'owner'], bad: badText(40) },
      { path: ['records', 0, 'dueDate'], bad: badDate(true) },
    ],
    required: [['meetingId'], ['version'], ['attendance'], ['records'], ['records', 0, 'decision'], ['records', 0, 'dueDate']],
    objects: [[], ['attendance', 0], ['records', 0]],
  },
  rateOutcome: {
    specs: [
      { path: ['topicId'], bad: badId },
      { path: ['rating'], bad: badEnum(SATISFACTION_LEVELS) },
    ],
    required: [['topicId'], ['rating']],
    objects: [[]],
  },
  advance: {
    specs: [
      { path: ['topicId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['step', 'kind'], bad: badEnum(['publishFeedback', 'escalate', 'start', 'complete', 'notCarriedOut']) },
      { path: ['step', 'feedback'], bad: badText(1000) },
      { path: ['step', 'to'], bad: fc.constant(TOPIC_ESCALATION_TARGETS[0]) },
      { path: ['step', 'photos'], bad: fc.array(badImageRef(false), { minLength: 1, maxLength: 2 }) },
    ],
    required: [['topicId'], ['version'], ['step'], ['step', 'feedback']],
    objects: [[], ['step']],
  },
}

let services: TestServices
const topicsAs = (who: Who) => createCaller('topics', services, who)
beforeEach(async () => {
  services = await seededServices()
})

const WRITES = Object.keys(CASES) as TopicsWrite[]

test.each(WRITES)('the valid payload of %s passes (so the property is not vacuous)', async (action) => {
  expect(await createCaller('topics', await seededServices(), 'chair').reply(action, VALID[action])).toMatchObject({ ok: true })
})

test.each(WRITES)(
  '%s: a broken payload is INVALID_INPUT and changes nothing',
  async (action) => {
    const { specs, required, objects } = CASES[action]
    await expectEveryOneRefused(brokenPayloads(VALID[action], specs, required, objects), (payload) => topicsAs('chair').raw(action, payload), services.store, 100)
  },
  30_000,
)
