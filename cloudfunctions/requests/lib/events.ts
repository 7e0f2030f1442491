// A case's timeline as stored. Who may see or touch a case is not decided here:
// CASE_POLICY in common/policy.ts, enforced by dispatch (common/access.ts), hands the
// handler the case and the caller's roles toward it.
import type { RequestEventDoc } from '../../../types'
import type { Store } from '../../common/store/port'

/** The case's timeline, oldest first. */
export async function eventsOf(store: Store, caseId: string): Promise<RequestEventDoc[]> {
  return store.find<RequestEventDoc>('request_events', { caseId }, { sort: { seq: 1 } })
}
