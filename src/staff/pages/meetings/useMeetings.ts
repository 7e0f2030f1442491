// An org's meetings for its chair (topics.listMeetings): those still to be recorded or
// the recorded ones, one page at a time by the back end's stable cursor; back from
// recording one, the list is read again.
import type { MeetingStatus } from '../../../../types/topicModel'
import { useCursorCall } from '../../../hooks/useCursorList'

export function useMeetings(orgId: string, status: MeetingStatus) {
  return useCursorCall('topics', 'listMeetings', { orgId, status }, 'meetings', { reloadOnShow: true })
}
