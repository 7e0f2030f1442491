// Who may do what: the one place authorisation is decided, read as a table of
// function.action → rule. Handlers never decide it themselves.
import { AppError } from './errors'
import type { Caller } from './context'

/** The kinds of caller the rules speak of. */
export type CallerKind = 'anonymous' | 'signedIn'

export type Rule =
  /** anybody, logged in or not: the public board */
  | 'public'
  /** any caller WeChat (or the dev login) has identified */
  | 'signedIn'

export const POLICY: Record<string, Rule> = {
  'board.get': 'public',
  'board.search': 'public',
}

export function callerKind(caller: Caller): CallerKind {
  return caller.openid ? 'signedIn' : 'anonymous'
}

export function isAllowed(rule: Rule, kind: CallerKind): boolean {
  switch (rule) {
    case 'public':
      return true
    case 'signedIn':
      return kind !== 'anonymous'
  }
}

/** Throws UNAUTHENTICATED / FORBIDDEN unless the caller may call `fn.action`. */
export function authorize(fn: string, action: string, caller: Caller): void {
  const rule = POLICY[`${fn}.${action}`]
  if (!rule) throw new AppError('FORBIDDEN', '没有权限进行这项操作')
  const kind = callerKind(caller)
  if (isAllowed(rule, kind)) return
  if (kind === 'anonymous') throw new AppError('UNAUTHENTICATED', '请先登录')
  throw new AppError('FORBIDDEN', '没有权限进行这项操作')
}
