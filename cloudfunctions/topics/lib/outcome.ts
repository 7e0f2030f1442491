// A topic's outcome before anything happened to it.
import type { TopicOutcome } from '../../../types'

export function emptyOutcome(): TopicOutcome {
  return { feedback: '', escalatedTo: [], escalationNote: '', result: '', photos: [], notCarriedReason: '' }
}
