// Rate limits hold under a burst: one WeChat user firing 50 calls of a limited action at
// once gets exactly the limit's worth through, never more (each slot is taken by one
// atomic conditional update), and the calls that should not count — a retry of the same
// request, a content check that failed, a redemption that worked — give their slot back.
import { POLICY } from '../../../cloudfunctions/common/policy'
import { BALLOT_FAILURES, countInWindow, REDEEM_FAILURES, REQUEST_SUBMITS, TOPIC_SECONDS, TOPIC_SUBMITS } from '../../../cloudfunctions/common/rateLimit'
import type { Reply } from '../../../types'
import { createCaller } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { consoleServices, ROUND_CODES } from '../org/fixtures/consoleTree'
import { requestServices, SUBMISSION as CASE } from '../requests/fixtures/requestsTree'
import { SUBMISSION as TOPIC, topicIn, topicServices } from '../topics/fixtures/topicsTree'

const BURST = 50
const SHE = { openid: 'oid-burst' }

const codesOf = (replies: Reply<unknown>[]) => replies.map((reply) => (reply.ok ? 'ok' : reply.error.code))
const tally = (codes: string[]) => codes.reduce<Record<string, number>>((all, code) => ({ ...all, [code]: (all[code] ?? 0) + 1 }), {})
const burst = <T>(call: (i: number) => Promise<T>) => Promise.all(Array.from({ length: BURST }, (_, i) => call(i)))

test('the limits are declared in POLICY, and every limited action has its burst below', () => {
  const limited = Object.entries(POLICY).flatMap(([key, row]) => ('limit' in row ? [key] : []))
  expect(limited.sort()).toEqual(['org.ballotForm', 'org.castBallot', 'org.redeemInvite', 'requests.submit', 'topics.second', 'topics.submit'])
})

describe('topics.submit: 5 a day', () => {
  let services: TestServices
  const topics = () => createCaller('topics', services, SHE)
  beforeEach(async () => {
    services = await topicServices()
  })

  test(`${BURST} submits at once: exactly 5 stored, the rest RATE_LIMITED in Chinese`, async () => {
    const codes = codesOf(await burst(() => topics().reply('submit', TOPIC)))
    expect(tally(codes)).toEqual({ ok: TOPIC_SUBMITS.max, RATE_LIMITED: BURST - TOPIC_SUBMITS.max })
    expect(await services.store.count('topics', { submitterOpenid: SHE.openid })).toBe(TOPIC_SUBMITS.max)
    expect(await countInWindow(services.store, TOPIC_SUBMITS, SHE.openid, services.clock.now())).toBe(TOPIC_SUBMITS.max)
  })

  test('deliveries of the same request at once use one slot between them', async () => {
    const codes = codesOf(await burst((i) => topics().reply('submit', TOPIC, `req-topic-${i % 2}`)))
    // a delivery that finds every slot held by deliveries still in flight is told to wait
    expect(codes.filter((code, i) => code === 'ok' && i % 2 === 0).length).toBeGreaterThan(0)
    expect(codes.filter((code, i) => code === 'ok' && i % 2 === 1).length).toBeGreaterThan(0)
    expect(codes.every((code) => code === 'ok' || code === 'RATE_LIMITED')).toBe(true)
    expect(await services.store.count('topics', {})).toBe(2)
    expect(await countInWindow(services.store, TOPIC_SUBMITS, SHE.openid, services.clock.now())).toBe(2)
    const more = codesOf(await burst(() => topics().reply('submit', TOPIC)))
    expect(tally(more)).toEqual({ ok: TOPIC_SUBMITS.max - 2, RATE_LIMITED: BURST - (TOPIC_SUBMITS.max - 2) })
  })

  test('a retry of the day’s last submit still gets its topic back, not RATE_LIMITED', async () => {
    for (let i = 0; i < TOPIC_SUBMITS.max; i++) await topics().submit(TOPIC, `req-day-${i}`)
    const retried = await burst(() => topics().reply('submit', TOPIC, `req-day-${TOPIC_SUBMITS.max - 1}`))
    expect(new Set(codesOf(retried))).toEqual(new Set(['ok']))
    expect(await services.store.count('topics', {})).toBe(TOPIC_SUBMITS.max)
  })

  test('submits whose content check failed give their slots back; refused text keeps them', async () => {
    const check = services.ports.contentCheck
    services.ports = { ...services.ports, contentCheck: { ...check, text: () => Promise.reject(new Error('errCode -1')) } }
    const failed = codesOf(await burst(() => topics().reply('submit', TOPIC)))
    expect(failed).toContain('INTERNAL')
    expect(failed.every((code) => code === 'INTERNAL' || code === 'RATE_LIMITED')).toBe(true)
    expect(await services.store.count('topics', {})).toBe(0)
    services.ports = { ...services.ports, contentCheck: check }
    expect(await countInWindow(services.store, TOPIC_SUBMITS, SHE.openid, services.clock.now())).toBe(0)
    expect(tally(codesOf(await burst(() => topics().reply('submit', { ...TOPIC, problem: '这里有违禁词的内容描述' }))))).toEqual({
      CONTENT_REJECTED: TOPIC_SUBMITS.max,
      RATE_LIMITED: BURST - TOPIC_SUBMITS.max,
    })
  })
})

