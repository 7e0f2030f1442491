// The federation's 执委会 and 增替补 nominations, newest first (org.listCommittees,
// org.listNominations), and one of each by its id (org.getCommittee, org.getNomination),
// read again whenever its page shows (back from a step that changed it).
import { useCall } from '../../hooks/useCall'
import { useCursorCall } from '../../hooks/useCursorList'

export function useCommittees(orgId: string) {
  return useCursorCall('org', 'listCommittees', { orgId }, 'items', { reloadOnShow: true, moreAtBottom: true })
}

export function useNominations(orgId: string) {
  return useCursorCall('org', 'listNominations', { orgId }, 'items', { reloadOnShow: true, moreAtBottom: true })
}

export function useCommittee(meetingId: string) {
  return useCall('org', 'getCommittee', { meetingId }, { onShow: true })
}

export function useNomination(nominationId: string) {
  return useCall('org', 'getNomination', { nominationId }, { onShow: true })
}
