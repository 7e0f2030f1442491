// The 议事 policy as a table: every topics action × every kind of caller toward 幸福社区,
// through the runtime and the real handlers. A refusal leaves exactly one audit entry;
// an allowed call gets past the policy (and, with these payloads, succeeds).
import { contracts, type AuditDoc } from '../../../types'
import type { TestServices } from '../../fixtures/services'
import { seededServices, VALID } from './fixtures/seeded'
import { actionsOf, createCaller } from '../../fixtures/caller'
import { CALLERS, type CallerName } from './fixtures/topicsTree'

type Outcome = 'allow' | 'UNAUTHENTICATED' | 'FORBIDDEN'
const KINDS = Object.keys(CALLERS) as CallerName[]
const row = (allowed: CallerName[]): Record<CallerName, Outcome> =>
  Object.fromEntries(KINDS.map((k) => [k, allowed.includes(k) ? 'allow' : k === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'])) as Record<CallerName, Outcome>

const SIGNED_IN = KINDS.filter((k) => k !== 'anonymous')
const CHAIRS: CallerName[] = ['chair', 'viceChair', 'ancestorChair']

const EXPECTED: Record<string, Record<CallerName, Outcome>> = {
  submit: row(SIGNED_IN),
  second: row(SIGNED_IN),
  rateOutcome: row(SIGNED_IN),
  listPublic: row(KINDS),
  get: row(KINDS),
  mine: row(SIGNED_IN),
  getMeeting: row(CHAIRS),
  listMeetings: row(CHAIRS),
  review: row(CHAIRS),
  listForChair: row(CHAIRS),
  scheduleMeeting: row(CHAIRS),
  updateMeeting: row(CHAIRS),
  cancelMeeting: row(CHAIRS),
  recordMeeting: row(CHAIRS),
  advance: row(CHAIRS),
}

test('the table covers every topics action of the contract', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(contracts.topics).sort())
})

const rows = actionsOf('topics').flatMap((action) => KINDS.map((kind) => [action, kind, EXPECTED[action][kind]] as const))

let services: TestServices
beforeEach(async () => {
  services = await seededServices()
})

test.each(rows)('topics.%s by %s → %s', async (action, kind, outcome) => {
  const reply = await createCaller('topics', services, kind).reply(action, VALID[action])
  const refusals = await services.store.find<AuditDoc>('audit', { outcome: 'refused' })
  if (outcome === 'allow') {
    expect(reply).toMatchObject({ ok: true })
    expect(refusals).toHaveLength(0)
    return
  }
  expect(reply).toMatchObject({ ok: false, error: { code: outcome } })
  expect(refusals).toHaveLength(1)
  expect(refusals[0]).toMatchObject({ fn: 'topics', action, actor: CALLERS[kind] })
})

test('the 街道 chair opens a topic her 社区 escalated, with the anonymous submitter’s name', async () => {
  const reply = await createCaller('topics', services, 'ancestorChair').reply('get', { topicId: 't-esc' })
  expect(reply).toMatchObject({ ok: true, data: { topic: { submitterName: '林女士', escalatedToOrgId: 'street' } } })
})
