// The federation's 执委会 and 增替补 nominations, newest first (org.listCommittees,
// org.listNominations), and one of each by its id (org.getCommittee, org.getNomination),
// read when it first renders — inside ConsoleShell, after the page's first show — and again
// whenever its page shows (back from a step that changed it).
import { useDidShow } from '@tarojs/taro'
import { useCall } from '../../hooks/useCall'
import { useCursorCall } from '../../hooks/useCursorList'

export function useCommittees(orgId: string) {
  return useCursorCall('org', 'listCommittees', { orgId }, 'items', { reloadOnShow: true, moreAtBottom: true })
}

export function useNominations(orgId: string) {
  return useCursorCall('org', 'listNominations', { orgId }, 'items', { reloadOnShow: true, moreAtBottom: true })
}

export function useCommittee(meetingId: string) {
  const read = useCall('org', 'getCommittee', { meetingId })
  useDidShow(() => void read.refresh())
  return read
}

export function useNomination(nominationId: string) {
  const read = useCall('org', 'getNomination', { nominationId })
  useDidShow(() => void read.refresh())
  return read
}
