// What a handler gets besides its input: who is calling (from the runtime only —
// OPENID on WeChat, the signed dev token locally, never the payload), the store,
// the clock, the holiday calendar and a logger; and, for an action whose policy names
// an org or a case, what dispatch loaded and allowed (`access`).
import type { OrgDoc, RequestDoc } from '../../types'
import type { CalendarSource } from './calendar'
import type { CaseRole } from './policy'
import type { Ports } from './ports'
import type { Standing } from './staff'
import type { Store } from './store/port'
import type { Clock } from './time'

export interface Caller {
  /** null for an anonymous caller (H5 without login) */
  openid: string | null
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

export const silentLogger: Logger = { info: () => {}, error: () => {} }

/** Long-lived parts, one per function instance (or per local host). */
export interface Services {
  store: Store
  clock: Clock
  calendar: CalendarSource
  log: Logger
  ports: Ports
}

export interface Ctx extends Services {
  caller: Caller
  requestId: string | null
}

/** The org an action acts on, and the caller's standing there that the policy allowed. */
export interface OrgAccess {
  org: OrgDoc
  standing: Standing
  /** who acts, as the audit log names her: the member record that gives her the right */
  actorName: string
}

/** An org's document the payload named (a member, an area, a topic …), then its org's access. */
export type OwnedAccess<T> = OrgAccess & { doc: T }

/** One help request and the caller's roles toward it that the policy allowed. */
export interface CaseAccess {
  doc: RequestDoc
  roles: CaseRole[]
  /** the staff member's name; '' when she acts on her own case */
  actorName: string
}

/** The ctx of a handler whose action declares access: `access` is already loaded and allowed. */
export type ActionCtx<A> = Ctx & { access: A }
