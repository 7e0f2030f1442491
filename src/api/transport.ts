// How a call envelope reaches the back end: WeChat cloud functions in the
// mini-program, `POST /api/<fn>` on the local host in H5. Returns the raw reply
// envelope; never shows UI. A call the network loses is sent again with the same
// envelope (retry.ts), so its requestId makes a retried write land once.
import Taro from '@tarojs/taro'
import type { CallEnvelope } from '../../types/common'
import { ApiError, UNAVAILABLE_MESSAGE, networkError } from './errors'
import { takeFirstScreenReply } from './firstScreen'
import { LostCall, withRetries } from './retry'
import { getToken } from './token'

/** A try with no answer by then is treated as lost (its retry carries the same requestId). */
const ATTEMPT_TIMEOUT_MS = 30_000
/** What a proxy or gateway answers when the back end did not: no reply envelope, try again. */
const GATEWAY_STATUSES = new Set([502, 503, 504])

async function sendToCloud(fn: string, envelope: CallEnvelope): Promise<unknown> {
  try {
    const response = await Taro.cloud.callFunction({ name: fn, data: envelope })
    return response.result
  } catch {
    throw new LostCall()
  }
}

async function postToHost(fn: string, envelope: CallEnvelope): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = getToken()
  if (token) headers.Authorization = `Bearer ${token}`
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), ATTEMPT_TIMEOUT_MS)
  try {
    return await fetch(`/api/${encodeURIComponent(fn)}`, { method: 'POST', headers, body: JSON.stringify(envelope), signal: controller.signal })
  } catch {
    throw new LostCall()
  } finally {
    clearTimeout(timer)
  }
}

async function sendToHost(fn: string, envelope: CallEnvelope): Promise<unknown> {
  const response = await postToHost(fn, envelope)
  try {
    return await response.json()
  } catch {
    if (GATEWAY_STATUSES.has(response.status)) throw new LostCall()
    throw new ApiError('INTERNAL', UNAVAILABLE_MESSAGE)
  }
}

/** The reply index.html asked for ahead (H5, the board's first screen), or null when it is not this call's, is lost or takes too long. */
async function earlyReply(fn: string, envelope: CallEnvelope): Promise<unknown> {
  const early = takeFirstScreenReply(fn, envelope, getToken() !== null)
  if (!early) return null
  let timer: ReturnType<typeof setTimeout> | undefined
  const tooLong = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ATTEMPT_TIMEOUT_MS)))
  try {
    return await Promise.race([early, tooLong])
  } catch {
    return null
  } finally {
    clearTimeout(timer)
  }
}

export async function send(fn: string, envelope: CallEnvelope): Promise<unknown> {
  if (process.env.TARO_ENV === 'h5') {
    const early = await earlyReply(fn, envelope)
    if (early !== null) return early
  }
  const once = () => (process.env.TARO_ENV === 'weapp' ? sendToCloud(fn, envelope) : sendToHost(fn, envelope))
  try {
    return await withRetries(once)
  } catch (error) {
    throw error instanceof LostCall ? networkError() : error
  }
}

/** Called once at launch: the mini-program must pick its cloud environment first. */
export function initCloud(): void {
  if (process.env.TARO_ENV !== 'weapp') return
  const dynamicEnv = (Taro.cloud as unknown as { DYNAMIC_CURRENT_ENV: string }).DYNAMIC_CURRENT_ENV
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || dynamicEnv, traceUser: true })
}
