// A help request as the chair or the assigned member sees it (its opening is audited)
// and her steps on it. A step that lost a race, or that the case no longer allows,
// comes back CONFLICT: nothing is applied, the back end's reason is kept and the page
// offers a reload. A case that is her own is not handled here. Taking a case on —
// accepting and assigning it, handing it to someone else, the first contact with her —
// first asks WeChat to let us tell her of the next case given to her or arriving
// (src/lib/subscribe.ts); the step is recorded whatever she chose.
import type { StaffCaseView } from '../../../types/requests'
import type { CallState } from '../../hooks/useCall'
import { type CaseStep, useHelpCase } from '../../hooks/useHelpCase'
import { askForNews } from '../../lib/subscribe'

/** The steps after which she expects to hear of a case again. */
const ASKS_FOR_NEWS: ReadonlySet<CaseStep['kind']> = new Set(['accept', 'reassign', 'contact'])

export type RequestCaseState = CallState<StaffCaseView> | { status: 'notStaff' }

export function useRequestCase(caseId: string) {
  const helpCase = useHelpCase(caseId, 'staff')
  const read = helpCase.state
  const state: RequestCaseState = read.status !== 'ready' ? read : read.data.case.kind === 'staff' ? { status: 'ready', data: read.data.case } : { status: 'notStaff' }
  const reload = async () => {
    helpCase.clearConflict()
    await helpCase.refresh()
  }
  /**
   * The tap handler of a step: asks for news first, then `confirmFirst` (e.g. a call she
   * asked not to get), then records the step; resolves true once it is recorded.
   */
  const act = async (step: CaseStep, done: string, confirmFirst?: () => Promise<boolean>): Promise<boolean> => {
    if (ASKS_FOR_NEWS.has(step.kind)) await askForNews('caseWork')
    if (confirmFirst && !(await confirmFirst())) return false
    return helpCase.act(step, done)
  }
  return { ...helpCase, state, reload, act }
}

export type RequestCase = ReturnType<typeof useRequestCase>
