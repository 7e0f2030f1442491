// board.get as index.html asked for it while the app's scripts were still on the way
// (the script config/firstScreen.ts writes there), so that on a slow network the board's
// data and its code arrive together. The board page's first board.get takes that answer
// when it is for the same board and she is not signed in, and only once: any other call,
// a later one, or one after the answer has grown old asks the back end as usual.
import type { CallEnvelope } from '../../types/common'

/** The global the index.html script leaves the answer in. */
export const FIRST_SCREEN_GLOBAL = '__liangpaiFirstBoard'
/** An answer asked for longer ago than this is not taken: the page asks again. */
export const FIRST_SCREEN_MAX_AGE_MS = 60_000

/** What the index.html script leaves: the code it read from the address, when, and the reply envelope to come. */
export interface FirstBoard {
  code: string
  askedAt: number
  reply: Promise<unknown>
}

type Holder = Record<string, FirstBoard | undefined>

/**
 * The early reply to this call, if it is the one index.html asked for; null otherwise.
 * The first board.get of the page uses the early answer up, whether it matches or not.
 */
export function takeFirstScreenReply(
  fn: string,
  envelope: CallEnvelope,
  signedIn: boolean,
  now = Date.now(),
  holder: Holder = globalThis as unknown as Holder,
): Promise<unknown> | null {
  if (fn !== 'board' || envelope.action !== 'get') return null
  const first = holder[FIRST_SCREEN_GLOBAL]
  if (!first) return null
  delete holder[FIRST_SCREEN_GLOBAL]
  const code = (envelope.payload as { code?: unknown } | null)?.code
  if (signedIn || code !== first.code || now - first.askedAt > FIRST_SCREEN_MAX_AGE_MS) return null
  return first.reply
}