describe('topics.second: 30 an hour', () => {
  let services: TestServices
  beforeEach(async () => {
    services = await topicServices()
    for (let i = 0; i < BURST; i++) await services.store.insert('topics', topicIn(`t${i}`, 'accepted'))
  })

  test(`${BURST} seconds of ${BURST} topics at once: exactly 30 counted`, async () => {
    const codes = codesOf(await burst((i) => createCaller('topics', services, SHE).reply('second', { topicId: `t${i}` })))
    expect(tally(codes)).toEqual({ ok: TOPIC_SECONDS.max, RATE_LIMITED: BURST - TOPIC_SECONDS.max })
    expect(await services.store.count('topic_seconds', { openid: SHE.openid })).toBe(TOPIC_SECONDS.max)
  })

  test('tapping the same topic many times at once uses one slot', async () => {
    await burst(() => createCaller('topics', services, SHE).reply('second', { topicId: 't0' }))
    expect(await countInWindow(services.store, TOPIC_SECONDS, SHE.openid, services.clock.now())).toBe(1)
  })
})

describe('requests.submit: 5 an hour', () => {
  let services: TestServices
  const requests = () => createCaller('requests', services, SHE)
  beforeEach(async () => {
    services = await requestServices()
  })

  test(`${BURST} submits at once: exactly 5 cases, the rest told to wait or call 110 / 12338`, async () => {
    const replies = await burst(() => requests().reply('submit', CASE))
    expect(tally(codesOf(replies))).toEqual({ ok: REQUEST_SUBMITS.max, RATE_LIMITED: BURST - REQUEST_SUBMITS.max })
    expect(replies.find((reply) => !reply.ok)).toMatchObject({ error: { message: expect.stringContaining('12338') } })
    expect(await services.store.count('requests', { requesterOpenid: SHE.openid })).toBe(REQUEST_SUBMITS.max)
  })

  test('deliveries of the same request at once are one case and one slot; a retry afterwards is answered', async () => {
    const replies = await burst(() => requests().reply('submit', CASE, 'req-case-0001'))
    expect(codesOf(replies)).toContain('ok')
    expect(codesOf(replies).every((code) => code === 'ok' || code === 'RATE_LIMITED')).toBe(true)
    expect(new Set(replies.flatMap((reply) => (reply.ok ? [reply.data.request._id] : []))).size).toBe(1)
    expect(await services.store.count('requests', {})).toBe(1)
    expect(await countInWindow(services.store, REQUEST_SUBMITS, SHE.openid, services.clock.now())).toBe(1)
    expect(await requests().reply('submit', CASE, 'req-case-0001')).toMatchObject({ ok: true })
  })

  test('an under-14 routed to a guardian, or an old consent, uses no slot', async () => {
    await burst(() => requests().reply('submit', { ...CASE, ageBand: 'under14' }))
    await burst(() => requests().reply('submit', { ...CASE, consentVersion: 'old-version' }))
    expect(await countInWindow(services.store, REQUEST_SUBMITS, SHE.openid, services.clock.now())).toBe(0)
  })
})

describe('org.redeemInvite: 5 failures an hour', () => {
  let services: TestServices
  const org = () => createCaller('org', services, SHE)
  const wrong = (i: number) => `ZZZZZZZ${String(i).padStart(5, '2').replace(/[01]/g, '9')}`
  beforeEach(async () => {
    services = await consoleServices()
  })

  test(`${BURST} wrong codes at once: exactly 5 answered, the rest RATE_LIMITED`, async () => {
    const codes = codesOf(await burst((i) => org().reply('redeemInvite', { code: wrong(i) })))
    expect(tally(codes)).toEqual({ NOT_FOUND: REDEEM_FAILURES.max, RATE_LIMITED: BURST - REDEEM_FAILURES.max })
    expect(await countInWindow(services.store, REDEEM_FAILURES, SHE.openid, services.clock.now())).toBe(REDEEM_FAILURES.max)
  })

  test('a code that works is not a failure: it gives its slot back', async () => {
    const { code } = await createCaller('org', services, 'chair').createInvite({ orgId: 'comm', memberId: 'm-b' })
    await org().redeemInvite({ code })
    await burst(() => org().reply('redeemInvite', { code }))
    expect(await countInWindow(services.store, REDEEM_FAILURES, SHE.openid, services.clock.now())).toBe(0)
  })
})

describe('org.castBallot and org.ballotForm: 20 wrong 述职评议 codes an hour, shared by the two', () => {
  let services: TestServices
  const org = () => createCaller('org', services, SHE)
  const ratings = ['m-chair', 'm-vice', 'm-a', 'm-b'].map((memberId) => ({ memberId, grade: 'fair' as const, comment: '' }))
  /** codes of the right shape that are none of the round's */
  const wrong = (i: number) => `ZZZZ${String(i).padStart(4, '2').replace(/[01]/g, '9')}`
  beforeEach(async () => {
    services = await consoleServices()
  })

  test(`${BURST} wrong codes at once, half on the form and half cast: exactly 20 answered, the rest RATE_LIMITED`, async () => {
    const replies = await burst<Reply<unknown>>((i) =>
      i % 2 ? org().reply('castBallot', { roundId: 'ar-open', code: wrong(i), ratings }) : org().reply('ballotForm', { roundId: 'ar-open', code: wrong(i) }),
    )
    expect(tally(codesOf(replies))).toEqual({ NOT_FOUND: BALLOT_FAILURES.max, RATE_LIMITED: BURST - BALLOT_FAILURES.max })
    expect(await countInWindow(services.store, BALLOT_FAILURES, SHE.openid, services.clock.now())).toBe(BALLOT_FAILURES.max)
  })

  test('a good code is no failure: the form and the ballot, and a retry of it, give their slots back', async () => {
    await org().ballotForm({ roundId: 'ar-open', code: ROUND_CODES[0]! })
    await burst(() => org().reply('castBallot', { roundId: 'ar-open', code: ROUND_CODES[0]!, ratings }))
    expect(await services.store.count('appraisal_ballots', { roundId: 'ar-open' })).toBe(1)
    expect(await countInWindow(services.store, BALLOT_FAILURES, SHE.openid, services.clock.now())).toBe(0)
  })
})
