// How a call envelope reaches the back end: WeChat cloud functions in the
// mini-program, `POST /api/<fn>` on the local host in H5. Returns the raw reply
// envelope; never shows UI.
import Taro from '@tarojs/taro'
import type { CallEnvelope } from '../../types/common'
import { ApiError, UNAVAILABLE_MESSAGE, networkError } from './errors'
import { getToken } from './token'

async function sendToCloud(fn: string, envelope: CallEnvelope): Promise<unknown> {
  try {
    const response = await Taro.cloud.callFunction({ name: fn, data: envelope })
    return response.result
  } catch {
    throw networkError()
  }
}

async function sendToHost(fn: string, envelope: CallEnvelope): Promise<unknown> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = getToken()
  if (token) headers.Authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await fetch(`/api/${encodeURIComponent(fn)}`, { method: 'POST', headers, body: JSON.stringify(envelope) })
  } catch {
    throw networkError()
  }
  try {
    return await response.json()
  } catch {
    throw new ApiError('INTERNAL', UNAVAILABLE_MESSAGE)
  }
}

export function send(fn: string, envelope: CallEnvelope): Promise<unknown> {
  return process.env.TARO_ENV === 'weapp' ? sendToCloud(fn, envelope) : sendToHost(fn, envelope)
}

/** Called once at launch: the mini-program must pick its cloud environment first. */
export function initCloud(): void {
  if (process.env.TARO_ENV !== 'weapp') return
  const dynamicEnv = (Taro.cloud as unknown as { DYNAMIC_CURRENT_ENV: string }).DYNAMIC_CURRENT_ENV
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || dynamicEnv, traceUser: true })
}
