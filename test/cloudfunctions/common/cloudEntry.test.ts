// The WeChat entry: who the caller is, what an instance starts once, what it logs.
// Runs `main` with a fake wx-server-sdk whose database is a map of documents.
import { createCloudMain, type WxServerSdk } from '../../../cloudfunctions/common/cloudEntry'
import type { Ctx, Services } from '../../../cloudfunctions/common/context'
import { contracts } from '../../../types'
import type { Domain } from '../../../cloudfunctions/common/runtime'
import type { CloudDatabase } from '../../../cloudfunctions/common/store/cloud'
import { fixedClock } from '../../../cloudfunctions/common/time'

const DYNAMIC_CURRENT_ENV = Symbol('current env')

/** board.get answered by a probe that shows what the handler was given. */
const probe: Domain = {
  name: 'board',
  contract: contracts.board,
  policy: { get: { rule: 'public' } },
  handlers: {
    get: async (_input: unknown, ctx: Ctx) => ({
      openid: ctx.caller.openid,
      knows2031: ctx.calendar.current(ctx.clock.now().getTime()).knowsYear('2031'),
    }),
  },
}

interface Fake {
  sdk: WxServerSdk
  inits: unknown[]
  reads: string[]
  lines: string[]
  setOpenid(openid: string | undefined): void
}

function fakeSdk(docs: Record<string, Record<string, object>>, failReads = false): Fake {
  const inits: unknown[] = []
  const reads: string[] = []
  let openid: string | undefined
  const database = {
    command: {},
    collection: (name: string) => ({
      doc: (id: string) => ({
        get: async () => {
          reads.push(`${name}/${id}`)
          if (failReads) throw new Error('database unreachable')
          return { data: docs[name]?.[id] ?? null }
        },
      }),
    }),
  } as unknown as CloudDatabase
  const sdk: WxServerSdk = {
    DYNAMIC_CURRENT_ENV,
    init: (config) => void inits.push(config),
    getWXContext: () => (openid ? { OPENID: openid } : {}),
    database: () => database,
  }
  return { sdk, inits, reads, lines: [], setOpenid: (next) => (openid = next) }
}

function mainOf(fake: Fake) {
  const write = { info: (line: string) => fake.lines.push(line), error: (line: string) => fake.lines.push(line) }
  return createCloudMain(probe, { sdk: fake.sdk, clock: fixedClock('2031-03-02T02:00:00.000Z'), write })
}

const calendarDoc = { _id: 'calendar', version: 1, years: { '2031': { holidays: ['2031-01-01'], workdays: [] } } }
const getCall = { action: 'get', payload: { code: 'comm' } }

test('the caller is OPENID from the runtime, never an openid in the event or its userInfo', async () => {
  const fake = fakeSdk({})
  const main = mainOf(fake)
  const forged = { ...getCall, openid: 'forged', userInfo: { appId: 'wx0000000000000000', openId: 'forged' } }

  expect(await main(forged)).toMatchObject({ ok: true, data: { openid: null } })
  fake.setOpenid('o-real-user')
  expect(await main(forged)).toMatchObject({ ok: true, data: { openid: 'o-real-user' } })
})

test('starts once per instance, on the current environment', async () => {
  const fake = fakeSdk({})
  const main = mainOf(fake)
  for (let i = 0; i < 3; i++) await main(getCall)
  expect(fake.inits).toEqual([{ env: DYNAMIC_CURRENT_ENV }])
})

test('the first call already sees the calendar config; later calls do not read it again', async () => {
  const fake = fakeSdk({ config: { calendar: calendarDoc } })
  const main = mainOf(fake)
  expect(await main(getCall)).toMatchObject({ ok: true, data: { knows2031: true } })
  await main(getCall)
  expect(fake.reads).toEqual(['config/calendar'])
})

test('an unreadable calendar config is logged and the call still answered', async () => {
  const fake = fakeSdk({}, true)
  const main = mainOf(fake)
  expect(await main(getCall)).toMatchObject({ ok: true, data: { knows2031: false } })
  expect(fake.lines.some((line) => line.includes('"level":"error"') && line.includes('database unreachable'))).toBe(true)
})

test('a failed start answers INTERNAL without internals, and the next call starts again', async () => {
  const fake = fakeSdk({})
  let attempts = 0
  fake.sdk.init = () => {
    attempts++
    if (attempts === 1) throw new Error('secret internal detail')
  }
  const main = mainOf(fake)
  const first = await main(getCall)
  expect(first).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } })
  expect(JSON.stringify(first)).not.toContain('secret internal detail')
  expect(await main(getCall)).toMatchObject({ ok: true })
  expect(attempts).toBe(2)
})

test('logs one JSON line per call: function, action, outcome and kind of caller, not the openid', async () => {
  const fake = fakeSdk({})
  const main = mainOf(fake)
  fake.setOpenid('o-real-user')
  await main(getCall)
  await main({ action: 'nope' })
  const calls = fake.lines.map((line) => JSON.parse(line)).filter((line) => line.message === 'call')
  expect(calls).toEqual([
    { level: 'info', fn: 'board', message: 'call', action: 'get', ok: true, caller: 'signedIn', ms: expect.any(Number) },
    { level: 'info', fn: 'board', message: 'call', action: 'nope', ok: false, code: 'UNKNOWN_ACTION', caller: 'signedIn', ms: expect.any(Number) },
  ])
  expect(fake.lines.every((line) => !line.includes('\n') && !line.includes('o-real-user'))).toBe(true)
})

describe('a timer trigger (config.json `triggers`)', () => {
  const timerEvent = { Type: 'Timer', TriggerName: 'retention', Time: '2031-03-02T03:00:00Z' }

  function timerMain(fake: Fake, timer: (services: Services, now: Date) => Promise<unknown>) {
    const write = { info: (line: string) => fake.lines.push(line), error: (line: string) => fake.lines.push(line) }
    return createCloudMain(probe, { sdk: fake.sdk, clock: fixedClock('2031-03-02T03:00:00.000Z'), write, timer })
  }

  test('runs the scheduled job with the instance’s services and the clock’s time, instead of a call', async () => {
    const fake = fakeSdk({})
    const runs: string[] = []
    const main = timerMain(fake, async (services, now) => {
      runs.push(`${typeof services.store.find} ${now.toISOString()}`)
      return 3
    })
    expect(await main(timerEvent)).toEqual({ ok: true, data: 3 })
    expect(runs).toEqual(['function 2031-03-02T03:00:00.000Z'])
    expect(fake.lines.map((line) => JSON.parse(line))).toContainEqual(expect.objectContaining({ message: 'timer', trigger: 'retention', ok: true, result: 3 }))
  })

  test('a user’s call shaped like a timer event (it carries an OPENID) is dispatched as a call, and the job does not run', async () => {
    const fake = fakeSdk({})
    let ran = false
    const main = timerMain(fake, async () => (ran = true))
    fake.setOpenid('o-real-user')
    expect(await main(timerEvent)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(ran).toBe(false)
  })

  test('a function without a scheduled job treats a timer event as a bad call', async () => {
    const fake = fakeSdk({})
    expect(await mainOf(fake)(timerEvent)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  test('a failing job answers INTERNAL without internals and logs the error', async () => {
    const fake = fakeSdk({})
    const main = timerMain(fake, async () => {
      throw new Error('secret job detail')
    })
    const reply = await main(timerEvent)
    expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } })
    expect(JSON.stringify(reply)).not.toContain('secret job detail')
    expect(fake.lines.some((line) => line.includes('"timer failed"') && line.includes('secret job detail'))).toBe(true)
  })
})
