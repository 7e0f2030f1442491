// Property: every 求助 action refuses a malformed payload — wrong types, missing or extra
// fields, huge strings, unknown enums, impossible dates, bad phones, or plain noise —
// with INVALID_INPUT naming the fields, and leaves the store exactly as it was. requests.act
// is fuzzed step by step, every one of the sixteen.
import fc from 'fast-check'
import { AGE_BANDS, CONTACT_CHANNELS, REFERRAL_BODIES, REFERRAL_STATUSES, REQUEST_CATEGORIES, REQUEST_STEPS, URGENCIES, contracts, type RequestStep } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { snapshotStore } from '../../fixtures/snapshot'
import {
  badDate,
  badEnum,
  badId,
  badNullableId,
  badPhone,
  badText,
  badVersion,
  brokenPayloads,
  expectEveryOneRefused,
  extraKey,
  type FieldSpec,
  type Path,
} from '../org/fixtures/badPayloads'
import { seededServices, VALID, validAct, type ValidCall } from './fixtures/seeded'
import { createCaller, type Who } from '../../fixtures/caller'

interface Case {
  valid: ValidCall
  specs: FieldSpec[]
  required: Path[]
  objects: Path[]
}

const badBoolean = fc.oneof(fc.constantFrom('true', 1, 0, null, 'yes'), fc.string())
const tooShort = (...short: string[]) => fc.constantFrom(...short)
const optional = (max: number) => badText(max, { emptyOk: true })

const INTAKE_SPECS: FieldSpec[] = [
  { path: ['orgId'], bad: badId },
  { path: ['category'], bad: badEnum(REQUEST_CATEGORIES) },
  { path: ['urgency'], bad: badEnum(URGENCIES) },
  { path: ['ageBand'], bad: badEnum(AGE_BANDS) },
  { path: ['forWhom'], bad: badEnum(['self', 'other']) },
  { path: ['name'], bad: optional(20) },
  { path: ['description'], bad: fc.oneof(badText(2000), tooShort('太短了', '四个字啊')) },
  { path: ['needs'], bad: optional(1000) },
  { path: ['phone'], bad: badPhone.filter((p) => p !== '') },
  { path: ['address'], bad: optional(100) },
  { path: ['contact', 'channel'], bad: badEnum(CONTACT_CHANNELS) },
  { path: ['contact', 'safeTimes'], bad: optional(60) },
  { path: ['contact', 'doNotCall'], bad: badBoolean },
]
const INTAKE_REQUIRED: Path[] = [
  ['orgId'],
  ['category'],
  ['urgency'],
  ['ageBand'],
  ['forWhom'],
  ['name'],
  ['description'],
  ['needs'],
  ['phone'],
  ['address'],
  ['contact'],
  ['contact', 'channel'],
  ['contact', 'doNotCall'],
]

const STEP_SPECS: Record<RequestStep, Array<[string, fc.Arbitrary<unknown>]>> = {
  accept: [
    ['assigneeId', badId],
    ['backupId', badNullableId],
  ],
  referOn: [
    ['body', badEnum(REFERRAL_BODIES)],
    ['note', fc.oneof(badText(500), tooShort('短'))],
  ],
  reassign: [
    ['assigneeId', badId],
    ['backupId', badNullableId],
  ],
  contact: [
    ['how', badEnum(CONTACT_CHANNELS)],
    ['note', fc.oneof(badText(1000), tooShort('短'))],
  ],
  note: [['text', fc.oneof(badText(1000), tooShort('短'))]],
  message: [['text', fc.oneof(badText(500), tooShort('短'))]],
  refer: [
    ['body', badEnum(REFERRAL_BODIES)],
    ['note', badText(500)],
  ],
  updateReferral: [
    ['referralId', badId],
    ['status', badEnum(REFERRAL_STATUSES)],
    ['note', optional(500)],
  ],
  escalate: [['note', badText(500)]],
  close: [
    ['reason', badEnum(['resolved', 'referred', 'outOfScope', 'unreachable'])],
    ['note', badText(500)],
  ],
  reopen: [['reason', badText(200)]],
  scheduleFollowUp: [
    ['dueDate', badDate(false)],
    ['note', optional(200)],
  ],
  recordFollowUp: [['note', badText(500)]],
  addInfo: [['text', badText(1000)]],
  withdraw: [['reason', optional(200)]],
  rate: [
    ['score', fc.oneof(fc.constantFrom(0, 6, 3.5, '5', null, -1, Number.NaN), fc.integer({ min: 6 }), fc.integer({ max: 0 }))],
    ['comment', optional(300)],
  ],
}

