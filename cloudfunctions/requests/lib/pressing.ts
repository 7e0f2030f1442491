// The cases of a queue that wait on a deadline — not yet accepted (受理期限) or accepted
// and not yet contacted (首次联系期限) — most pressing first: urgent before normal, then
// the earliest deadline, so an urgent case never sits among the others. The queue shows
// them above the rest, each with its time left. At most PRESSING_LIMIT of them, read
// oldest in the queue first; a queue with more lists the others among the rest.
import { URGENCIES, type RequestDoc, type RequestState } from '../../../types'
import type { Ctx } from '../../common/context'
import type { Filter } from '../../common/store/port'
import { deadlinesOf } from './deadlines'

export const PRESSING_LIMIT = 100

export type Due = { kind: 'accept' | 'contact'; by: string } | null

/** The deadline the case waits on now, or null when it waits on none. */
export function dueOf(doc: RequestDoc, now: Date): Due {
  const { acceptBy, contactBy } = deadlinesOf(doc, now)
  if (doc.state === 'submitted') return { kind: 'accept', by: acceptBy }
  if (doc.state === 'accepted' && contactBy) return { kind: 'contact', by: contactBy }
  return null
}

/** The cases waiting on a deadline, as filters that never overlap, of one state if asked. */
function waitingFilters(state: RequestState | undefined): Filter[] {
  const waiting: Filter[] = [{ state: 'submitted' }, { state: 'accepted', firstContactAt: null }]
  return state ? waiting.filter((filter) => filter.state === state) : waiting
}

const urgencyRank = (doc: RequestDoc) => URGENCIES.indexOf(doc.urgency)

/** Urgent first, then the earliest deadline, then the case id (a stable order). */
export function byUrgencyAndDeadline(now: Date): (a: RequestDoc, b: RequestDoc) => number {
  const dueAt = (doc: RequestDoc) => dueOf(doc, now)?.by ?? ''
  return (a, b) => urgencyRank(a) - urgencyRank(b) || dueAt(a).localeCompare(dueAt(b)) || a._id.localeCompare(b._id)
}

/** The scope's cases waiting on a deadline, most pressing first. */
export async function findPressing(ctx: Ctx, scope: Filter[], state: RequestState | undefined, now: Date): Promise<RequestDoc[]> {
  const filters = scope.flatMap((one) => waitingFilters(state).map((waiting) => ({ ...waiting, ...one })))
  const reads = await Promise.all(filters.map((filter) => ctx.store.find<RequestDoc>('requests', filter, { sort: { queuedAt: 1, _id: 1 }, limit: PRESSING_LIMIT })))
  return reads.flat().sort(byUrgencyAndDeadline(now)).slice(0, PRESSING_LIMIT)
}
