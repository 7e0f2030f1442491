// The signed-in person's notifications (org.inbox), one page at a time by the back end's
// stable cursor: the first page when the page opens and whenever it shows again and on
// pull-down, the next on reaching the bottom. Signed out is a state of its own.
import { asSignedIn } from '../../../hooks/useCall'
import { useCursorCall } from '../../../hooks/useCursorList'

export function useInbox() {
  const list = useCursorCall('org', 'inbox', {}, 'messages', { reloadOnShow: true, moreAtBottom: true })
  return { ...list, state: asSignedIn(list.state) }
}
