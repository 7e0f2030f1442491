// Page paths and their query strings, in one place. The board path and its `scene`
// query are a stable interface: QR codes and shared cards point at them.
import Taro from '@tarojs/taro'
import { boardPath, residentPage } from '../../types/routes'
import { pageUrl } from './pageUrl'

/** Path of a board as a QR code or a shared card opens it, without a leading slash. */
export { boardPath }

/** Why the search page was opened instead of a board. */
export type SearchReason = 'missing' | 'invalid' | 'not-found'

export const boardUrl = (code: string): string => `/${boardPath(code)}`
/** The board's query alone (`scene=…`): what a 朋友圈 post opens the board page with. */
export const boardQuery = (code: string): string => boardPath(code).split('?')[1] ?? ''
/** 找我的执委; with `area`, the answer for that area (its own page, so Back returns to the list) */
export const findMemberUrl = (code: string, area?: string): string => pageUrl(residentPage('find-member'), { code, area })
export const memberUrl = (code: string, id: string): string => pageUrl(residentPage('member'), { code, id })
export const searchUrl = (reason?: SearchReason, code?: string): string => pageUrl(residentPage('search'), { reason, code })
export { meUrl } from './pageUrl'
/** 消息: the notifications kept for the signed-in person */
export const messagesUrl = (): string => pageUrl(residentPage('messages'))

/** WeChat keeps at most 10 pages on the stack; walking a long org tree must not fail. */
const STACK_LIMIT = 9

export function openPage(url: string): void {
  if (Taro.getCurrentPages().length >= STACK_LIMIT) void Taro.redirectTo({ url })
  else void Taro.navigateTo({ url })
}

export function replacePage(url: string): void {
  void Taro.redirectTo({ url })
}
