// The wire from WeChat to a domain: every cloud function's `main` is built here.
// The caller comes from the runtime (OPENID) only, never from the event; the store is
// the cloud database; the holiday calendar is read once per function instance; the
// ports are cloud storage and the open APIs (云调用): those the function lists, each built
// on its first use.
import * as wxServerSdk from 'wx-server-sdk'
import type { Reply } from '../../types'
import { CalendarSource } from './calendar'
import type { Caller, Logger, Services } from './context'
import { toErrorBody } from './errors'
import { callerKind } from './policy'
import type { Ports } from './ports'
import { lazyPorts, type PortBuilders } from './ports/lazyPorts'
import { isWxOpenSdk, SDK_WITHOUT_OPEN_APIS, type WxOpenSdk } from './ports/wechatSdk'
import { dispatch, type Domain } from './runtime'
import { CloudStore, type CloudDatabase } from './store/cloud'
import { systemClock, type Clock } from './time'

/**
 * The parts of wx-server-sdk an entry uses; a test passes a fake with the same shape.
 * The real SDK has storage and the open APIs; a fake may leave them out, and then the
 * ports that call them fail when used (SDK_WITHOUT_OPEN_APIS).
 */
export interface WxServerSdk extends Partial<WxOpenSdk> {
  DYNAMIC_CURRENT_ENV: symbol | string
  init(config: { env: symbol | string }): void
  getWXContext(): { OPENID?: string | number }
  database(): CloudDatabase
}

export interface CloudMainOptions {
  /** defaults to the real wx-server-sdk */
  sdk?: WxServerSdk
  clock?: Clock
  /**
   * The ports this function's actions use, each built over `sdk` on its first use
   * (ports/lazyPorts.ts); a port not listed fails where it is used. None by default.
   */
  ports?: PortBuilders
  /** where log lines go; defaults to console.log / console.error */
  write?: { info(line: string): void; error(line: string): void }
  /**
   * A scheduled job the function's timer trigger runs (config.json `triggers`) instead
   * of a call; its result is the reply's data. Runs only for an event WeChat's timer
   * sends, which carries no OPENID: a user's call shaped like one is dispatched as usual.
   */
  timer?: (services: Services, now: Date) => Promise<unknown>
}

export type CloudMain = (event: unknown) => Promise<Reply<unknown>>

/** Lines the cloud console shows one per call: `{"level":"info","fn":"board",...}`. */
function jsonLogger(fn: string, write: NonNullable<CloudMainOptions['write']>): Logger {
  const line = (level: string, message: string, fields?: Record<string, unknown>) => JSON.stringify({ level, fn, message, ...fields })
  return {
    info: (message, fields) => write.info(line('info', message, fields)),
    error: (message, fields) => write.error(line('error', message, fields)),
  }
}

const errorText = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error))

/** WeChat adds `userInfo` (appId, openId) to every event: it is not part of the call. */
function callOf(event: unknown): unknown {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return event
  const { userInfo: _ignored, ...call } = event as Record<string, unknown>
  return call
}

/** WeChat's timer trigger calls the function with `{ Type: 'Timer', TriggerName, Time }`. */
function isTimerEvent(event: unknown): boolean {
  return event !== null && typeof event === 'object' && (event as { Type?: unknown }).Type === 'Timer'
}

function actionOf(call: unknown): string | null {
  const action = (call as { action?: unknown } | null)?.action
  return typeof action === 'string' ? action.slice(0, 64) : null
}

async function startInstance(sdk: WxServerSdk, clock: Clock, log: Logger, ports: Ports): Promise<Services> {
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  const store = new CloudStore(sdk.database())
  const calendar = new CalendarSource(store, (error) => log.error('calendar refresh failed', { error: errorText(error) }))
  try {
    await calendar.prime(clock.now().getTime())
  } catch (error) {
    log.error('calendar not read; using the built-in one', { error: errorText(error) })
  }
  return { store, clock, calendar, log, ports }
}

export function createCloudMain(domain: Domain, options: CloudMainOptions = {}): CloudMain {
  const sdk = options.sdk ?? (wxServerSdk as unknown as WxServerSdk)
  const clock = options.clock ?? systemClock
  const log = jsonLogger(domain.name, options.write ?? { info: console.log, error: console.error })
  const ports = lazyPorts(domain.name, options.ports ?? {}, isWxOpenSdk(sdk) ? sdk : SDK_WITHOUT_OPEN_APIS)
  let instance: Promise<Services> | null = null
  /** One start per function instance; a failed start is retried by the next call. */
  const services = (): Promise<Services> => {
    instance ??= startInstance(sdk, clock, log, ports).catch((error: unknown) => {
      instance = null
      throw error
    })
    return instance
  }

  /** The OPENID of the call, if any; a context that cannot be read counts as a user's call. */
  const callerOpenid = (): unknown => {
    try {
      return sdk.getWXContext().OPENID
    } catch {
      return 'unknown'
    }
  }

  const runTimer = async (timer: NonNullable<CloudMainOptions['timer']>, event: unknown): Promise<Reply<unknown>> => {
    const started = Date.now()
    const trigger = String((event as { TriggerName?: unknown }).TriggerName ?? '').slice(0, 64)
    try {
      const data = await timer(await services(), clock.now())
      log.info('timer', { trigger, ok: true, result: data, ms: Date.now() - started })
      return { ok: true, data }
    } catch (error) {
      log.error('timer failed', { trigger, error: errorText(error), ms: Date.now() - started })
      return { ok: false, error: toErrorBody(error) }
    }
  }

  return async function main(event: unknown): Promise<Reply<unknown>> {
    if (options.timer && isTimerEvent(event) && !callerOpenid()) return runTimer(options.timer, event)
    const started = Date.now()
    const call = callOf(event)
    let caller: Caller = { openid: null }
    let reply: Reply<unknown>
    try {
      const openid = sdk.getWXContext().OPENID
      caller = { openid: openid ? String(openid) : null }
      reply = await dispatch(domain, call, caller, await services())
    } catch (error) {
      log.error('function instance failed', { error: errorText(error) })
      reply = { ok: false, error: toErrorBody(error) }
    }
    log.info('call', {
      action: actionOf(call),
      ok: reply.ok,
      code: reply.ok ? undefined : reply.error.code,
      caller: callerKind(caller),
      ms: Date.now() - started,
    })
    return reply
  }
}
