// 我提的议题 (topics.mine): her own topics in every state, read by her identity (so the
// same on any phone), one page at a time; the next page when she reaches the bottom.
import { asSignedIn } from '../../hooks/useCall'
import { useCursorCall } from '../../hooks/useCursorList'

export function useMyTopics() {
  const list = useCursorCall('topics', 'mine', {}, 'topics', { moreAtBottom: true })
  return { ...list, state: asSignedIn(list.state) }
}
