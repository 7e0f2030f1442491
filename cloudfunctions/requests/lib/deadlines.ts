// The two deadlines of a help request, computed at read time from the clock: accepted
// within 24 h of entering the queue (urgent: 2 h), first contact within 72 h of
// acceptance. The chair's overdue flag, the queue and the statistics all read them here.
import { ACCEPT_WITHIN_HOURS, FIRST_CONTACT_WITHIN_HOURS, URGENCIES, type RequestDoc } from '../../../types'
import type { Filter } from '../../common/store/port'

const HOUR_MS = 3600 * 1000

export interface Deadlines {
  acceptBy: string
  /** null once she has been contacted, or before acceptance */
  contactBy: string | null
  overdue: { accept: boolean; contact: boolean }
}

type DeadlineFields = Pick<RequestDoc, 'urgency' | 'queuedAt' | 'acceptedAt' | 'firstContactAt' | 'state'>

const plusHours = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * HOUR_MS)

/** A deadline is missed only once `now` is strictly past it; a closed case is never overdue. */
export function deadlinesOf(doc: DeadlineFields, now: Date): Deadlines {
  const acceptBy = plusHours(doc.queuedAt, ACCEPT_WITHIN_HOURS[doc.urgency])
  const contactBy = doc.acceptedAt && !doc.firstContactAt ? plusHours(doc.acceptedAt, FIRST_CONTACT_WITHIN_HOURS) : null
  return {
    acceptBy: acceptBy.toISOString(),
    contactBy: contactBy ? contactBy.toISOString() : null,
    overdue: {
      accept: doc.state === 'submitted' && now.getTime() > acceptBy.getTime(),
      contact: doc.state === 'accepted' && contactBy !== null && now.getTime() > contactBy.getTime(),
    },
  }
}

/** Is the case late on either deadline now? */
export function isOverdue(doc: DeadlineFields, now: Date): boolean {
  const { overdue } = deadlinesOf(doc, now)
  return overdue.accept || overdue.contact
}

/**
 * The same rule as a store filter, so the overdue cases can be counted by an index
 * instead of read: one condition per urgency (not accepted in time) and one for the
 * first contact. A case matches at most one of them.
 */
export function overdueFilters(now: Date): Filter[] {
  const before = (hours: number) => new Date(now.getTime() - hours * HOUR_MS).toISOString()
  return [
    ...URGENCIES.map((urgency) => ({ state: 'submitted', urgency, queuedAt: { $lt: before(ACCEPT_WITHIN_HOURS[urgency]) } })),
    { state: 'accepted', firstContactAt: null, acceptedAt: { $lt: before(FIRST_CONTACT_WITHIN_HOURS) } },
  ]
}