function actCase(kind: RequestStep): Case {
  const fields = STEP_SPECS[kind]
  return {
    valid: validAct(kind),
    specs: [
      { path: ['caseId'], bad: badId },
      { path: ['version'], bad: badVersion },
      { path: ['step', 'kind'], bad: badEnum(REQUEST_STEPS) },
      ...fields.map(([field, bad]) => ({ path: ['step', field], bad })),
    ],
    required: [['caseId'], ['version'], ['step'], ['step', 'kind'], ...fields.map(([field]) => ['step', field])],
    objects: [[], ['step']],
  }
}

const CASES: Record<string, Case> = {
  submit: {
    valid: VALID.submit,
    specs: [
      ...INTAKE_SPECS,
      { path: ['consent'], bad: fc.constantFrom(false, 'true', 1, null, 'yes') },
      { path: ['consentVersion'], bad: fc.constantFrom('', 'x'.repeat(21), 1, null) },
    ],
    required: [...INTAKE_REQUIRED, ['consent'], ['consentVersion']],
    objects: [[], ['contact']],
  },
  fileOnBehalf: {
    valid: VALID.fileOnBehalf,
    specs: [...INTAKE_SPECS, { path: ['channel'], bad: badEnum(['visit', 'mailbox', 'hotline']) }, { path: ['verbalConsentDate'], bad: badDate(false) }],
    required: [...INTAKE_REQUIRED, ['channel'], ['verbalConsentDate']],
    objects: [[], ['contact']],
  },
  get: { valid: VALID.get, specs: [{ path: ['caseId'], bad: badId }], required: [['caseId']], objects: [[]] },
  deleteMine: { valid: VALID.deleteMine, specs: [{ path: ['caseId'], bad: badId }], required: [['caseId']], objects: [[]] },
  ...Object.fromEntries(REQUEST_STEPS.map((kind) => [`act.${kind}`, actCase(kind)])),
}

const actionOf = (name: string) => name.split('.')[0]

let services: TestServices
const requestsAs = (who: Who) => createCaller('requests', services, who)
let before: Record<string, unknown[]>
beforeEach(async () => {
  services = await seededServices()
  before = await snapshotStore(services.store)
})

/** Actions without fields are fuzzed with extra keys below; the staff reads' filters are checked in queue.test and stats.test. */
const TAKES_NO_FIELDS = ['terms', 'listMine', 'exportMine']
const NOT_FUZZED = ['queue', 'stats']

test('every action of the requests contract is fuzzed here, or named as not', () => {
  const fuzzed = new Set([...Object.keys(CASES).map(actionOf), ...TAKES_NO_FIELDS, ...NOT_FUZZED])
  expect([...fuzzed].sort()).toEqual(Object.keys(contracts.requests).sort())
})

test.each(Object.entries(CASES))('the valid payload of %s passes (so the property is not vacuous)', async (name, { valid }) => {
  expect(await createCaller('requests', await seededServices(), valid.who).raw(actionOf(name), valid.payload)).toMatchObject({ ok: true })
})

test.each(Object.entries(CASES))(
  '%s: a broken payload is INVALID_INPUT and changes nothing',
  async (name, { valid, specs, required, objects }) => {
    await expectEveryOneRefused(brokenPayloads(valid.payload, specs, required, objects), (payload) => requestsAs(valid.who).raw(actionOf(name), payload), services.store, 60)
  },
  30_000,
)

test.each(TAKES_NO_FIELDS)('%s takes no fields: any extra one is INVALID_INPUT and changes nothing', async (action) => {
  await fc.assert(
    fc.asyncProperty(extraKey, fc.jsonValue(), async (key, value) => {
      const reply = await requestsAs('resident').raw(action, { [key]: value })
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: key }] } })
      expect(await snapshotStore(services.store)).toEqual(before)
    }),
    { numRuns: 30, endOnFailure: true },
  )
})
