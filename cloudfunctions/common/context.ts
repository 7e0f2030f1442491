// What a handler gets besides its input: who is calling (from the runtime only —
// OPENID on WeChat, the signed dev token locally, never the payload), the store,
// the clock, the holiday calendar and a logger.
import type { CalendarSource } from './calendar'
import type { Ports } from './ports'
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
