// A help request as the chair or the assigned member sees it (its opening is audited)
// and her steps on it. A step that lost a race, or that the case no longer allows,
// comes back CONFLICT: nothing is applied, the back end's reason is kept and the page
// offers a reload. A case that is her own is not handled here.
import type { StaffCaseView } from '../../../types/requests'
import type { CallState } from '../../hooks/useCall'
import { useHelpCase } from '../../hooks/useHelpCase'

export type RequestCaseState = CallState<StaffCaseView> | { status: 'notStaff' }

export function useRequestCase(caseId: string) {
  const helpCase = useHelpCase(caseId, 'staff')
  const read = helpCase.state
  const state: RequestCaseState = read.status !== 'ready' ? read : read.data.case.kind === 'staff' ? { status: 'ready', data: read.data.case } : { status: 'notStaff' }
  const reload = async () => {
    helpCase.clearConflict()
    await helpCase.refresh()
  }
  return { ...helpCase, state, reload }
}

export type RequestCase = ReturnType<typeof useRequestCase>
